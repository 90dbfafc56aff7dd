/**
 * Time series of the trends analysis, as small pure functions: growth rates, the granularity of
 * posting periods (and their reduction to years when a region mixes granularities), and the
 * yearly count of enterprises — founded by a year, new that year, recognised in a tier by then.
 */
import type { EnterpriseYear } from '@chanjiao/graph-schema';
import type { AnalysisGraph } from '../graph.ts';
import { intProp } from '../lists/context.ts';

/** `(now − before) / before`; null without a previous value or from 0. */
export function growthRate(now: number, before: number | null | undefined): number | null {
  if (before === null || before === undefined || before === 0) return null;
  return (now - before) / before;
}

/** A period's granularity: a year, a half, a quarter or a month. */
export function granularity(period: string): 'year' | 'half' | 'quarter' | 'month' {
  if (period.length === 4) return 'year';
  const part = period.slice(5);
  return part.startsWith('H') ? 'half' : part.startsWith('Q') ? 'quarter' : 'month';
}

/**
 * The periods to report: as stored when they share one granularity, else reduced to their years
 * (2025 and 2025-H1 overlap; their sum per year does not).
 */
export function reportPeriods(periods: Iterable<string>): {
  reduce: (period: string) => string;
  reducedToYears: boolean;
} {
  const kinds = new Set([...periods].map(granularity));
  const reducedToYears = kinds.size > 1;
  return { reduce: (p) => (reducedToYears ? p.slice(0, 4) : p), reducedToYears };
}

export const tierNames = ['innovative', 'specialised', 'little-giant'] as const;
type Tier = (typeof tierNames)[number];
const isTier = (value: unknown): value is Tier => tierNames.includes(value as Tier);

/** Founded year of an enterprise, or null. */
export const foundedOf = (graph: AnalysisGraph, id: string) =>
  intProp(graph.node(id)!.props, 'founded');

/** Enterprises founded by `year` (inclusive); undated ones are left out. */
export const foundedBy = (graph: AnalysisGraph, ids: string[], year: number) =>
  ids.filter((id) => {
    const founded = foundedOf(graph, id);
    return founded !== null && founded <= year;
  });

/**
 * Per year of from..to: the enterprises founded by then, those founded that year, and per tier
 * those recognised by then (`tierYear` ≤ year; a tier without a year is never counted as dated).
 */
export function enterpriseSeries(
  graph: AnalysisGraph,
  ids: string[],
  from: number,
  to: number,
): EnterpriseYear[] {
  const series: EnterpriseYear[] = [];
  let before = foundedBy(graph, ids, from - 1).length;
  for (let year = from; year <= to; year++) {
    const existing = foundedBy(graph, ids, year);
    const tiers = { innovative: 0, specialised: 0, 'little-giant': 0 };
    for (const id of existing) {
      const props = graph.node(id)!.props;
      const tierYear = intProp(props, 'tierYear');
      if (isTier(props.tier) && tierYear !== null && tierYear <= year) tiers[props.tier] += 1;
    }
    series.push({
      year,
      count: existing.length,
      new: existing.filter((id) => foundedOf(graph, id) === year).length,
      tiers,
      growth: growthRate(existing.length, before),
    });
    before = existing.length;
  }
  return series;
}
