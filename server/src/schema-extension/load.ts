/**
 * Reads a deployment's schema extension (`ATLAS_SCHEMA`, e.g. atlas.schema.yaml) at start: YAML
 * parsed with positions, the document checked against graph-schema's extension spec and then
 * against the built-in schema, and every problem reported at once with its line and column and
 * its path in the document — `atlas.schema.yaml:12:7 kinds.Fund.glyph: must be one character`.
 * Returns the extended schema; the caller activates it before opening a store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import {
  builtInSchema,
  extendSchema,
  schemaExtensionSchema,
  SchemaExtensionError,
  type ExtensionProblem,
  type GraphSchema,
} from '@chanjiao/graph-schema';
import { ConfigError } from '../errors.ts';

interface Located extends ExtensionProblem {
  line: number;
  column: number;
}

/** The position of what `path` names in the document: a key's when the last step is a key. */
function locate(doc: Document, lines: LineCounter, where: (string | number)[]): [number, number] {
  let node: unknown = doc.contents;
  let offset = (doc.contents?.range?.[0] as number | undefined) ?? 0;
  for (const step of where) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      offset = (node as { range?: [number] }).range?.[0] ?? offset;
    } else break;
  }
  const { line, col } = lines.linePos(offset);
  return [line, col];
}

function report(file: string, problems: Located[]): ConfigError {
  const lines = problems
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(
      (p) =>
        `${file}:${p.line}:${p.column}${p.path.length ? ` ${p.path.join('.')}` : ''}: ${p.message}`,
    );
  return new ConfigError(
    `Invalid schema extension (ATLAS_SCHEMA), ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${lines.join('\n  ')}`,
  );
}

/** Parses and checks extension text; `file` names it in messages. */
export function parseSchemaExtension(text: string, file: string): GraphSchema {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length)
    throw report(
      file,
      doc.errors.map((error) => {
        const at = error.linePos?.[0] ?? { line: 1, col: 1 };
        // The position is shown in front; the parser's own copy of it is dropped.
        const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return { path: [], message, line: at.line, column: at.col };
      }),
    );
  const at = (problem: ExtensionProblem): Located => {
    const [line, column] = locate(doc, lines, problem.path);
    return { ...problem, line, column };
  };
  const parsed = schemaExtensionSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success)
    throw report(
      file,
      parsed.error.issues.map((issue) => {
        const where = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        // An unknown field is shown where it is written.
        if (issue.code === 'unrecognized_keys')
          return at({
            path: [...where, issue.keys[0]!],
            message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`,
          });
        // A bad name (a record key) says which rule it breaks.
        if (issue.code === 'invalid_key')
          return at({ path: where, message: issue.issues[0]?.message ?? issue.message });
        return at({ path: where, message: issue.message });
      }),
    );
  try {
    return extendSchema(builtInSchema, parsed.data, path.basename(file));
  } catch (error) {
    if (error instanceof SchemaExtensionError) throw report(file, error.problems.map(at));
    throw error;
  }
}

/** Reads the extension file; a missing or unreadable file is a configuration error. */
export function loadSchemaExtension(file: string): GraphSchema {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `ATLAS_SCHEMA=${JSON.stringify(file)}: cannot read the schema extension (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return parseSchemaExtension(text, file);
}
