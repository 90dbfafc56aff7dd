/**
 * The region overview (the landing page for a region): counts by kind, the chains shown and their
 * segments' local enterprises by tier, enterprises by tier and scale, postings by period, graduates
 * by program and year. The address holds the region and the picked chain (`sel`, the first chain
 * by default). Pure helpers order and shape the answer for charts and tables.
 */
import { z } from 'zod';
import type { OverviewParams } from '../api/analysisPaths.ts';
import { compact, nodeIdParam, textParam } from '../router/search.ts';
import type { RegionOverview } from './answers.ts';
import { ratio, type LayerEdge, type LayerNode } from './layered.ts';
import type { AnalysisDefaults } from './options.ts';
import type { Checked } from './request.ts';

export const overviewSearchSchema = z.object({
  region: textParam,
  sel: nodeIdParam,
});

export type OverviewSearch = z.output<typeof overviewSearchSchema>;

export function overviewParams(search: OverviewSearch): Checked<OverviewParams> {
  return search.region ? { params: { region: search.region } } : { problem: 'region' };
}

export const overviewDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (search: OverviewSearch): OverviewSearch =>
    search.region || !defaults.region ? search : compact({ ...search, region: defaults.region });

export const overviewRegionChanged =
  (region: string) =>
  (search: OverviewSearch): OverviewSearch =>
    region === search.region ? search : compact({ region: region || undefined });

/** The kinds the headline counts, in this order, when the region has them. */
export const headlineKinds = [
  'Enterprise',
  'Institution',
  'Program',
  'Posting',
  'Candidate',
  'Cohort',
  'Park',
  'Cluster',
  'TrainingBase',
  'Consortium',
  'Chain',
] as const;

export function headlineCounts(answer: RegionOverview): { kind: string; count: number }[] {
  const local = answer.counts.local;
  const listed = headlineKinds
    .filter((kind) => (local[kind] ?? 0) > 0)
    .map((kind) => ({ kind, count: local[kind] ?? 0 }));
  const others = Object.entries(local)
    .filter(([kind, count]) => count > 0 && !(headlineKinds as readonly string[]).includes(kind))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, count]) => ({ kind, count }));
  return [...listed, ...others];
}

/** Enterprise tiers from the highest, then none; scales from the largest, then unknown. */
export const tierOrder = ['little-giant', 'specialised', 'innovative', 'none'] as const;
export const scaleOrder = ['large', 'medium', 'small', 'micro', 'unknown'] as const;

/** Values of a count record in a fixed order, then any others by name. */
export function ordered(
  counts: Record<string, number>,
  order: readonly string[],
): [string, number][] {
  const known = order
    .filter((k) => k in counts)
    .map((k) => [k, counts[k] ?? 0] as [string, number]);
  const rest = Object.keys(counts)
    .filter((k) => !order.includes(k))
    .sort()
    .map((k) => [k, counts[k] ?? 0] as [string, number]);
  return [...known, ...rest];
}

/** The chain the picked id names, else the first. */
export function pickedChain(answer: RegionOverview, selected: string | undefined) {
  return answer.chains.find((c) => `Chain:${c.key}` === selected) ?? answer.chains[0] ?? null;
}

/** Graduates per program and year: the years (columns) and one row per program. */
export function graduatesGrid(answer: RegionOverview): {
  years: number[];
  rows: {
    program: string;
    name_zh: string;
    name_en?: string;
    institution: string;
    byYear: Map<number, number | null>;
  }[];
} {
  const years = [
    ...new Set(answer.graduates.byProgram.flatMap((p) => p.cohorts.map((c) => c.year))),
  ].sort();
  return {
    years,
    rows: answer.graduates.byProgram.map((p) => ({
      program: p.program,
      name_zh: p.name_zh,
      ...(p.name_en !== undefined && { name_en: p.name_en }),
      institution: p.institution,
      byYear: new Map(p.cohorts.map((c) => [c.year, c.graduates])),
    })),
  };
}

/**
 * Chains → their segments, each segment as large as its local enterprises and red where the
 * region has none (a missing link at a glance).
 */
export function overviewLayers(
  answer: RegionOverview,
  colours: { missing: string; present: string },
): { layers: LayerNode[][]; edges: LayerEdge[] } {
  const maxLocal = Math.max(
    0,
    ...answer.chains.flatMap((c) => c.segments.map((s) => s.localEnterprises)),
  );
  const names = (n: { name_zh: string; name_en?: string }) => ({
    name_zh: n.name_zh,
    ...(n.name_en !== undefined && { name_en: n.name_en }),
  });
  return {
    layers: [
      answer.chains.map((c) => ({
        id: `Chain:${c.key}`,
        ...names(c),
        role: 'chain',
        weight: 1,
        data: { pinnedLabel: true },
      })),
      answer.chains.flatMap((c) =>
        c.segments.map((s) => ({
          id: `Segment:${s.key}`,
          ...names(s),
          role: 'segment',
          weight: ratio(s.localEnterprises, maxLocal),
          colour: s.localEnterprises === 0 ? colours.missing : colours.present,
          data: {
            localEnterprises: s.localEnterprises,
            enterprises: s.enterprises,
            pinnedLabel: true,
          },
        })),
      ),
    ],
    edges: answer.chains.flatMap((c) =>
      c.segments.map((s) => ({
        source: `Segment:${s.key}`,
        target: `Chain:${c.key}`,
        rel: 'PART_OF',
        weight: ratio(s.localEnterprises, maxLocal),
      })),
    ),
  };
}

export function overviewFocus(answer: RegionOverview, selected: string): Set<string> {
  const focus = new Set<string>();
  const chain = answer.chains.find((c) => `Chain:${c.key}` === selected);
  if (!chain) return focus;
  focus.add(selected);
  for (const s of chain.segments) focus.add(`Segment:${s.key}`);
  return focus;
}
