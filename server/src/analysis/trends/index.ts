/**
 * Trends over time (动态跟踪) of a chain in a region, from the periods the data carry:
 *
 * - Enterprises by segment and tier per year: the region's enterprises of the chain (as the N
 *   lists find them) founded by each year of from..to (`founded`), new that year, and recognised in
 *   each tier by then (`tierYear`); undated ones are counted apart. Growth: from the year before.
 * - Demand per period: the region's postings FOR the occupations the chain's segments EMPLOY,
 *   count and Σ headcount per period (as stored; reduced to years when granularities mix), in
 *   total and per occupation; and Σ EMPLOYS.demand by EMPLOYS.period. Growth: from the previous
 *   period.
 * - Graduates per year: cohorts of the programs the region's institutions OFFER that SERVE the
 *   chain (directly or through their program group) or PREPARE_FOR an occupation it employs, summed
 *   per cohort year within from..to (a missing count adds 0). Growth: from the previous year shown.
 * - Coverage per period: the skill-gap coverage Σ δ_c · S_c of the chain's demand from that
 *   period's postings, the supply being every local institution's teaching (as the skill-gap list).
 * - Segments classified by rules (classes.ts).
 *
 * Years: `to` defaults to the latest year the data show (founding and tier years, cohort years,
 * posting years), `from` to nine years before it; `window` (default 5) is how far back growth and
 * the recent share of enterprises look.
 */
import {
  segmentClassFields,
  type DemandPeriod,
  type SegmentClassRule,
  type Trends,
} from '@chanjiao/graph-schema';
import { BadRequestError } from '../../errors.ts';
import { isLocatedIn, numberProp } from '../graph.ts';
import { intProp, listContext, type ListContext } from '../lists/context.ts';
import { defaultSegmentClassRules, defaultWindow, classify, segmentMetrics } from './classes.ts';
import { enterpriseSeries, growthRate, reportPeriods } from './series.ts';
import { compareStrings } from '../../store/order.ts';

export interface TrendsQuery {
  chain: string;
  region: string;
  from?: number;
  to?: number;
  window?: number;
  rules?: SegmentClassRule[];
}

export const defaultSpan = 10;

/** The programs whose graduates count for the chain, sorted. */
export function chainPrograms(context: ListContext): string[] {
  const { graph, chainId } = context;
  const occupations = new Set(
    context.segments.flatMap((s) => graph.out(s, 'EMPLOYS').map((l) => l.id)),
  );
  const serves = (id: string) => graph.out(id, 'SERVES').some((l) => l.id === chainId);
  const programs = new Set<string>();
  for (const institution of context.institutions)
    for (const link of graph.out(institution, 'OFFERS')) {
      if (graph.node(link.id)?.kind !== 'Program') continue;
      const groups = graph
        .out(link.id, 'PART_OF')
        .filter((g) => graph.node(g.id)?.kind === 'ProgramGroup');
      if (
        serves(link.id) ||
        groups.some((g) => serves(g.id)) ||
        graph.out(link.id, 'PREPARES_FOR').some((o) => occupations.has(o.id))
      )
        programs.add(link.id);
    }
  return [...programs].sort(compareStrings);
}

/** The region's postings for the chain's occupations, per occupation. */
function chainPostings(context: ListContext): Map<string, string[]> {
  const { graph } = context;
  const out = new Map<string, string[]>();
  for (const segment of context.segments)
    for (const link of graph.out(segment, 'EMPLOYS')) {
      if (out.has(link.id) || graph.node(link.id)?.kind !== 'Occupation') continue;
      out.set(
        link.id,
        graph
          .in(link.id, 'FOR')
          .map((l) => l.id)
          .filter(
            (id) =>
              graph.node(id)?.kind === 'Posting' &&
              typeof graph.node(id)!.props.period === 'string' &&
              isLocatedIn(graph, id, context.regions),
          ),
      );
    }
  return out;
}

function periodSeries(
  context: ListContext,
  postings: string[],
  periods: string[],
  reduce: (p: string) => string,
): DemandPeriod[] {
  const { graph } = context;
  const sums = new Map(periods.map((p) => [p, { postings: 0, headcount: 0 }]));
  for (const id of new Set(postings)) {
    const props = graph.node(id)!.props;
    // Postings of periods not asked for are left out.
    const entry = sums.get(reduce(String(props.period)));
    if (!entry) continue;
    entry.postings += 1;
    entry.headcount += numberProp(props, 'headcount') ?? 0;
  }
  return periods.map((period, i) => ({
    period,
    ...sums.get(period)!,
    growth:
      i === 0
        ? null
        : growthRate(sums.get(period)!.headcount, sums.get(periods[i - 1]!)!.headcount),
  }));
}

export function trends(graph: Parameters<typeof listContext>[0], query: TrendsQuery): Trends {
  const context = listContext(graph, { chain: query.chain, region: query.region });
  const window = query.window ?? defaultWindow;

  // Demand per period.
  const byOccupation = chainPostings(context);
  const allPostings = [...new Set([...byOccupation.values()].flat())].sort(compareStrings);
  const stored = new Set(allPostings.map((id) => String(graph.node(id)!.props.period)));
  const { reduce, reducedToYears } = reportPeriods(stored);
  const periods = [...new Set([...stored].map(reduce))].sort(compareStrings);

  // Graduates per year.
  const programs = chainPrograms(context);
  const cohorts = programs.flatMap((p) =>
    graph
      .in(p, 'COHORT_OF')
      .map((l) => l.id)
      .filter(
        (id) =>
          graph.node(id)?.kind === 'Cohort' && intProp(graph.node(id)!.props, 'year') !== null,
      ),
  );

  // The window of years.
  const observed = [
    ...context.chainEnterprises.flatMap((id) =>
      ['founded', 'tierYear'].map((p) => intProp(graph.node(id)!.props, p)),
    ),
    ...cohorts.map((id) => intProp(graph.node(id)!.props, 'year')),
    ...periods.map((p) => Number(p.slice(0, 4))),
  ].filter((y): y is number => y !== null);
  const to = query.to ?? (observed.length ? Math.max(...observed) : null);
  const from = query.from ?? (to === null ? null : to - defaultSpan + 1);
  if (from !== null && to !== null && from > to)
    throw new BadRequestError(`from (${from}) is after to (${to})`, [
      { field: 'querystring.from', message: `must not be after to (${to})` },
    ]);
  const years = from !== null && to !== null;

  const occupationSeries = [...byOccupation]
    .filter(([, postings]) => postings.length > 0)
    .map(([id, postings]) => ({
      key: graph.node(id)!.key,
      ...graph.name(id),
      series: periodSeries(context, postings, periods, reduce),
      total: postings.reduce(
        (sum, p) => sum + (numberProp(graph.node(p)!.props, 'headcount') ?? 0),
        0,
      ),
    }))
    .sort((a, b) => b.total - a.total || compareStrings(a.key, b.key))
    .map(({ total: _total, ...rest }) => rest);

  const structural = new Map<string | null, number>();
  for (const segment of context.segments)
    for (const link of graph.out(segment, 'EMPLOYS')) {
      const period = typeof link.props.period === 'string' ? link.props.period : null;
      structural.set(
        period,
        (structural.get(period) ?? 0) + (numberProp(link.props, 'demand') ?? 0),
      );
    }

  const graduateYears = new Map<
    number,
    {
      cohorts: number;
      graduates: number;
      employed: number;
      employedInTarget: number;
      stayedInRegion: number;
    }
  >();
  for (const id of cohorts) {
    const props = graph.node(id)!.props;
    const year = intProp(props, 'year')!;
    if (years && (year < from || year > to)) continue;
    const entry = graduateYears.get(year) ?? {
      cohorts: 0,
      graduates: 0,
      employed: 0,
      employedInTarget: 0,
      stayedInRegion: 0,
    };
    entry.cohorts += 1;
    for (const field of ['graduates', 'employed', 'employedInTarget', 'stayedInRegion'] as const)
      entry[field] += numberProp(props, field) ?? 0;
    graduateYears.set(year, entry);
  }
  const graduateSeries = [...graduateYears]
    .sort(([a], [b]) => a - b)
    .map(([year, numbers], i, all) => ({
      year,
      ...numbers,
      growth: i === 0 ? null : growthRate(numbers.graduates, all[i - 1]![1].graduates),
    }));

  const coverage = periods
    .map((period) => {
      const inPeriod = listContext(graph, {
        chain: query.chain,
        region: query.region,
        demand: 'postings',
        period,
      });
      return {
        period,
        coverage: inPeriod.coverage(),
        totalDemand: inPeriod.talentMap().totalDemand,
      };
    })
    .map((point, i, all) => ({
      ...point,
      growth:
        i === 0 || point.coverage === null
          ? null
          : growthRate(point.coverage, all[i - 1]!.coverage),
    }));

  // Per segment: posted headcount for its occupations in the last two periods.
  const [previous, last] = periods.slice(-2);
  const segmentDemand = new Map(
    context.segments.map((segment) => {
      if (previous === undefined || last === undefined) return [segment, null] as const;
      const postings = [
        ...new Set(graph.out(segment, 'EMPLOYS').flatMap((l) => byOccupation.get(l.id) ?? [])),
      ];
      const series = periodSeries(context, postings, [previous, last], reduce);
      return [segment, { previous: series[0]!.headcount, last: series[1]!.headcount }] as const;
    }),
  );
  const rules = query.rules ?? defaultSegmentClassRules;
  const classInput = { context, to, window, demand: segmentDemand };

  const segments = context.segments.map((id) => {
    const node = graph.node(id)!;
    const metrics = segmentMetrics(classInput, id);
    return {
      key: node.key,
      ...graph.name(id),
      position: String(node.props.position ?? ''),
      order: numberProp(node.props, 'order') ?? null,
      ...classify(rules, metrics),
      metrics,
      series: years ? enterpriseSeries(graph, context.enterprisesBySegment.get(id)!, from, to) : [],
    };
  });

  const highlight = new Set([
    context.chainId,
    ...context.segments,
    ...context.chainEnterprises,
    ...programs,
  ]);
  return {
    chain: { key: query.chain, ...graph.name(context.chainId) },
    region: { key: query.region, ...graph.name(context.regionId) },
    years: { from, to, window },
    enterprises: {
      total: years ? enterpriseSeries(graph, context.chainEnterprises, from, to) : [],
      bySegment: segments.map(({ key, name_zh, name_en, position, order, series }) => ({
        key,
        name_zh,
        ...(name_en !== undefined && { name_en }),
        position,
        order,
        series,
      })),
      undated: context.chainEnterprises.filter(
        (id) => intProp(graph.node(id)!.props, 'founded') === null,
      ).length,
    },
    demand: {
      periods: periodSeries(context, allPostings, periods, reduce),
      byOccupation: occupationSeries,
      structural: [...structural]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareStrings(a, b)))
        .map(([period, demand]) => ({ period, demand })),
      reducedToYears,
    },
    graduates: { programs: programs.map((id) => graph.node(id)!.key), years: graduateSeries },
    coverage,
    segments: segments.map(({ series: _series, ...rest }) => rest),
    rulesFrom: query.rules ? 'request' : 'default',
    rules,
    fields: segmentClassFields,
    highlight: [...highlight].sort(compareStrings),
  };
}
