/**
 * Program adjustment (专业设置动态调整反馈模型): for every program an institution OFFERS, the numbers
 * of supply, demand, outcomes and coverage, and a recommendation — expand / maintain / reform /
 * shrink — from an ordered list of rules that is data (`defaultAdjustmentRules`, overridable per
 * request). Each answer names the rule that fired, its condition and the values it saw.
 *
 * Definitions (the fields rules can test):
 * - `supply`: graduates of the program's latest cohort (COHORT_OF), the latest year not after the
 *   year of `period` (any year when there is no period); null without a cohort.
 * - `demandNow` / `demandBefore`: Σ headcount of the distinct postings FOR an occupation the
 *   program PREPARES_FOR, LOCATED_IN the region or below (directly or through a park), whose period
 *   equals or lies within `period` / `previousPeriod` (2025 takes 2025-H1). `demandBefore` is null
 *   when there is no previous period.
 * - Defaults: `region` is the institution's city (its LOCATED_IN region, or its park's, up PART_OF
 *   to the first region of level `city`; the region itself when none is). `period` is the latest
 *   distinct posting period found in the region and `previousPeriod` the latest one before it that
 *   does not overlap it (string order); when the region's postings mix granularities (2025 and
 *   2025-H1), periods are reduced to their years first.
 * - `trend = (demandNow − demandBefore) / demandBefore`; null when demandBefore is 0 or null.
 * - `employmentRate = employed / graduates`, `relevanceRate = employedInTarget / employed`,
 *   `retentionRate = stayedInRegion / graduates`, all of the latest cohort; null when the divisor is
 *   0 or a count is missing; capped at 1 (with a warning) when the data say more. Without
 *   `employedInTarget`, the target count is Σ OUTCOME.count to occupations the program PREPARES_FOR.
 * - `coverage`: skill-gap coverage `Σ δ_c · S_c` of the program's courses against the structural
 *   demand of a chain (exactly skillGap with the program as supplier, demand=structural), for the
 *   chains the program or its program groups SERVE (or the `chain` given); the highest over them.
 *   A single program covers only the part of a chain it targets, so this is small in absolute terms
 *   (0.11–0.51 in the demo) and the default rules do not threshold it.
 * - `targetCoverage`: the same with the chain's demand restricted to the occupations the program
 *   PREPARES_FOR — how much of what its own target jobs require (by `d_o · w_oc`) its courses teach;
 *   null when the chain has no demand for them. The highest over the chains.
 * - `structuralDemand`: Σ EMPLOYS.demand on the program's target occupations over the segments of
 *   its chains (new hires a year, from the chain model); null with no chain.
 * - `graduatesPerPosting = supply / demandNow`; null when demandNow is 0.
 *
 * Rules: `{id, recommendation, when: [{field, op, value}], note?}` in order; a rule fires when every
 * condition holds (an empty `when` always holds); a condition on a null field does not hold. The
 * first rule that fires decides; when none does, the fallback is `maintain` (rule id `default`).
 * The rule language and the default rules are in adjustment-rules.ts.
 *
 * Suggested micro-credentials: the competencies with the largest chain gaps `g_c = δ_c · (1 − S_c)`
 * (the same skill gap as `coverage`; across several chains, the largest gap of each competency)
 * among those required by the program's occupations — the ones it PREPARES_FOR and the ones its
 * latest cohort went to (OUTCOME) — five at most, each with the existing micro-credentials that
 * teach it (and who offers them). With no such occupation, every chain competency counts. Quality
 * (素质) competencies are left out: they are cultivated across a program, not certified by a
 * micro-credential.
 */
import type {
  ProgramAdjustment,
  ProgramAdjustmentRow,
  SuggestedMicroCredential,
} from '@chanjiao/graph-schema';
import {
  adjustmentFields,
  decide,
  defaultAdjustmentRules,
  fallbackRecommendation,
  type AdjustmentRule,
  type Metrics,
  type Recommendation,
} from './adjustment-rules.ts';
import {
  type AnalysisGraph,
  type AnalysisNode,
  isLocatedIn,
  numberProp,
  regionAndBelow,
} from './graph.ts';
import { offeredPrograms, programGroupsOf, servedChains } from './alignment.ts';
import { taughtLevel } from './requirements.ts';
import { teachingItems } from './skill-gap.ts';
import { periodMatches, requireNode, talentMap, type TalentMap } from './talent-map.ts';
import { compareStrings } from '../store/order.ts';

export * from './adjustment-rules.ts';
export type { ProgramAdjustment, ProgramAdjustmentRow, SuggestedMicroCredential };

export interface ProgramAdjustmentQuery {
  institution: string;
  region?: string;
  period?: string;
  previousPeriod?: string;
  chain?: string;
  rules?: AdjustmentRule[];
}

export const suggestionCount = 5;
const order: Record<Recommendation, number> = { shrink: 0, reform: 1, expand: 2, maintain: 3 };

/** The institution's city: its LOCATED_IN region (or its park's), up PART_OF to level `city`. */
export function institutionRegion(graph: AnalysisGraph, institutionId: string): string | undefined {
  const places = graph
    .out(institutionId, 'LOCATED_IN')
    .map((l) => l.id)
    .sort(compareStrings);
  let regionId: string | undefined;
  for (const place of places) {
    const node = graph.node(place);
    if (node?.kind === 'Region') regionId ??= place;
    else if (node?.kind === 'Park')
      regionId ??= graph
        .out(place, 'LOCATED_IN')
        .map((l) => l.id)
        .filter((id) => graph.node(id)?.kind === 'Region')
        .sort(compareStrings)[0];
  }
  if (!regionId) return undefined;
  const seen = new Set<string>();
  for (let current: string | undefined = regionId; current && !seen.has(current);) {
    seen.add(current);
    if (graph.node(current)?.props.level === 'city') return graph.node(current)!.key;
    current = graph
      .out(current, 'PART_OF')
      .map((l) => l.id)
      .filter((id) => graph.node(id)?.kind === 'Region')
      .sort(compareStrings)[0];
  }
  return graph.node(regionId)!.key;
}

const overlaps = (a: string, b: string) =>
  a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

const granularity = (period: string) =>
  period.length === 4
    ? 'year'
    : period[5] === 'H'
      ? 'half'
      : period[5] === 'Q'
        ? 'quarter'
        : 'month';

/** The latest period before `period` (by string order) that does not overlap it. */
function previousOf(periods: string[], period: string): string | undefined {
  return periods.filter((p) => p < period && !overlaps(p, period)).pop();
}

function rate(
  numerator: number | null,
  denominator: number | null,
  what: string,
  warnings: string[],
): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  const value = numerator / denominator;
  if (value > 1) {
    warnings.push(`${what}: ${numerator} exceeds ${denominator}; rate capped at 1`);
    return 1;
  }
  return Math.max(0, value);
}

function latestCohort(
  graph: AnalysisGraph,
  programId: string,
  maxYear: number | undefined,
): AnalysisNode | undefined {
  const cohorts = graph
    .in(programId, 'COHORT_OF')
    .map((l) => graph.node(l.id))
    .filter((c): c is AnalysisNode => c?.kind === 'Cohort')
    .filter((c) => {
      const year = numberProp(c.props, 'year');
      return year !== undefined && (maxYear === undefined || year <= maxYear);
    })
    .sort(
      (a, b) =>
        numberProp(b.props, 'year')! - numberProp(a.props, 'year')! || compareStrings(a.key, b.key),
    );
  return cohorts[0];
}

interface ChainDemand {
  chainKey: string;
  map: TalentMap;
  /** occupation key → d_o */
  demandOf: Map<string, number>;
}

/** Best taught level per competency key among a program's teaching items. */
function taughtLevels(graph: AnalysisGraph, programId: string): Map<string, number> {
  const taught = new Map<string, number>();
  for (const item of teachingItems(graph, programId))
    for (const link of graph.out(item, 'TEACHES')) {
      const competency = graph.node(link.id);
      if (competency?.kind !== 'Competency') continue;
      taught.set(
        competency.key,
        Math.max(taught.get(competency.key) ?? 0, taughtLevel(link.props)),
      );
    }
  return taught;
}

const supplyOf = (best: number, required: number) =>
  required > 0 ? Math.min(1, best / required) : best > 0 ? 1 : 0;

/**
 * Coverage of a program against a chain's talent map; with `targets`, demand restricted to those
 * occupations (D_c = Σ_{o∈targets} d_o·w_oc, L_c = max over them with d_o > 0). Null without demand.
 */
function coverageOf(
  chain: ChainDemand,
  taught: Map<string, number>,
  targets?: Set<string>,
): { coverage: number | null; gaps: Omit<SuggestedMicroCredential, 'requiredBy' | 'existing'>[] } {
  const rows = chain.map.competencies.map((c) => {
    let demand = c.demand;
    let required = c.requiredLevel;
    if (targets) {
      demand = 0;
      required = 0;
      for (const o of c.occupations)
        if (targets.has(o.key)) {
          demand += o.contribution;
          if ((chain.demandOf.get(o.key) ?? 0) > 0) required = Math.max(required, o.level);
        }
    }
    const best = taught.get(c.key) ?? 0;
    return { c, demand, required, best, supply: supplyOf(best, required) };
  });
  const total = rows.reduce((sum, r) => sum + r.demand, 0);
  if (!(total > 0)) return { coverage: null, gaps: [] };
  let coverage = 0;
  const gaps = [];
  for (const r of rows) {
    if (r.demand <= 0) continue;
    const share = r.demand / total;
    coverage += share * r.supply;
    gaps.push({
      key: r.c.key,
      name_zh: r.c.name_zh,
      ...(r.c.name_en !== undefined && { name_en: r.c.name_en }),
      dimension: r.c.dimension,
      chain: chain.chainKey,
      share,
      requiredLevel: r.required,
      taughtLevel: r.best,
      supply: r.supply,
      gap: share * (1 - r.supply),
    });
  }
  return { coverage: Math.min(1, coverage), gaps };
}

const maxOrNull = (values: (number | null)[]) => {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length ? Math.max(...numbers) : null;
};

export function programAdjustment(
  graph: AnalysisGraph,
  query: ProgramAdjustmentQuery,
): ProgramAdjustment {
  const institutionId = requireNode(
    graph,
    { kind: 'Institution', key: query.institution },
    'institution',
  );
  if (query.region !== undefined)
    requireNode(graph, { kind: 'Region', key: query.region }, 'region');
  const chainParam =
    query.chain === undefined
      ? undefined
      : requireNode(graph, { kind: 'Chain', key: query.chain }, 'chain');
  const rules = query.rules ?? defaultAdjustmentRules;

  const regionKey = query.region ?? institutionRegion(graph, institutionId);
  const regionFrom =
    query.region !== undefined ? 'parameter' : regionKey !== undefined ? 'institution' : 'none';
  const regions =
    regionKey !== undefined ? regionAndBelow(graph, `Region:${regionKey}`) : undefined;
  const inRegion = (postingId: string) => !regions || isLocatedIn(graph, postingId, regions);

  const periodsFound = [
    ...new Set(
      graph
        .nodesOf('Posting')
        .filter((p) => typeof p.props.period === 'string' && inRegion(p.id))
        .map((p) => p.props.period as string),
    ),
  ].sort(compareStrings);
  const candidates =
    new Set(periodsFound.map(granularity)).size > 1
      ? [...new Set(periodsFound.map((p) => p.slice(0, 4)))].sort(compareStrings)
      : periodsFound;
  const period = query.period ?? candidates[candidates.length - 1];
  const previousPeriod =
    query.previousPeriod ?? (period !== undefined ? previousOf(candidates, period) : undefined);
  const periodYear = period !== undefined ? Number(period.slice(0, 4)) : undefined;

  // Talent maps of the chains, once each (structural demand).
  const chainCache = new Map<string, ChainDemand>();
  const chainDemand = (chainId: string): ChainDemand => {
    let entry = chainCache.get(chainId);
    if (!entry) {
      const chainKey = graph.node(chainId)!.key;
      const map = talentMap(graph, { chain: chainKey, demand: 'structural' });
      entry = { chainKey, map, demandOf: new Map(map.occupations.map((o) => [o.key, o.demand])) };
      chainCache.set(chainId, entry);
    }
    return entry;
  };

  const microCredentialsTeaching = (competencyKey: string) =>
    graph
      .in(`Competency:${competencyKey}`, 'TEACHES')
      .filter((l) => graph.node(l.id)?.kind === 'MicroCredential')
      .map((l) => ({
        key: graph.node(l.id)!.key,
        ...graph.name(l.id),
        level: taughtLevel(l.props),
        offeredBy: graph
          .in(l.id, 'OFFERS')
          .filter((o) => graph.node(o.id)?.kind === 'Institution')
          .map((o) => graph.node(o.id)!.key)
          .sort(compareStrings),
      }))
      .sort((a, b) => b.level - a.level || compareStrings(a.key, b.key));

  const programs: ProgramAdjustmentRow[] = offeredPrograms(graph, institutionId).map(
    (programId) => {
      const program = graph.node(programId)!;
      const warnings: string[] = [];
      const targetIds = [
        ...new Set(
          graph
            .out(programId, 'PREPARES_FOR')
            .map((l) => l.id)
            .filter((id) => graph.node(id)?.kind === 'Occupation'),
        ),
      ].sort(compareStrings);
      const targetKeys = new Set(targetIds.map((id) => graph.node(id)!.key));
      if (targetIds.length === 0)
        warnings.push('the program PREPARES_FOR no occupation: no posting demand to count');

      // Supply and outcomes from the latest cohort.
      const cohortNode = latestCohort(graph, programId, periodYear);
      let cohort: ProgramAdjustmentRow['cohort'] = null;
      if (cohortNode) {
        const p = cohortNode.props;
        const outcomes = graph
          .out(cohortNode.id, 'OUTCOME')
          .filter((l) => graph.node(l.id)?.kind === 'Occupation')
          .map((l) => {
            const occupation = graph.node(l.id)!.key;
            return {
              occupation,
              count: numberProp(l.props, 'count') ?? 0,
              target: targetKeys.has(occupation),
            };
          })
          .sort((a, b) => b.count - a.count || compareStrings(a.occupation, b.occupation));
        const stated = numberProp(p, 'employedInTarget');
        const fromOutcomes = outcomes.length
          ? outcomes.filter((o) => o.target).reduce((s, o) => s + o.count, 0)
          : null;
        const employedInTarget = stated ?? fromOutcomes;
        cohort = {
          key: cohortNode.key,
          year: numberProp(p, 'year')!,
          graduates: numberProp(p, 'graduates') ?? null,
          employed: numberProp(p, 'employed') ?? null,
          employedInTarget,
          stayedInRegion: numberProp(p, 'stayedInRegion') ?? null,
          targetFrom:
            stated !== undefined ? 'employedInTarget' : fromOutcomes !== null ? 'outcomes' : null,
          outcomes,
        };
      } else warnings.push('no cohort (COHORT_OF) with a year: supply and rates are null');

      // Posting demand, this period and the previous one.
      const countPostings = (wanted: string | undefined) => {
        const perOccupation = new Map<string, { headcount: number; postings: string[] }>();
        const all = new Map<string, number>();
        for (const occupationId of targetIds) {
          const entry = { headcount: 0, postings: [] as string[] };
          if (wanted !== undefined)
            for (const link of graph.in(occupationId, 'FOR')) {
              const posting = graph.node(link.id);
              if (posting?.kind !== 'Posting' || !periodMatches(posting.props.period, wanted))
                continue;
              if (!inRegion(link.id)) continue;
              const headcount = numberProp(posting.props, 'headcount') ?? 0;
              entry.headcount += headcount;
              entry.postings.push(posting.key);
              all.set(link.id, headcount);
            }
          entry.postings.sort(compareStrings);
          perOccupation.set(occupationId, entry);
        }
        return { perOccupation, total: [...all.values()].reduce((s, h) => s + h, 0) };
      };
      const now = countPostings(period);
      const before = countPostings(previousPeriod);

      // Coverage against the chains.
      const chainIds = chainParam ? [chainParam] : servedChains(graph, programId);
      if (chainIds.length === 0)
        warnings.push('the program and its program groups serve no chain: coverage is null');
      const taught = taughtLevels(graph, programId);
      const perChain = chainIds.map((id) => {
        const chain = chainDemand(id);
        const whole = coverageOf(chain, taught);
        const target = coverageOf(chain, taught, targetKeys);
        return { chain, whole, target };
      });
      const structuralFor = (occupationKey: string) =>
        perChain.length === 0
          ? null
          : perChain.reduce((s, x) => s + (x.chain.demandOf.get(occupationKey) ?? 0), 0);

      const demand = targetIds.map((occupationId) => {
        const key = graph.node(occupationId)!.key;
        return {
          occupation: key,
          ...graph.name(occupationId),
          now: now.perOccupation.get(occupationId)!.headcount,
          before:
            previousPeriod !== undefined ? before.perOccupation.get(occupationId)!.headcount : null,
          structural: structuralFor(key),
          postingsNow: now.perOccupation.get(occupationId)!.postings,
          postingsBefore: before.perOccupation.get(occupationId)!.postings,
        };
      });

      const supply = cohort?.graduates ?? null;
      const demandNow = now.total;
      const demandBefore = previousPeriod !== undefined ? before.total : null;
      const metrics: Metrics = {
        supply,
        demandNow,
        demandBefore,
        trend:
          demandBefore !== null && demandBefore > 0
            ? (demandNow - demandBefore) / demandBefore
            : null,
        employmentRate: rate(
          cohort?.employed ?? null,
          cohort?.graduates ?? null,
          'employed / graduates',
          warnings,
        ),
        relevanceRate: rate(
          cohort?.employedInTarget ?? null,
          cohort?.employed ?? null,
          'employedInTarget / employed',
          warnings,
        ),
        retentionRate: rate(
          cohort?.stayedInRegion ?? null,
          cohort?.graduates ?? null,
          'stayedInRegion / graduates',
          warnings,
        ),
        coverage: maxOrNull(perChain.map((x) => x.whole.coverage)),
        targetCoverage: maxOrNull(perChain.map((x) => x.target.coverage)),
        structuralDemand:
          perChain.length === 0
            ? null
            : [...targetKeys].reduce((s, key) => s + (structuralFor(key) ?? 0), 0),
        graduatesPerPosting: supply !== null && demandNow > 0 ? supply / demandNow : null,
      };
      const decision = decide(metrics, rules);

      // Suggested micro-credentials: largest chain gaps among the program's occupations.
      const ownOccupations = new Set([
        ...targetKeys,
        ...(cohort?.outcomes.filter((o) => o.count > 0).map((o) => o.occupation) ?? []),
      ]);
      const requiredBy = new Map<string, Set<string>>();
      for (const { chain } of perChain)
        for (const c of chain.map.competencies)
          for (const o of c.occupations)
            if (o.contribution > 0 && ownOccupations.has(o.key)) {
              const set = requiredBy.get(c.key) ?? new Set<string>();
              set.add(o.key);
              requiredBy.set(c.key, set);
            }
      const largest = new Map<string, (typeof perChain)[number]['whole']['gaps'][number]>();
      for (const { whole } of perChain)
        for (const g of whole.gaps) {
          if (g.gap <= 0 || g.dimension === 'quality') continue;
          if (ownOccupations.size > 0 && !requiredBy.has(g.key)) continue;
          const seen = largest.get(g.key);
          if (!seen || g.gap > seen.gap || (g.gap === seen.gap && g.chain < seen.chain))
            largest.set(g.key, g);
        }
      const suggestedMicroCredentials = [...largest.values()]
        .sort((a, b) => b.gap - a.gap || compareStrings(a.key, b.key))
        .slice(0, suggestionCount)
        .map((g) => ({
          ...g,
          requiredBy: [...(requiredBy.get(g.key) ?? [])].sort(compareStrings),
          existing: microCredentialsTeaching(g.key),
        }));

      return {
        key: program.key,
        ...graph.name(programId),
        level: typeof program.props.level === 'string' ? program.props.level : null,
        programGroups: programGroupsOf(graph, programId).map((id) => graph.node(id)!.key),
        recommendation: decision.recommendation,
        rule: decision.rule,
        notFired: decision.notFired,
        metrics,
        cohort,
        demand,
        chains: perChain.map((x) => ({
          chain: x.chain.chainKey,
          coverage: x.whole.coverage,
          targetCoverage: x.target.coverage,
        })),
        suggestedMicroCredentials,
        warnings,
      };
    },
  );
  programs.sort(
    (a, b) => order[a.recommendation] - order[b.recommendation] || compareStrings(a.key, b.key),
  );

  const summary: Record<Recommendation, string[]> = {
    expand: [],
    maintain: [],
    reform: [],
    shrink: [],
  };
  for (const p of programs) summary[p.recommendation].push(p.key);

  const highlight = new Set<string>([institutionId]);
  for (const p of programs) {
    highlight.add(`Program:${p.key}`);
    for (const d of p.demand) highlight.add(`Occupation:${d.occupation}`);
    for (const c of p.chains) highlight.add(`Chain:${c.chain}`);
    for (const s of p.suggestedMicroCredentials) highlight.add(`Competency:${s.key}`);
  }
  const institution = graph.node(institutionId)!;
  return {
    institution: { key: institution.key, ...graph.name(institutionId) },
    region: regionKey ?? null,
    regionFrom,
    period: period ?? null,
    previousPeriod: previousPeriod ?? null,
    periodsFound,
    chain: query.chain ?? null,
    rulesFrom: query.rules ? 'request' : 'default',
    rules,
    fallback: fallbackRecommendation,
    fields: adjustmentFields,
    programs,
    summary,
    highlight: [...highlight].sort(compareStrings),
  };
}
