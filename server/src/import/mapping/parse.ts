/**
 * Reading a mapping document: YAML or JSON text → a validated `Mapping`, or a `MappingError` that
 * lists every problem with its JSON path (`files[0].nodes[1].props.foo`). Besides the shape
 * (schema.ts), a mapping is checked against the graph schema: node kinds, relationship types and
 * the pairs they join, property names, list properties, regular expressions and templates.
 */
import {
  allowsPair,
  extensionHint,
  nodeKindNames,
  relTypeNames,
  relationshipTypes,
} from '@chanjiao/graph-schema';
import YAML from 'yaml';
import type { z } from 'zod';
import { regexProblem } from './conditions.ts';
import { MappingError, type MappingProblem } from './errors.ts';
import { formatFromName } from './files.ts';
import { needsProblems } from './needs.ts';
import {
  edgePropNames,
  edgePropType,
  isNodeKind,
  isRelType,
  nodePropNames,
  nodePropType,
  type PropType,
} from './graph-info.ts';
import {
  conditionSchema,
  edgeMappingSchema,
  endpointSchema,
  fileMappingSchema,
  mappingSchema,
  nodeMappingSchema,
  valueSchema,
  type Mapping,
  type ValueSpec,
} from './schema.ts';
import { parseTemplate } from './template.ts';
import { conditionUses, formatPath, pathKey, valueConditionUses } from './walk.ts';

/**
 * Parses and checks a mapping document. `origin` names it in messages (a file name, `upload` …).
 * Throws `MappingError` listing every problem found.
 */
export function parseMapping(text: string, origin: string): Mapping {
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length) {
    throw new MappingError(
      origin,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return {
          path: '',
          message: `syntax error: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
          ...(pos && { line: pos.line, col: pos.col }),
        };
      }),
      'cannot be read',
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (error) {
    // e.g. too many alias expansions ("billion laughs")
    throw new MappingError(
      origin,
      [{ path: '', message: (error as Error).message }],
      'cannot be read',
    );
  }
  if (raw === null || raw === undefined)
    throw new MappingError(origin, [{ path: '', message: 'the mapping is empty' }]);
  const result = mappingSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => issueProblems(issue, [], raw));
    throw new MappingError(origin, dedupe(problems));
  }
  const problems = checkMapping(result.data);
  if (problems.length) throw new MappingError(origin, problems);
  return result.data;
}

function dedupe(problems: MappingProblem[]): MappingProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.path}\n${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// ── Shape problems (zod issues) ─────────────────────────────────────────────────────────────────

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const valueObjectShape = valueSchema.options[1];

/** The fields an object at `path` may have, for "unknown field" messages. */
function knownFields(path: readonly PropertyKey[], raw: unknown): string[] | undefined {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (path.length === 0) return keysOf(mappingSchema);
  if (typeof last === 'number' && parent === 'transforms') {
    const value = valueAt(raw, path);
    const kind = transformObjects.find(
      (k) => value && typeof value === 'object' && Object.hasOwn(value, k),
    );
    return kind ? (transformFields[kind] ?? [kind]) : undefined;
  }
  if (path.length === 1 && last === 'defaults') return ['nodeProps', 'edgeProps'];
  if (typeof last === 'number') {
    if (parent === 'files') return keysOf(fileMappingSchema);
    if (parent === 'nodes') return keysOf(nodeMappingSchema);
    if (parent === 'edges') return keysOf(edgeMappingSchema);
    if (parent === 'skip' || parent === 'when') return keysOf(conditionSchema);
  }
  if (last === 'when' || parent === 'when') return keysOf(conditionSchema);
  if ((last === 'from' || last === 'to') && typeof path.at(-3) === 'number')
    return keysOf(endpointSchema);
  if (last === 'scale') return ['from', 'to', 'round'];
  if (last === 'key' || parent === 'props' || parent === 'nodeProps' || parent === 'edgeProps')
    return keysOf(valueObjectShape);
  return undefined;
}

const transformWords = [
  'trim',
  'lowercase',
  'uppercase',
  'slug',
  'number',
  'integer',
  'boolean',
  'date',
  'uriTail',
];
const transformObjects = ['replace', 'lookup', 'scale', 'prefix', 'suffix'];
const transformFields: Record<string, string[]> = {
  replace: ['replace', 'with', 'regex'],
  lookup: ['lookup', 'otherwise'],
};

function unknownTransform(value: unknown): string {
  const what =
    typeof value === 'string'
      ? JSON.stringify(value)
      : value && typeof value === 'object' && !Array.isArray(value)
        ? `{${Object.keys(value).join(', ')}}`
        : describeValue(value);
  return (
    `unknown transform ${what} (expected one of ${transformWords.join(', ')}, ` +
    `or an object: {replace, with, regex}, {lookup, otherwise}, {scale: {from, to, round}}, {prefix}, {suffix})`
  );
}

/** Weighs a union branch's issues: root type mismatches mean "not this branch", missing fields nearly so. */
function branchScore(issues: Issue[], value: unknown): number {
  let score = 0;
  for (const i of issues) {
    if (i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'))
      score += 1000;
    else if (i.code === 'invalid_type' && valueAt(value, i.path) === undefined) score += 10;
    else score += 1;
  }
  return score;
}

function issueProblems(issue: Issue, base: readonly PropertyKey[], raw: unknown): MappingProblem[] {
  const path = [...base, ...issue.path];
  const at = formatPath(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownFields(path, raw);
      return issue.keys.map((k) => ({
        path: pathKey(at, k),
        message: `unknown field${known ? ` (expected one of: ${known.join(', ')})` : ''}`,
      }));
    }
    case 'invalid_union': {
      const value = valueAt(raw, path);
      const isTransform = typeof path.at(-1) === 'number' && path.at(-2) === 'transforms';
      if (
        isTransform &&
        !(
          value &&
          typeof value === 'object' &&
          transformObjects.some((k) => Object.hasOwn(value, k))
        )
      )
        return [{ path: at, message: unknownTransform(value) }];
      const branches = issue.errors.map((issues) => ({
        issues,
        score: branchScore(issues, value),
      }));
      const best = branches.reduce<(typeof branches)[number] | undefined>(
        (b, x) => (!b || x.score < b.score ? x : b),
        undefined,
      );
      if (!best) return [{ path: at, message: issue.message }];
      if (best.score >= 1000) {
        const expected = new Set<string>();
        for (const b of issue.errors)
          for (const i of b) {
            if (i.code === 'invalid_value')
              i.values.forEach((v) => expected.add(JSON.stringify(v)));
            else if (i.code === 'invalid_type')
              expected.add(i.expected === 'object' ? 'an object' : `a ${i.expected}`);
            else if (i.code === 'invalid_union') expected.add('one of several forms');
          }
        return [
          {
            path: at,
            message: `expected ${[...expected].join(' or ')}, got ${describeValue(value)}`,
          },
        ];
      }
      return best.issues.flatMap((i) => issueProblems(i, path, raw));
    }
    case 'invalid_type':
      if (valueAt(raw, path) === undefined) return [{ path: at, message: 'is required' }];
      return [
        {
          path: at,
          message: `expected ${issue.expected}, got ${describeValue(valueAt(raw, path))}`,
        },
      ];
    default:
      return [{ path: at, message: issue.message }];
  }
}

// ── Checks against the graph schema ────────────────────────────────────────────────────────────

const listOf = (names: readonly string[]) => names.join(', ');

/** Edit distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** ` (did you mean "X"?)` when one candidate is close to `name`, else `''`. */
export function suggestion(name: string, candidates: readonly string[]): string {
  const lower = name.toLowerCase();
  const best = candidates
    .map((c) => ({ c, d: c.toLowerCase() === lower ? 0 : distance(lower, c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(1, Math.min(2, Math.floor(name.length / 4)))
    ? ` — did you mean "${best.c}"?`
    : '';
}

/** Problems of a value: template syntax, `when` regexes, and a list where the property holds one value. */
function valueProblems(spec: ValueSpec, path: string, propType?: PropType): MappingProblem[] {
  if (typeof spec === 'string') return [];
  const problems: MappingProblem[] = [];
  if (spec.template !== undefined) {
    const parsed = parseTemplate(spec.template);
    if (!parsed.ok) problems.push({ path: `${path}.template`, message: parsed.message });
  }
  for (const c of valueConditionUses(spec, path))
    problems.push(...conditionProblems(c.condition.matches, c.path));
  spec.transforms?.forEach((t, i) => {
    if (typeof t === 'object' && 'replace' in t && t.regex) {
      const problem = regexProblem(t.replace);
      if (problem) problems.push({ path: `${path}.transforms[${i}].replace`, message: problem });
    }
  });
  if (propType !== undefined && propType !== 'string[]') {
    if (spec.split !== undefined)
      problems.push({
        path: `${path}.split`,
        message: `split makes a list, but this property holds a single ${propType} (only list properties such as aliases can be split)`,
      });
    if (Array.isArray(spec.const))
      problems.push({
        path: `${path}.const`,
        message: `a list, but this property holds a single ${propType}`,
      });
  }
  return problems;
}

function conditionProblems(matches: string | undefined, path: string): MappingProblem[] {
  if (matches === undefined) return [];
  const problem = regexProblem(matches);
  return problem ? [{ path: `${path}.matches`, message: problem }] : [];
}

/** Every problem of a shape-valid mapping against the graph schema (empty when there is none). */
export function checkMapping(mapping: Mapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const madeKinds = new Set(
    mapping.files.flatMap((f) => f.nodes.map((n) => n.kind)).filter(isNodeKind),
  );
  const madeRels = new Set(
    mapping.files.flatMap((f) => f.edges.map((e) => e.rel)).filter(isRelType),
  );

  for (const [name, spec] of Object.entries(mapping.defaults?.nodeProps ?? {})) {
    const path = pathKey('defaults.nodeProps', name);
    const kinds = madeKinds.size ? [...madeKinds] : nodeKindNames;
    const having = kinds.filter((k) => nodePropNames(k).includes(name));
    if (having.length === 0)
      problems.push({
        path,
        message: `unknown property: no node kind ${madeKinds.size ? 'this mapping makes ' : ''}has a property "${name}" (common properties: ${listOf(['name_zh', 'name_en', 'aliases', 'description', 'source'])})`,
      });
    else problems.push(...valueProblems(spec, path, nodePropType(having[0]!, name)));
  }
  for (const [name, spec] of Object.entries(mapping.defaults?.edgeProps ?? {})) {
    const path = pathKey('defaults.edgeProps', name);
    const rels = madeRels.size ? [...madeRels] : relTypeNames;
    const having = rels.filter((r) => edgePropNames(r).includes(name));
    if (having.length === 0)
      problems.push({
        path,
        message: `unknown property: no relationship type ${madeRels.size ? 'this mapping makes ' : ''}has a property "${name}"`,
      });
    else problems.push(...valueProblems(spec, path, edgePropType(having[0]!, name)));
  }

  mapping.files.forEach((file, i) => {
    const base = `files[${i}]`;
    const format = file.format ?? formatFromName(file.match);
    if (format !== undefined) {
      if (file.rows !== undefined && format !== 'json')
        problems.push({
          path: `${base}.rows`,
          message: `rows applies to json files only (this one is ${format})`,
        });
      for (const option of ['delimiter', 'quote', 'shortRows'] as const)
        if (file[option] !== undefined && (format === 'json' || format === 'ndjson'))
          problems.push({
            path: `${base}.${option}`,
            message: `${option} applies to csv and tsv files only (this one is ${format})`,
          });
    }
    for (const c of conditionUses(file.skip, `${base}.skip`))
      problems.push(...conditionProblems(c.condition.matches, c.path));

    file.nodes.forEach((node, j) => {
      const at = `${base}.nodes[${j}]`;
      for (const c of conditionUses(node.when, `${at}.when`))
        problems.push(...conditionProblems(c.condition.matches, c.path));
      problems.push(...valueProblems(node.key, `${at}.key`));
      if (!isNodeKind(node.kind)) {
        problems.push({
          path: `${at}.kind`,
          message: `unknown node kind "${node.kind}"${suggestion(node.kind, nodeKindNames)} (expected one of: ${listOf(nodeKindNames)})`,
        });
        return;
      }
      const names = nodePropNames(node.kind);
      for (const [name, spec] of Object.entries(node.props ?? {})) {
        const path = pathKey(`${at}.props`, name);
        if (!names.includes(name))
          problems.push({
            path,
            message: `unknown property: ${node.kind} has no property "${name}"${suggestion(name, names)} (its properties: ${listOf(names)})${extensionHint()}`,
          });
        else problems.push(...valueProblems(spec, path, nodePropType(node.kind, name)));
      }
    });

    file.edges.forEach((edge, k) => {
      const at = `${base}.edges[${k}]`;
      for (const c of conditionUses(edge.when, `${at}.when`))
        problems.push(...conditionProblems(c.condition.matches, c.path));
      problems.push(...valueProblems(edge.from.key, `${at}.from.key`));
      problems.push(...valueProblems(edge.to.key, `${at}.to.key`));
      let known = true;
      for (const end of ['from', 'to'] as const) {
        if (!isNodeKind(edge[end].kind)) {
          known = false;
          problems.push({
            path: `${at}.${end}.kind`,
            message: `unknown node kind "${edge[end].kind}"${suggestion(edge[end].kind, nodeKindNames)} (expected one of: ${listOf(nodeKindNames)})`,
          });
        }
      }
      if (!isRelType(edge.rel)) {
        problems.push({
          path: `${at}.rel`,
          message: `unknown relationship type "${edge.rel}"${suggestion(edge.rel, relTypeNames)} (expected one of: ${listOf(relTypeNames)})`,
        });
        return;
      }
      if (
        known &&
        isNodeKind(edge.from.kind) &&
        isNodeKind(edge.to.kind) &&
        !allowsPair(edge.rel, edge.from.kind, edge.to.kind)
      ) {
        const allowed = relationshipTypes[edge.rel].pairs.map(([f, t]) => `${f}→${t}`).join(', ');
        problems.push({
          path: `${at}.rel`,
          message: `${edge.rel} does not join ${edge.from.kind}→${edge.to.kind} (allowed: ${allowed})`,
        });
      }
      const names = edgePropNames(edge.rel);
      for (const [name, spec] of Object.entries(edge.props ?? {})) {
        const path = pathKey(`${at}.props`, name);
        if (!names.includes(name))
          problems.push({
            path,
            message: `unknown property: ${edge.rel} has no property "${name}"${suggestion(name, names)} (its properties: ${listOf(names)})${extensionHint()}`,
          });
        else problems.push(...valueProblems(spec, path, edgePropType(edge.rel, name)));
      }
    });
  });
  problems.push(...needsProblems(mapping));
  return problems;
}

/** Throws `MappingError` when `checkMapping` finds problems (for mappings built in code). */
export function assertMapping(mapping: Mapping, origin = 'mapping'): void {
  const problems = checkMapping(mapping);
  if (problems.length) throw new MappingError(origin, problems);
}
