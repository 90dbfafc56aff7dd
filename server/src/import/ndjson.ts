/**
 * Decoding of one line of the NDJSON import format: JSON, then validation against the graph
 * schema, so a rejected import lists every problem of every line. The file, text and request-body
 * sources share it.
 */
import { validateRecord, type GraphRecord } from '@chanjiao/graph-schema';

/**
 * One line: null when blank, else the validated record or its problems (`field` '' for the line).
 * A trailing `\r` is dropped.
 */
export function decodeLine(
  raw: string,
): null | { record: GraphRecord } | { errors: { field: string; message: string }[] } {
  const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (content.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { errors: [{ field: '', message: `malformed JSON: ${(error as Error).message}` }] };
  }
  const result = validateRecord(value);
  return result.ok ? { record: result.value } : { errors: result.errors };
}
