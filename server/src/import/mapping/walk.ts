/**
 * Walks a mapping: the conditions and values it holds, each with its JSON path in the document, and
 * the columns each file mapping reads. Used by the checks (parse.ts), the column check against a
 * file's header (open.ts) and the compiler (evaluate.ts).
 */
import { isNodeKind, isRelType, nodePropNames, edgePropNames } from './graph-info.ts';
import type { Condition, EdgeMapping, Mapping, NodeMapping, ValueSpec } from './schema.ts';
import { parseTemplate, templateColumns } from './template.ts';

export interface ConditionUse {
  path: string;
  condition: Condition;
}

export interface ColumnUse {
  column: string;
  path: string;
}

/** A path segment: `.name`, or `["odd name"]` for names that are not identifiers. */
export function pathKey(base: string, key: string): string {
  return /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key)
    ? `${base}${base ? '.' : ''}${key}`
    : `${base}[${JSON.stringify(key)}]`;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) out = typeof s === 'number' ? `${out}[${s}]` : pathKey(out, String(s));
  return out;
}

export function conditionUses(
  cs: Condition | Condition[] | undefined,
  path: string,
): ConditionUse[] {
  if (cs === undefined) return [];
  if (Array.isArray(cs)) return cs.map((condition, i) => ({ path: `${path}[${i}]`, condition }));
  return [{ path, condition: cs }];
}

export function valueConditionUses(spec: ValueSpec, path: string): ConditionUse[] {
  return typeof spec === 'string' ? [] : conditionUses(spec.when, `${path}.when`);
}

/** The columns a value reads: its column, its template's placeholders, its `when` conditions. */
export function valueColumns(spec: ValueSpec, path: string): ColumnUse[] {
  if (typeof spec === 'string') return [{ column: spec, path }];
  const uses: ColumnUse[] = [];
  if (spec.column !== undefined) uses.push({ column: spec.column, path: `${path}.column` });
  if (spec.template !== undefined) {
    const parsed = parseTemplate(spec.template);
    if (parsed.ok)
      for (const column of templateColumns(parsed.parts))
        uses.push({ column, path: `${path}.template` });
  }
  for (const c of valueConditionUses(spec, path))
    uses.push({ column: c.condition.column, path: `${c.path}.column` });
  return uses;
}

/** The `defaults.nodeProps` a node mapping receives: those its kind has and it does not set itself. */
export function nodeDefaults(mapping: Mapping, node: NodeMapping): [string, ValueSpec][] {
  const defaults = mapping.defaults?.nodeProps;
  if (!defaults || !isNodeKind(node.kind)) return [];
  const names = new Set(nodePropNames(node.kind));
  return Object.entries(defaults).filter(
    ([name]) => names.has(name) && !Object.hasOwn(node.props ?? {}, name),
  );
}

/** The `defaults.edgeProps` an edge mapping receives. */
export function edgeDefaults(mapping: Mapping, edge: EdgeMapping): [string, ValueSpec][] {
  const defaults = mapping.defaults?.edgeProps;
  if (!defaults || !isRelType(edge.rel)) return [];
  const names = new Set(edgePropNames(edge.rel));
  return Object.entries(defaults).filter(
    ([name]) => names.has(name) && !Object.hasOwn(edge.props ?? {}, name),
  );
}

/** Every column the file mapping `files[index]` reads, with the path of each use. */
export function fileColumnUses(
  mapping: Mapping,
  index: number,
  /** Edge mappings not read, whose columns need not exist. */
  omitEdges: ReadonlySet<number> = new Set(),
): ColumnUse[] {
  const file = mapping.files[index];
  if (!file) return [];
  const base = `files[${index}]`;
  const uses: ColumnUse[] = [];
  const conditions = (cs: ConditionUse[]) =>
    cs.forEach((c) => uses.push({ column: c.condition.column, path: `${c.path}.column` }));
  conditions(conditionUses(file.skip, `${base}.skip`));
  file.nodes.forEach((node, j) => {
    const at = `${base}.nodes[${j}]`;
    conditions(conditionUses(node.when, `${at}.when`));
    uses.push(...valueColumns(node.key, `${at}.key`));
    for (const [name, spec] of Object.entries(node.props ?? {}))
      uses.push(...valueColumns(spec, pathKey(`${at}.props`, name)));
    for (const [name, spec] of nodeDefaults(mapping, node))
      uses.push(...valueColumns(spec, pathKey('defaults.nodeProps', name)));
  });
  file.edges.forEach((edge, k) => {
    if (omitEdges.has(k)) return;
    const at = `${base}.edges[${k}]`;
    conditions(conditionUses(edge.when, `${at}.when`));
    uses.push(...valueColumns(edge.from.key, `${at}.from.key`));
    uses.push(...valueColumns(edge.to.key, `${at}.to.key`));
    for (const [name, spec] of Object.entries(edge.props ?? {}))
      uses.push(...valueColumns(spec, pathKey(`${at}.props`, name)));
    for (const [name, spec] of edgeDefaults(mapping, edge))
      uses.push(...valueColumns(spec, pathKey('defaults.edgeProps', name)));
  });
  return uses;
}
