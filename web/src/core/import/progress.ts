/**
 * How a job's progress and outcome read on screen: one percentage for the whole job (the server
 * reads every file twice, nodes then edges, then commits), upload percentages, byte sizes, the
 * problems summary, and the reasons of a `MAPPING_INVALID` answer as flat `{where, message}` items.
 */
import type { ImportJob, ImportProblem, ImportProgress } from '@chanjiao/graph-schema';
import { htmlLang, type Language } from '../i18n/index.ts';

export type ImportPhase = ImportProgress['phase'];

export const importPhases: readonly ImportPhase[] = [
  'queued',
  'nodes',
  'edges',
  'commit',
  'rollback',
  'done',
];

/** Where each phase starts and ends on the 0–100 bar. */
const phaseSpans: Record<ImportPhase, [number, number]> = {
  queued: [0, 0],
  nodes: [0, 45],
  edges: [45, 90],
  commit: [90, 100],
  rollback: [90, 100],
  done: [100, 100],
};

function fraction(done: number, total: number): number {
  if (!(total > 0) || !Number.isFinite(done)) return 0;
  return Math.min(1, Math.max(0, done / total));
}

/** The job's progress as a whole percentage, 0–100; 100 once the job is over, whatever its state. */
export function jobPercent(job: Pick<ImportJob, 'state' | 'progress'>): number {
  if (job.state !== 'running') return 100;
  const { phase, bytesRead, bytesTotal } = job.progress;
  const [start, end] = phaseSpans[phase] ?? [0, 0];
  // Commit and rollback report no bytes: they sit at their start until the job ends.
  const within = phase === 'nodes' || phase === 'edges' ? fraction(bytesRead, bytesTotal) : 0;
  return Math.min(99, Math.floor(start + (end - start) * within));
}

/** An upload's percentage, 0–100 (a file of 0 bytes is done when it is). */
export function uploadPercent(loaded: number, total: number): number {
  return Math.floor(fraction(loaded, total) * 100);
}

/** The percentage of all files' bytes uploaded. */
export function uploadsPercent(parts: readonly { loaded: number; total: number }[]): number {
  const total = parts.reduce((sum, p) => sum + p.total, 0);
  const loaded = parts.reduce((sum, p) => sum + Math.min(p.loaded, p.total), 0);
  return total > 0 ? uploadPercent(loaded, total) : 0;
}

const byteUnits = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A size in bytes as people read it: `512 B`, `1.5 KB`, `23.4 MB` (1 KB = 1024 B). */
export function formatBytes(language: Language, bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = value.toLocaleString(htmlLang[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${number} ${byteUnits[unit]}`;
}

export interface ProblemsSummary {
  /** Problems listed in the job (at most 100). */
  shown: number;
  /** Problems found in all. */
  total: number;
  /** Found but not listed. */
  hidden: number;
  /** The listed problems per file, in the order the files first appear. */
  files: { file: string; count: number }[];
}

export function problemsSummary(
  job: Pick<ImportJob, 'problems' | 'problemsTotal'>,
): ProblemsSummary {
  const counts = new Map<string, number>();
  for (const problem of job.problems) counts.set(problem.file, (counts.get(problem.file) ?? 0) + 1);
  const shown = job.problems.length;
  const total = Math.max(job.problemsTotal, shown);
  return {
    shown,
    total,
    hidden: total - shown,
    files: [...counts].map(([file, count]) => ({ file, count })),
  };
}

/** Where a problem is, for people: row 0 stands for the file as a whole. */
export function problemRow(problem: ImportProblem): number | null {
  return problem.row > 0 ? problem.row : null;
}

export interface MappingIssue {
  /** The place in the mapping (`files.0.nodes.1.key`) or in the data (`a.csv · 编码`), or ''. */
  where: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathText(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  return typeof path === 'string' || typeof path === 'number' ? String(path) : '';
}

/**
 * The details of a `MAPPING_INVALID` (or any) error answer: `{path, message}` for a place in the
 * mapping document, `{file, column, message}` for a column a file lacks. Anything else is shown as
 * its message, or as JSON when it has none.
 */
export function mappingIssues(details: readonly unknown[] | undefined): MappingIssue[] {
  return (details ?? []).map((detail) => {
    if (!isRecord(detail)) return { where: '', message: String(detail) };
    const message = typeof detail.message === 'string' ? detail.message : JSON.stringify(detail);
    const where =
      detail.path !== undefined
        ? pathText(detail.path)
        : [detail.file, detail.column, detail.field]
            .filter((part) => typeof part === 'string' && part !== '')
            .join(' · ');
    return { where, message };
  });
}
