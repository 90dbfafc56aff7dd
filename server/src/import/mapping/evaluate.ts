/**
 * Turning rows into import records: a file mapping is compiled once into functions, then each row
 * yields its records (validated with graph-schema's `validateRecord`), the problems that stop a
 * record, or a "skipped" marker. Every problem names the source column its value came from and the
 * record field it was meant for.
 *
 * A value is evaluated in this order: `when` (false: the value is off), the source (column, const
 * or template), `split`, `transforms` in order, `default` (when nothing is left), `required`.
 * Properties then take the type the graph schema declares: text becomes a number, integer or
 * yes/no value where the property is one, and a list where the property is a list.
 */
import {
  validateRecord,
  type NodeKind,
  type PropValue,
  type RelType,
} from '@chanjiao/graph-schema';
import type { Location, Problem, SourceItem } from '../source.ts';
import { compileAny, compileConditions, type RowTest } from './conditions.ts';
import { edgePropType, nodePropType, type PropType } from './graph-info.ts';
import { isInvalidCell, type RowView } from './row.ts';
import type { EdgeMapping, FileMapping, Mapping, NodeMapping, ValueSpec } from './schema.ts';
import { parseTemplate, templateColumns, type TemplatePart } from './template.ts';
import {
  applyTransform,
  parseBooleanText,
  parseNumberText,
  transformName,
  type Scalar,
} from './transforms.ts';
import { edgeDefaults, nodeDefaults } from './walk.ts';

export type Outcome =
  /** A `when` did not hold. */
  | { kind: 'off' }
  /** Blank, or emptied by a transform, with no default. */
  | { kind: 'absent'; column?: string }
  /** One or more values; `list` when the value was split or came as a list. */
  | { kind: 'values'; values: Scalar[]; list: boolean; column?: string }
  | { kind: 'problem'; message: string; column?: string };

export interface CompiledValue {
  (row: RowView): Outcome;
  /** The column(s) the value comes from (for problems), `undefined` for a const. */
  column?: string | undefined;
}

const show = (v: Scalar) => JSON.stringify(v);

/** Compiles one value specification. `trim`: the file mapping's `trim`. */
export function compileValue(spec: ValueSpec, trim: boolean): CompiledValue {
  const s = typeof spec === 'string' ? { column: spec } : spec;
  const when = compileConditions(s.when);
  const transforms = s.transforms ?? [];
  const split = s.split;
  let parts: TemplatePart[] | undefined;
  let column = s.column;
  if (s.template !== undefined) {
    const parsed = parseTemplate(s.template);
    if (!parsed.ok) throw new Error(`template ${JSON.stringify(s.template)}: ${parsed.message}`);
    parts = parsed.parts;
    column = templateColumns(parts).join(', ');
  }
  const constant = s.const;
  const fallback = s.default;
  const required = s.required === true;

  const finish = (items: Scalar[], list: boolean, blankColumn: string | undefined): Outcome => {
    let values = items;
    if (transforms.length) {
      values = [];
      for (const item of items) {
        let v: Scalar | null = item;
        for (const t of transforms) {
          const r = applyTransform(t, v);
          if (!r.ok)
            return {
              kind: 'problem',
              message: `${r.message} (transform ${transformName(t)})`,
              column,
            };
          v = r.value;
          if (v === null) break;
        }
        if (v !== null && v !== '') values.push(v);
      }
    }
    if (values.length) return { kind: 'values', values, list, column };
    if (fallback !== undefined) return { kind: 'values', values: [fallback], list, column };
    if (required)
      return {
        kind: 'problem',
        message: 'is blank, but the mapping requires a value',
        column: blankColumn,
      };
    return { kind: 'absent', column: blankColumn };
  };

  // With trim on, cells arrive trimmed (RowView), so blank text is empty text.
  const isBlank = trim ? (t: string) => t === '' : (t: string) => t.trim() === '';
  const fromText = (text: string): Outcome => {
    if (split !== undefined) {
      const items: string[] = [];
      for (const part of text.split(split)) {
        const t = trim ? part.trim() : part;
        if (!isBlank(t)) items.push(t);
      }
      return finish(items, true, column);
    }
    return finish(isBlank(text) ? [] : [text], false, column);
  };

  let source: (row: RowView) => Outcome;
  if (constant !== undefined) {
    const items = Array.isArray(constant) ? constant : constant === '' ? [] : [constant];
    source = () => finish(items, Array.isArray(constant), undefined);
  } else if (parts !== undefined) {
    const template = parts;
    source = (row) => {
      let text = '';
      for (const part of template) {
        if ('text' in part) {
          text += part.text;
          continue;
        }
        const cell = row.cell(part.column);
        if (isInvalidCell(cell))
          return {
            kind: 'problem',
            message: `holds ${cell.invalid}, not a value`,
            column: part.column,
          };
        if (Array.isArray(cell) && cell.length > 1)
          return {
            kind: 'problem',
            message: 'holds a list; a template needs single values',
            column: part.column,
          };
        const value = Array.isArray(cell) ? cell[0] : cell;
        // A blank placeholder blanks the whole template (a key "posting-{id}" without an id is no key).
        if (value === undefined || value.trim() === '') return finish([], false, part.column);
        text += trim ? value.trim() : value;
      }
      return fromText(text);
    };
  } else {
    const col = column ?? '';
    source = (row) => {
      const cell = row.cell(col);
      if (cell === undefined || typeof cell === 'string') return fromText(cell ?? '');
      if (isInvalidCell(cell))
        return { kind: 'problem', message: `holds ${cell.invalid}, not a value`, column: col };
      const items: string[] = [];
      for (const item of cell)
        for (const part of split !== undefined ? item.split(split) : [item]) {
          const t = trim ? part.trim() : part;
          if (t.trim() !== '') items.push(t);
        }
      return finish(items, true, col);
    };
  }
  const compiled: CompiledValue = when
    ? (row) => (when(row) ? source(row) : { kind: 'off' })
    : source;
  compiled.column = column;
  return compiled;
}

type Coerced = { ok: true; value: PropValue } | { ok: false; message: string };

/** Gives a property value the type the graph schema declares for it. */
function coerce(values: Scalar[], type: PropType | undefined): Coerced {
  if (type === 'string[]')
    return {
      ok: true,
      value: values.length === 1 ? [String(values[0])] : [...new Set(values.map(String))],
    };
  if (values.length > 1)
    return {
      ok: false,
      message: `${values.length} values (${values.map(show).join(', ')}), but the property holds one`,
    };
  const v = values[0] as Scalar;
  switch (type) {
    case 'integer':
    case 'number': {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : null;
      if (n === null) return { ok: false, message: `${show(v)} is not a number` };
      if (type === 'integer' && !Number.isInteger(n))
        return { ok: false, message: `${show(v)} is not an integer` };
      return { ok: true, value: n };
    }
    case 'boolean': {
      const b =
        typeof v === 'boolean'
          ? v
          : typeof v === 'string'
            ? parseBooleanText(v)
            : v === 1
              ? true
              : v === 0
                ? false
                : null;
      if (b === null)
        return {
          ok: false,
          message: `${show(v)} is not a yes/no value (true/false, yes/no, y/n, 1/0, 是/否)`,
        };
      return { ok: true, value: b };
    }
    case 'string':
      return { ok: true, value: String(v) };
    default:
      return { ok: true, value: v };
  }
}

interface CompiledProp {
  name: string;
  value: CompiledValue;
  type: PropType | undefined;
}

interface Emit {
  out: SourceItem[];
  at: Location;
}

function problem(emit: Emit, field: string, message: string, column: string | undefined): void {
  const p: Problem = column
    ? { file: emit.at.file, row: emit.at.row, column, field, message }
    : { file: emit.at.file, row: emit.at.row, field, message };
  emit.out.push({ type: 'problem', problem: p });
}

/** Evaluates a key; `null` when no record is made (off, or a problem already emitted). */
function keysOf(outcome: Outcome, emit: Emit, field: string): string[] | null {
  switch (outcome.kind) {
    case 'off':
      return null;
    case 'problem':
      problem(emit, field, outcome.message, outcome.column);
      return null;
    case 'absent':
      problem(emit, field, 'the key is blank', outcome.column);
      return null;
    case 'values':
      return outcome.values.length === 1
        ? [String(outcome.values[0])]
        : [...new Set(outcome.values.map(String))];
  }
}

/** Evaluates the properties into `props`; false when one of them failed (problems emitted). */
function propsOf(
  props: CompiledProp[],
  row: RowView,
  emit: Emit,
  target: Record<string, PropValue>,
): boolean {
  let ok = true;
  for (const p of props) {
    const o = p.value(row);
    if (o.kind === 'off' || o.kind === 'absent') continue;
    if (o.kind === 'problem') {
      problem(emit, `props.${p.name}`, o.message, o.column);
      ok = false;
      continue;
    }
    const c = coerce(o.values, p.type);
    if (!c.ok) {
      problem(
        emit,
        `props.${p.name}`,
        `${c.message} (${p.name} is ${p.type === 'integer' ? 'an integer' : `a ${p.type}`})`,
        o.column,
      );
      ok = false;
      continue;
    }
    target[p.name] = c.value;
  }
  return ok;
}

function validated(
  record: Record<string, unknown>,
  emit: Emit,
  columnOf: (field: string) => string | undefined,
): void {
  const result = validateRecord(record);
  if (result.ok) {
    emit.out.push({ type: 'record', at: emit.at, record: result.value });
    return;
  }
  for (const e of result.errors) problem(emit, e.field, e.message, columnOf(e.field));
}

/** Maps a record field from validation (`props.x.0`) to the column its value came from. */
function propColumns(props: CompiledProp[]): (field: string) => string | undefined {
  const columns = new Map(props.map((p) => [p.name, p.value.column]));
  return (field) => {
    const m = /^props\.([^.]+)/.exec(field);
    return m?.[1] !== undefined ? columns.get(m[1]) : undefined;
  };
}

type RowEvaluator = (row: RowView, emit: Emit) => void;

function compileNode(mapping: Mapping, node: NodeMapping, trim: boolean): RowEvaluator {
  const kind = node.kind as NodeKind;
  const when = compileConditions(node.when);
  const key = compileValue(node.key, trim);
  const props: CompiledProp[] = [
    ...Object.entries(node.props ?? {}),
    ...nodeDefaults(mapping, node),
  ].map(([name, spec]) => ({
    name,
    value: compileValue(spec, trim),
    type: nodePropType(kind, name),
  }));
  const propColumn = propColumns(props);
  const columnOf = (field: string) => (field === 'key' ? key.column : propColumn(field));
  return (row, emit) => {
    if (when && !when(row)) return;
    const keys = keysOf(key(row), emit, 'key');
    if (!keys) return;
    const values: Record<string, PropValue> = {};
    if (!propsOf(props, row, emit, values)) return;
    for (const k of keys) validated({ type: 'node', kind, key: k, props: values }, emit, columnOf);
  };
}

function compileEdge(mapping: Mapping, edge: EdgeMapping, trim: boolean): RowEvaluator {
  const rel = edge.rel as RelType;
  const fromKind = edge.from.kind as NodeKind;
  const toKind = edge.to.kind as NodeKind;
  const when = compileConditions(edge.when);
  const from = compileValue(edge.from.key, trim);
  const to = compileValue(edge.to.key, trim);
  const props: CompiledProp[] = [
    ...Object.entries(edge.props ?? {}),
    ...edgeDefaults(mapping, edge),
  ].map(([name, spec]) => ({
    name,
    value: compileValue(spec, trim),
    type: edgePropType(rel, name),
  }));
  const propColumn = propColumns(props);
  const columnOf = (field: string) =>
    field.startsWith('from') ? from.column : field.startsWith('to') ? to.column : propColumn(field);
  return (row, emit) => {
    if (when && !when(row)) return;
    const fromKeys = keysOf(from(row), emit, 'from.key');
    const toKeys = keysOf(to(row), emit, 'to.key');
    if (!fromKeys || !toKeys) return;
    const values: Record<string, PropValue> = {};
    if (!propsOf(props, row, emit, values)) return;
    for (const fk of fromKeys)
      for (const tk of toKeys)
        validated(
          {
            type: 'edge',
            rel,
            from: { kind: fromKind, key: fk },
            to: { kind: toKind, key: tk },
            props: values,
          },
          emit,
          columnOf,
        );
  };
}

export interface CompiledFile {
  /** The items one row yields, in mapping order: nodes, then edges. */
  evaluate(row: RowView, at: Location): SourceItem[];
}

/** Compiles `mapping.files[index]`. The mapping must have passed `checkMapping`. */
export function compileFile(
  mapping: Mapping,
  index: number,
  /** Edge mappings not to read (their other end comes from an absent file). */
  omitEdges: ReadonlySet<number> = new Set(),
): CompiledFile {
  const file = mapping.files[index] as FileMapping;
  const skip: RowTest | undefined = compileAny(file.skip);
  const evaluators = [
    ...file.nodes.map((n) => compileNode(mapping, n, file.trim)),
    ...file.edges.flatMap((e, k) => (omitEdges.has(k) ? [] : [compileEdge(mapping, e, file.trim)])),
  ];
  return {
    evaluate(row, at) {
      const out: SourceItem[] = [];
      if (skip?.(row)) {
        out.push({ type: 'skipped', at });
        return out;
      }
      const emit = { out, at };
      for (const evaluate of evaluators) evaluate(row, emit);
      return out;
    },
  };
}
