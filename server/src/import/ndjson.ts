/**
 * Decoding of the NDJSON import format: one JSON record a line, blank lines ignored. Every line is
 * decoded and validated, so a rejected import lists all of its problems at once.
 */
import { validateRecord, type GraphRecord } from '@chanjiao/graph-schema';

export interface LineError {
  line: number;
  field: string;
  message: string;
}

export interface NumberedRecord {
  line: number;
  record: GraphRecord;
}

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

export function parseNdjson(text: string): { records: NumberedRecord[]; errors: LineError[] } {
  const records: NumberedRecord[] = [];
  const errors: LineError[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const decoded = decodeLine(raw);
    if (!decoded) return;
    if ('record' in decoded) records.push({ line, record: decoded.record });
    else for (const e of decoded.errors) errors.push({ line, ...e });
  });
  if (records.length === 0 && errors.length === 0)
    errors.push({ line: 0, field: '', message: 'the import is empty: no records' });
  return { records, errors };
}
