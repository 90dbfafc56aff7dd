/**
 * The graph schema as the server describes it (`/api/schema`, built from `@chanjiao/graph-schema`):
 * kinds and relationship types with their zh/en names, colours, sizes, glyphs and property names.
 * The legend, node colours and the details panel all read it from here.
 */
import type {
  KindDescription,
  PropertyDescription,
  RelDescription,
  SchemaDescription,
} from '@chanjiao/graph-schema';
import { atom } from '../utils/atoms.ts';

export type { KindDescription, PropertyDescription, RelDescription, SchemaDescription };

export interface SchemaIndex {
  description: SchemaDescription;
  kinds: ReadonlyMap<string, KindDescription>;
  relationships: ReadonlyMap<string, RelDescription>;
  /** Position of each kind and relationship type in the schema, for stable ordering. */
  kindOrder: ReadonlyMap<string, number>;
  relOrder: ReadonlyMap<string, number>;
}

export type SchemaState =
  { type: 'loading' } | { type: 'ready'; schema: SchemaIndex } | { type: 'error'; message: string };

export const schemaAtom = atom<SchemaState>({ type: 'loading' });

export function indexSchema(description: SchemaDescription): SchemaIndex {
  return {
    description,
    kinds: new Map(description.kinds.map((k) => [k.kind, k])),
    relationships: new Map(description.relationships.map((r) => [r.rel, r])),
    kindOrder: new Map(description.kinds.map((k, i) => [k.kind, i])),
    relOrder: new Map(description.relationships.map((r, i) => [r.rel, i])),
  };
}

export const schemaLoaded =
  (description: SchemaDescription) =>
  (_state: SchemaState): SchemaState => ({ type: 'ready', schema: indexSchema(description) });

export const schemaFailed =
  (message: string) =>
  (_state: SchemaState): SchemaState => ({ type: 'error', message });

export function readySchema(state: SchemaState): SchemaIndex | null {
  return state.type === 'ready' ? state.schema : null;
}

/** What to show for a kind the schema does not know (a newer server, say). */
export function unknownKind(kind: string): KindDescription {
  return {
    kind: kind as KindDescription['kind'],
    zh: kind,
    en: kind,
    group: 'industry',
    keyRule: { zh: '', en: '' },
    colour: '#94a3b8',
    size: 1,
    glyph: kind.slice(0, 1) || '?',
    glyphEn: kind.slice(0, 2) || '?',
    properties: {},
  };
}

export function describeKind(schema: SchemaIndex | null, kind: string): KindDescription {
  return schema?.kinds.get(kind) ?? unknownKind(kind);
}

export function describeRel(
  schema: SchemaIndex | null,
  rel: string,
): Pick<RelDescription, 'zh' | 'en' | 'colour' | 'properties'> {
  return schema?.relationships.get(rel) ?? { zh: rel, en: rel, colour: '#cbd5e1', properties: {} };
}
