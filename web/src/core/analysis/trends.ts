/**
 * Trends over time (动态跟踪) of a chain in a region: enterprises by segment and tier per year,
 * posting demand per period, graduates per year, skill-gap coverage per period, their growth, and
 * the segments classified pillar / characteristic / emerging by the rules the answer states. The
 * address holds the chain, the region and the picked segment (`sel`). Pure helpers shape the answer
 * for the charts and tables and write a rule as a sentence.
 */
import { z } from 'zod';
import type { SegmentClassRule, Trends } from '@chanjiao/graph-schema';
import type { TrendsParams } from '../api/analysisPaths.ts';
import { compact, nodeIdParam, textParam } from '../router/search.ts';
import type { AnalysisDefaults } from './options.ts';
import type { Checked } from './request.ts';

export type { Trends };

export const trendsSearchSchema = z.object({
  chain: textParam,
  region: textParam,
  sel: nodeIdParam,
});

export type TrendsSearch = z.output<typeof trendsSearchSchema>;

export function trendsParams(search: TrendsSearch): Checked<TrendsParams> {
  if (!search.chain) return { problem: 'chain' };
  if (!search.region) return { problem: 'region' };
  return { params: { chain: search.chain, region: search.region } };
}

export const trendsDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (search: TrendsSearch): TrendsSearch => {
    const chain = search.chain ?? (defaults.chain || undefined);
    const region = search.region ?? (defaults.region || undefined);
    if (chain === search.chain && region === search.region) return search;
    return compact({ ...search, chain, region });
  };

/** A new chain or region: the picked segment is forgotten (the new answer may not hold it). */
export const trendsQueryChanged =
  (change: { chain?: string; region?: string }) =>
  (search: TrendsSearch): TrendsSearch => {
    const chain = change.chain !== undefined ? change.chain || undefined : search.chain;
    const region = change.region !== undefined ? change.region || undefined : search.region;
    if (chain === search.chain && region === search.region) return search;
    return compact({ chain, region });
  };

/** The last element of a series, or null. */
export function lastOf<T>(series: readonly T[]): T | null {
  return series.length > 0 ? (series[series.length - 1] as T) : null;
}

export const tierNames = ['little-giant', 'specialised', 'innovative'] as const;

/** Per year: enterprises in each tier and those without one (count − the tiers). */
export function enterpriseTierSeries(series: Trends['enterprises']['total']): {
  years: number[];
  tiers: Record<(typeof tierNames)[number] | 'none', number[]>;
} {
  return {
    years: series.map((y) => y.year),
    tiers: {
      'little-giant': series.map((y) => y.tiers['little-giant']),
      specialised: series.map((y) => y.tiers.specialised),
      innovative: series.map((y) => y.tiers.innovative),
      none: series.map(
        (y) => y.count - y.tiers['little-giant'] - y.tiers.specialised - y.tiers.innovative,
      ),
    },
  };
}

/** One row per segment with its enterprises per year (the table beside the per-segment chart). */
export function segmentYearRows(answer: Trends): {
  years: number[];
  rows: {
    key: string;
    name_zh: string;
    name_en?: string;
    position: string;
    byYear: Map<number, number>;
    growth: number | null;
  }[];
} {
  const years = answer.enterprises.total.map((y) => y.year);
  return {
    years,
    rows: answer.enterprises.bySegment.map((s) => ({
      key: s.key,
      name_zh: s.name_zh,
      ...(s.name_en !== undefined && { name_en: s.name_en }),
      position: s.position,
      byYear: new Map(s.series.map((y) => [y.year, y.count])),
      growth: lastOf(s.series)?.growth ?? null,
    })),
  };
}

/** The class and rule of a picked segment, with the answer's segments in chain order. */
export function classifiedSegments(answer: Trends): Trends['segments'] {
  return [...answer.segments].sort(
    (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || (a.key < b.key ? -1 : 1),
  );
}

/** Segment ids the answer holds; a pick not among them is ignored. */
export function trendsFocus(answer: Trends, selected: string): Set<string> {
  return answer.segments.some((s) => `Segment:${s.key}` === selected)
    ? new Set([selected])
    : new Set();
}

const operatorText: Record<string, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '!=': '≠',
};

/**
 * A rule's condition in words: each field by its name in the language, the operator as a sign,
 * shares as percentages; "and" between conditions. A rule without conditions always holds.
 */
export function ruleCondition(
  rule: SegmentClassRule,
  fieldName: (field: string) => string,
  formatValue: (field: string, value: number) => string,
  words: { and: string; always: string },
): string {
  if (rule.when.length === 0) return words.always;
  return rule.when
    .map(
      (c) => `${fieldName(c.field)} ${operatorText[c.op] ?? c.op} ${formatValue(c.field, c.value)}`,
    )
    .join(` ${words.and} `);
}

/** Fields of a segment's metrics that are shares or growth rates (percentages); the others count. */
export const percentFields: ReadonlySet<string> = new Set([
  'enterpriseShare',
  'employeeShare',
  'growth',
  'recentShare',
  'tieredShare',
  'demandGrowth',
]);
