/**
 * From an extension document to a schema: `extendSchema` checks what the document adds against the
 * schema it extends — a built-in kind or relationship type only gains properties (and, for a
 * relationship, pairs); a new one brings its names and display hints; names must be free; pairs
 * must join kinds that exist — and returns the extended schema, with the zod validation of every
 * kind and relationship type rebuilt to accept the new properties. Problems come back all at once,
 * each with its path in the document, so the caller can name their lines.
 */
import { z } from 'zod';
import {
  commonEdgeProps,
  commonNodeProps,
  periodPattern,
  prop,
  type PropertyShape,
} from '../define.ts';
import type { GraphSchema, KindDefinition, RelDefinition } from './schema.ts';
import type { ExtensionProblem, ExtensionProperty, SchemaExtension } from './spec.ts';

export class SchemaExtensionError extends Error {
  override readonly name = 'SchemaExtensionError';
  constructor(readonly problems: ExtensionProblem[]) {
    super(
      `schema extension: ${problems.length} problem${problems.length === 1 ? '' : 's'}: ` +
        problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; '),
    );
  }
}

/** Names no property may take: the stores keep the node key and the kind under them. */
const reservedProperties = new Set(['key', 'kind', 'rel', 'id', 'type']);

/** A declared property as a zod schema with its names as metadata (read by describe.ts). */
export function propertySchema(p: ExtensionProperty): z.ZodType {
  const meta = { zh: p.zh, en: p.en, ...(p.description && { description: p.description }) };
  let schema: z.ZodType;
  switch (p.type) {
    case 'string':
    case 'text':
      schema = p.enum
        ? prop.oneOf(p.enum as [string, ...string[]], p.zh, p.en)
        : prop.text(p.zh, p.en);
      break;
    case 'integer': {
      let int = z.number().int();
      if (p.minimum !== undefined) int = int.min(p.minimum);
      if (p.maximum !== undefined) int = int.max(p.maximum);
      schema = int;
      break;
    }
    case 'number':
      schema = prop.num(p.zh, p.en, p.minimum, p.maximum);
      break;
    case 'boolean':
      schema = prop.bool(p.zh, p.en);
      break;
    case 'year':
      schema = prop.year(p.zh, p.en);
      break;
    case 'date':
      schema = z.iso.date('must be a date like 2025-07-01');
      break;
    case 'period':
      schema = z
        .string()
        .regex(periodPattern, 'must be a period like 2025, 2025-H1, 2025-Q3 or 2025-07');
      break;
    case 'url':
      schema = prop.url(p.zh, p.en);
      break;
    case 'list':
      schema = prop.list(p.zh, p.en);
      break;
  }
  const described = schema.meta({
    ...meta,
    ...(p.minimum !== undefined && { minimum: p.minimum }),
    ...(p.maximum !== undefined && { maximum: p.maximum }),
  });
  return p.required ? described : described.optional();
}

const propertiesOf = (declared: Record<string, ExtensionProperty> | undefined): PropertyShape =>
  Object.fromEntries(Object.entries(declared ?? {}).map(([n, p]) => [n, propertySchema(p)]));

const indexedOf = (declared: Record<string, ExtensionProperty> | undefined): string[] =>
  Object.entries(declared ?? {})
    .filter(([, p]) => p.indexed)
    .map(([n]) => n);

/**
 * A kind name that `name` continues with a digit, if any. A digit sorts before `:`, so `Unit2:k`
 * comes before `Unit:k` while the kind `Unit` comes before `Unit2`: the order by (kind, key), which
 * Neo4j's statements use, and the order of the ids `Kind:key`, which the embedded store and the
 * reference walk use, agree for every pair of kinds except such a pair. Letters sort after `:`.
 */
function prefixBeforeDigit(name: string, known: Set<string>): string | undefined {
  for (const other of known)
    if (other !== name && name.startsWith(other) && /[0-9]/.test(name[other.length]!)) return other;
  return undefined;
}

/** Everything wrong with the extension against `base`, each at its path. */
export function checkExtension(base: GraphSchema, extension: SchemaExtension): ExtensionProblem[] {
  const problems: ExtensionProblem[] = [];
  const kinds = extension.kinds ?? {};
  const rels = extension.relationships ?? {};
  const known = new Set([...Object.keys(base.kinds), ...Object.keys(kinds)]);

  const checkProperties = (
    at: (string | number)[],
    declared: Record<string, ExtensionProperty> | undefined,
    existing: Record<string, unknown>,
    builtIn: boolean,
    owner: string,
  ) => {
    for (const [name, p] of Object.entries(declared ?? {})) {
      if (reservedProperties.has(name))
        problems.push({
          path: [...at, 'properties', name],
          message: `${name} is reserved (the stores use it)`,
        });
      else if (name in existing)
        problems.push({
          path: [...at, 'properties', name],
          message: `${owner} already has a property ${name}`,
        });
      if (p.required && builtIn)
        problems.push({
          path: [...at, 'properties', name, 'required'],
          message: `only a new kind’s or relationship’s property can be required: ${owner} records already stored would not have it`,
        });
    }
  };

  for (const [name, kind] of Object.entries(kinds)) {
    const at = ['kinds', name];
    const existing = base.kinds[name];
    const prefix = prefixBeforeDigit(name, known);
    if (!existing && prefix)
      problems.push({
        path: at,
        message:
          `${name} is the kind ${prefix} followed by a digit: nodes are ordered by kind and key, ` +
          `and by their ids \`Kind:key\`, and for these two kinds the orders differ ` +
          `(\`${name}:…\` sorts before \`${prefix}:…\`), so the stores would choose different ` +
          `neighbours; name it without the digit after ${prefix}`,
      });
    if (existing) {
      for (const field of [
        'zh',
        'en',
        'group',
        'colour',
        'glyph',
        'glyphEn',
        'size',
        'keyRule',
      ] as const)
        if (kind[field] !== undefined)
          problems.push({
            path: [...at, field],
            message: `${name} is a built-in kind: it can gain properties, not change its ${field}`,
          });
      checkProperties(at, kind.properties, existing.schema.shape, true, name);
    } else {
      for (const field of ['zh', 'en', 'group', 'colour', 'glyph'] as const)
        if (kind[field] === undefined)
          problems.push({ path: [...at, field], message: `a new kind needs \`${field}\`` });
      checkProperties(at, kind.properties, commonNodeProps, false, name);
    }
  }

  for (const [name, rel] of Object.entries(rels)) {
    const at = ['relationships', name];
    const existing = base.relationships[name];
    if (existing) {
      for (const field of ['zh', 'en', 'colour'] as const)
        if (rel[field] !== undefined)
          problems.push({
            path: [...at, field],
            message: `${name} is a built-in relationship type: it can gain pairs and properties, not change its ${field}`,
          });
      checkProperties(at, rel.properties, existing.schema.shape, true, name);
    } else {
      for (const field of ['zh', 'en', 'colour', 'pairs'] as const)
        if (rel[field] === undefined)
          problems.push({
            path: [...at, field],
            message: `a new relationship type needs \`${field}\``,
          });
      if (rel.pairs?.length === 0)
        problems.push({ path: [...at, 'pairs'], message: 'needs at least one [from, to] pair' });
      checkProperties(at, rel.properties, commonEdgeProps, false, name);
    }
    const allowed = new Set((existing?.pairs ?? []).map(([f, t]) => `${f}→${t}`));
    (rel.pairs ?? []).forEach(([from, to], i) => {
      [from, to].forEach((kind, end) => {
        if (!known.has(kind))
          problems.push({
            path: [...at, 'pairs', i, end],
            message: `unknown kind ${JSON.stringify(kind)} (a built-in kind or one this file adds)`,
          });
      });
      if (allowed.has(`${from}→${to}`))
        problems.push({
          path: [...at, 'pairs', i],
          message: `${name} already joins ${from}→${to}`,
        });
      allowed.add(`${from}→${to}`);
    });
  }
  return problems;
}

/**
 * The schema `base` extended by the document read from `file` (its name is shown in hints);
 * throws SchemaExtensionError with every problem.
 */
export function extendSchema(
  base: GraphSchema,
  extension: SchemaExtension,
  file: string,
): GraphSchema {
  const problems = checkExtension(base, extension);
  if (problems.length) throw new SchemaExtensionError(problems);

  const kinds: Record<string, KindDefinition> = { ...base.kinds };
  const properties: Record<string, string[]> = {};
  for (const [name, kind] of Object.entries(extension.kinds ?? {})) {
    const added = propertiesOf(kind.properties);
    if (Object.keys(added).length) properties[name] = Object.keys(added);
    const existing = base.kinds[name];
    const props = { ...(existing?.props ?? {}), ...added };
    const indexed = [...(existing?.indexed ?? []), ...indexedOf(kind.properties)];
    kinds[name] = {
      ...(existing ?? {
        zh: kind.zh!,
        en: kind.en!,
        group: kind.group!,
        keyRule: kind.keyRule ?? {
          zh: '稳定的短标识（由部署方定义的类型）',
          en: 'a stable slug (a kind this deployment defines)',
        },
        colour: kind.colour!,
        size: kind.size ?? 1.4,
        glyph: kind.glyph!,
        ...(kind.glyphEn && { glyphEn: kind.glyphEn }),
      }),
      props,
      ...(indexed.length && { indexed }),
      schema: z.strictObject({ ...commonNodeProps, ...props }),
    };
  }

  const relationships: Record<string, RelDefinition> = { ...base.relationships };
  for (const [name, rel] of Object.entries(extension.relationships ?? {})) {
    const added = propertiesOf(rel.properties);
    if (Object.keys(added).length) properties[name] = Object.keys(added);
    const existing = base.relationships[name];
    const props = { ...(existing?.props ?? {}), ...added };
    relationships[name] = {
      ...(existing ?? { zh: rel.zh!, en: rel.en!, colour: rel.colour! }),
      pairs: [...(existing?.pairs ?? []), ...(rel.pairs ?? [])],
      props,
      schema: z.strictObject({ ...commonEdgeProps, ...props }),
    };
  }

  const newKinds = Object.keys(extension.kinds ?? {}).filter((k) => !base.kinds[k]);
  const newRels = Object.keys(extension.relationships ?? {}).filter((r) => !base.relationships[r]);
  return {
    kinds,
    relationships,
    extension: { file, kinds: newKinds, relationships: newRels, properties },
  };
}
