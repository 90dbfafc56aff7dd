/**
 * What the streaming import reads: sources that yield import records (or row problems) one at a
 * time, each with where it came from. NDJSON files are a source (ndjson-source.ts); files read
 * through a mapping are another (mapping/). The import reads every source twice — nodes first,
 * then edges — so a row may name nodes that later rows or other files define.
 */
import type { GraphRecord, ImportNotices } from '@chanjiao/graph-schema';

/** Where a record or problem comes from: a file, its 1-based data row (NDJSON: line), a column. */
export interface Location {
  file: string;
  /** 1-based: the line for NDJSON, the data row (header excluded) for CSV/TSV, the element index + 1 for JSON. 0: the file as a whole. */
  row: number;
  /** The column (CSV/TSV) or field (NDJSON/JSON) at fault, when one is. */
  column?: string;
}

export interface Problem extends Location {
  /** The record field at fault (e.g. `props.importance`, `from`), when one is. */
  field?: string;
  message: string;
}

export type SourceItem =
  | { type: 'record'; at: Location; record: GraphRecord }
  | { type: 'problem'; problem: Problem }
  /** A row that a `skip` condition excluded (counted, never a problem). */
  | { type: 'skipped'; at: Location }
  /**
   * The row that follows had fewer cells than its header and was read with the missing trailing
   * cells blank, as its mapping allows (counted in the report, never a problem).
   */
  | { type: 'short'; at: Location; cells: number; columns: number };

/** What opening the sources found worth reporting (short rows are found while reading). */
export type OpenNotices = Omit<ImportNotices, 'shortRows'>;

export function noNotices(): OpenNotices {
  return { absentFiles: [], skipped: [] };
}

/** The sources of an import, and what opening them found worth reporting. */
export interface OpenedImport {
  sources: ImportSource[];
  notices: OpenNotices;
}

export interface ImportSource {
  /** The file name shown in progress and reports. */
  readonly file: string;
  /** Size in bytes, for progress. */
  readonly bytes: number;
  /** The path of an NDJSON file read as it is (no mapping): a load may read it off the main thread. */
  readonly ndjsonPath?: string;
  /**
   * Reads the file from the start. Calls `onBytes` with the bytes consumed so far, now and then.
   * Safe to call more than once; each call reads afresh.
   */
  read(onBytes?: (bytesRead: number) => void): AsyncIterable<SourceItem>;
  /**
   * The same items as `read`, a block at a time (e.g. the lines of one chunk of the file): a
   * source with millions of rows offers it so the import pays for one asynchronous step a block
   * instead of one a row.
   */
  readBatches?(onBytes?: (bytesRead: number) => void): AsyncIterable<SourceItem[]>;
}
