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

export function parseNdjson(text: string): { records: NumberedRecord[]; errors: LineError[] } {
  const records: NumberedRecord[] = [];
  const errors: LineError[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      errors.push({ line, field: '', message: `malformed JSON: ${(error as Error).message}` });
      return;
    }
    const result = validateRecord(value);
    if (result.ok) records.push({ line, record: result.value });
    else for (const e of result.errors) errors.push({ line, ...e });
  });
  if (records.length === 0 && errors.length === 0)
    errors.push({ line: 0, field: '', message: 'the import is empty: no records' });
  return { records, errors };
}
