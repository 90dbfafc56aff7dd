/**
 * Import records and their validation. A record is one line of the NDJSON import format: a node
 * `{type:"node", kind, key, props}` or an edge `{type:"edge", rel, from:{kind,key}, to:{kind,key},
 * props}`. Validation returns every problem found with the field it concerns, so the API can answer
 * "line 12, props.importance: must be ≤ 5" instead of a stack trace.
 */
import type { z } from 'zod';
import { keyMaxLength } from './define.ts';
import { findUnicodeProblem, keyCharacterProblem, normalizeKey } from './text.ts';
import { activeSchema } from './extension/schema.ts';
import { isNodeKind, nodeKindNames, nodeKinds, type NodeKind } from './kinds.ts';
import {
  allowsPair,
  isRelType,
  relationshipTypes,
  relTypeNames,
  type RelType,
} from './relationships.ts';

export type PropValue = string | number | boolean | string[];
export type Props = Record<string, PropValue>;

export interface NodeRef {
  kind: NodeKind;
  key: string;
}

export interface NodeRecord extends NodeRef {
  type: 'node';
  props: Props;
}

export interface EdgeRef {
  rel: RelType;
  from: NodeRef;
  to: NodeRef;
}

export interface EdgeRecord extends EdgeRef {
  type: 'edge';
  props: Props;
}

export type GraphRecord = NodeRecord | EdgeRecord;

export interface FieldError {
  field: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** `Kind:key`, the node id used on the wire (graphology keys) and in memory. */
export function nodeId(ref: NodeRef): string {
  return `${ref.kind}:${ref.key}`;
}

/** Splits `Kind:key` at the first colon (a kind never contains one; a key may). */
export function parseNodeId(id: string): NodeRef | null {
  const at = id.indexOf(':');
  if (at <= 0) return null;
  const kind = id.slice(0, at);
  if (!isNodeKind(kind)) return null;
  return { kind, key: id.slice(at + 1) };
}

/** A stable id for an edge: at most one edge of a type joins two nodes. */
export function edgeId(ref: EdgeRef): string {
  return `${ref.rel}|${nodeId(ref.from)}|${nodeId(ref.to)}`;
}

// What String.prototype.trim removes, at either end.
const edgeWhitespace = /^\s|\s$/;

/**
 * What is wrong with a key, or null. Checks the NFC form (see `normalizeKey`), which is what is
 * stored: callers normalise keys before use.
 */
export function keyProblem(kind: NodeKind, raw: unknown): string | null {
  if (typeof raw !== 'string') return 'must be a string';
  const key = normalizeKey(raw);
  if (key.length === 0) return 'must not be empty';
  if (key.length > keyMaxLength) return `must be at most ${keyMaxLength} characters`;
  const characters = keyCharacterProblem(key);
  if (characters) return characters;
  if (edgeWhitespace.test(key)) return 'must not start or end with whitespace';
  const pattern = nodeKinds[kind].keyPattern;
  if (pattern && !pattern.test(key))
    return `does not follow the ${kind} key rule: ${nodeKinds[kind].keyRule.en}`;
  return null;
}

/**
 * Where undeclared kinds, relationship types and properties can be declared: the deployment's
 * extension file when there is one, else how to give it one.
 */
export function extensionHint(): string {
  const file = activeSchema().extension?.file;
  return file
    ? `; declare it in the schema extension ${file} to accept it`
    : '; a deployment declares more in a schema extension file (ATLAS_SCHEMA=atlas.schema.yaml)';
}

function zodErrors(error: z.ZodError, prefix: string, known: string[]): FieldError[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {
        field: issue.keys.map((k) => `${prefix}.${k}`).join(', '),
        message: `unknown propert${issue.keys.length > 1 ? 'ies' : 'y'} (known: ${known.join(', ')})${extensionHint()}`,
      };
    }
    const path = issue.path.map(String).join('.');
    return { field: path ? `${prefix}.${path}` : prefix, message: issue.message };
  });
}

export function validateNodeProps(kind: NodeKind, props: unknown): Validation<Props> {
  const unicode = findUnicodeProblem(props, 'props');
  if (unicode) return { ok: false, errors: [unicode] };
  const schema = nodeKinds[kind].schema;
  const result = schema.safeParse(props ?? {});
  if (result.success) return { ok: true, value: stripUndefined(result.data as Props) };
  return { ok: false, errors: zodErrors(result.error, 'props', Object.keys(schema.shape)) };
}

export function validateEdgeProps(rel: RelType, props: unknown): Validation<Props> {
  const schema = relationshipTypes[rel].schema;
  // Most relationships of a large import carry no properties: answered without parsing.
  if (isEmpty(props) && acceptsEmpty(schema)) return { ok: true, value: {} };
  const unicode = findUnicodeProblem(props, 'props');
  if (unicode) return { ok: false, errors: [unicode] };
  const result = schema.safeParse(props ?? {});
  if (result.success) return { ok: true, value: stripUndefined(result.data as Props) };
  return { ok: false, errors: zodErrors(result.error, 'props', Object.keys(schema.shape)) };
}

/** Whether `props` is absent or an object with no own enumerable property. */
function isEmpty(props: unknown): boolean {
  if (props === undefined) return true;
  if (!isObject(props)) return false;
  for (const _ in props) return false;
  return true;
}

/** Per properties schema: whether `{}` is valid and parses to `{}` (no required property, no default). */
const emptyAccepted = new WeakMap<z.ZodType, boolean>();

function acceptsEmpty(schema: z.ZodType): boolean {
  let accepted = emptyAccepted.get(schema);
  if (accepted === undefined) {
    const result = schema.safeParse({});
    accepted = result.success && isEmpty(result.data);
    emptyAccepted.set(schema, accepted);
  }
  return accepted;
}

function stripUndefined(props: Props): Props {
  // Copy only when there is something to strip: an import validates millions of records.
  for (const k in props)
    if (props[k] === undefined) {
      const out: Props = {};
      for (const [key, v] of Object.entries(props)) if (v !== undefined) out[key] = v;
      return out;
    }
  return props;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const kindList = () => nodeKindNames.join(', ');
const relList = () => relTypeNames.join(', ');

/** Whether `value` has no own enumerable property outside `allowed` (no array allocated). */
function onlyFields(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  for (const k in value) if (!allowed.includes(k)) return false;
  return true;
}

const refFields = ['kind', 'key'] as const;

export function validateNodeRef(value: unknown, field: string): Validation<NodeRef> {
  // The common case first, without building anything; the checks below explain a failure.
  if (isObject(value) && onlyFields(value, refFields)) {
    const { kind, key } = value;
    if (isNodeKind(kind) && keyProblem(kind, key) === null)
      return { ok: true, value: { kind, key: normalizeKey(key as string) } };
  }
  if (!isObject(value))
    return { ok: false, errors: [{ field, message: 'must be an object {kind, key}' }] };
  const errors: FieldError[] = [];
  const { kind, key } = value;
  if (kind === undefined) errors.push({ field: `${field}.kind`, message: 'is required' });
  else if (!isNodeKind(kind))
    errors.push({
      field: `${field}.kind`,
      message: `unknown kind ${JSON.stringify(kind)} (expected one of: ${kindList()})${extensionHint()}`,
    });
  if (key === undefined) errors.push({ field: `${field}.key`, message: 'is required' });
  else if (isNodeKind(kind)) {
    const problem = keyProblem(kind, key);
    if (problem) errors.push({ field: `${field}.key`, message: problem });
  }
  const extra = Object.keys(value).filter((k) => k !== 'kind' && k !== 'key');
  if (extra.length)
    errors.push({
      field: `${field}.${extra[0]}`,
      message: 'unknown field (expected kind and key)',
    });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { kind: kind as NodeKind, key: normalizeKey(key as string) } };
}

/** Validates one decoded import record against the schema. */
export function validateRecord(value: unknown): Validation<GraphRecord> {
  if (!isObject(value))
    return { ok: false, errors: [{ field: '', message: 'a record must be a JSON object' }] };
  const { type } = value;
  if (type === 'node') return validateNodeRecord(value);
  if (type === 'edge') return validateEdgeRecord(value);
  return {
    ok: false,
    errors: [
      {
        field: 'type',
        message:
          type === undefined
            ? 'is required ("node" or "edge")'
            : `must be "node" or "edge", got ${JSON.stringify(type)}`,
      },
    ],
  };
}

function unknownFields(value: Record<string, unknown>, allowed: string[]): FieldError[] {
  if (onlyFields(value, allowed)) return [];
  return Object.keys(value)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({ field: k, message: `unknown field (expected ${allowed.join(', ')})` }));
}

const nodeRecordFields = ['type', 'kind', 'key', 'props'];
const edgeRecordFields = ['type', 'rel', 'from', 'to', 'props'];

function validateNodeRecord(value: Record<string, unknown>): Validation<NodeRecord> {
  const errors = unknownFields(value, nodeRecordFields);
  const ref = validateNodeRef({ kind: value.kind, key: value.key }, '');
  if (!ref.ok) {
    errors.push(...ref.errors.map((e) => ({ ...e, field: e.field.replace(/^\./, '') })));
    return { ok: false, errors };
  }
  if (value.props !== undefined && !isObject(value.props)) {
    errors.push({ field: 'props', message: 'must be an object' });
    return { ok: false, errors };
  }
  const props = validateNodeProps(ref.value.kind, value.props);
  if (!props.ok) errors.push(...props.errors);
  if (errors.length || !props.ok) return { ok: false, errors };
  return { ok: true, value: { type: 'node', ...ref.value, props: props.value } };
}

function validateEdgeRecord(value: Record<string, unknown>): Validation<EdgeRecord> {
  const errors = unknownFields(value, edgeRecordFields);
  const { rel } = value;
  if (rel === undefined) errors.push({ field: 'rel', message: 'is required' });
  else if (!isRelType(rel))
    errors.push({
      field: 'rel',
      message: `unknown relationship type ${JSON.stringify(rel)} (expected one of: ${relList()})${extensionHint()}`,
    });
  const from = validateNodeRef(value.from, 'from');
  const to = validateNodeRef(value.to, 'to');
  if (!from.ok) errors.push(...from.errors);
  if (!to.ok) errors.push(...to.errors);
  if (value.props !== undefined && !isObject(value.props))
    errors.push({ field: 'props', message: 'must be an object' });
  if (errors.length || !from.ok || !to.ok || !isRelType(rel)) return { ok: false, errors };
  if (!allowsPair(rel, from.value.kind, to.value.kind)) {
    const allowed = relationshipTypes[rel].pairs.map(([f, t]) => `${f}→${t}`).join(', ');
    return {
      ok: false,
      errors: [
        {
          field: 'rel',
          message: `${rel} does not join ${from.value.kind}→${to.value.kind} (allowed: ${allowed})`,
        },
      ],
    };
  }
  const props = validateEdgeProps(rel, value.props);
  if (!props.ok) return { ok: false, errors: props.errors };
  return {
    ok: true,
    value: { type: 'edge', rel, from: from.value, to: to.value, props: props.value },
  };
}
