/**
 * The error a mapping document, or a mapping applied to a set of files, raises before any row is
 * read: every problem found is listed with the JSON path in the mapping it concerns.
 */
import { AtlasError } from '../../errors.ts';

/** One problem with a mapping, e.g. `{path: 'files[0].nodes[1].props.foo', message}`. */
export type MappingProblem = {
  /** The data file concerned, for problems found when the mapping meets its files. */
  file?: string;
  /** JSON path in the mapping document (`''` for the document as a whole). */
  path: string;
  /** 1-based position in the mapping text (syntax errors). */
  line?: number;
  col?: number;
  /** The column concerned (unknown columns). */
  column?: string;
  message: string;
};

/** The problem with its fields in reading order (file, path, position, column, message). */
function ordered(p: MappingProblem): MappingProblem {
  return {
    ...(p.file !== undefined && { file: p.file }),
    path: p.path,
    ...(p.line !== undefined && { line: p.line }),
    ...(p.col !== undefined && { col: p.col }),
    ...(p.column !== undefined && { column: p.column }),
    message: p.message,
  };
}

export function describeProblem(p: MappingProblem): string {
  const position =
    p.line !== undefined ? `line ${p.line}${p.col !== undefined ? `, col ${p.col}` : ''}` : '';
  const where = [p.file, p.path, position].filter(Boolean).join(' ');
  return where ? `${where}: ${p.message}` : p.message;
}

export class MappingError extends AtlasError {
  override name = 'MappingError';
  override readonly statusCode = 400;
  override readonly code = 'MAPPING_INVALID';
  override details: MappingProblem[];

  /**
   * `origin` names the mapping (its file name; `''` when it has none); `summary` says what is
   * wrong with it as a whole.
   * The message is a summary (with the problem itself when there is one); `details` lists all.
   */
  constructor(
    readonly origin: string,
    problems: MappingProblem[],
    summary = 'is invalid',
  ) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    const only = problems.length === 1 && problems[0] ? ` — ${describeProblem(problems[0])}` : '';
    super(`${origin ? `mapping ${origin}` : 'the mapping'} ${summary}: ${count}${only}`);
    this.details = problems.map(ordered);
    this.totalErrors = problems.length;
  }
}
