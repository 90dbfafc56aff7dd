/**
 * Program–chain alignment (专业群与产业链适配): every program an institution OFFERS, ranked by its
 * skill-gap coverage (`coverage = Σ δ_c · S_c`, see skill-gap.ts) against each chain it serves, with
 * the five largest gaps of each.
 *
 * - The chains of a program: those it SERVES itself and those SERVED by the program groups it is
 *   PART_OF; with `chain` given, that chain alone for every program.
 * - Demand is the chain's talent map (structural EMPLOYS demand by default; `demand=postings` with
 *   `region` and `period` counts postings instead), exactly as `skillGap` with the program as the
 *   supplier.
 * - A program's `best` is its highest coverage over its chains. Programs are ranked by `best`
 *   (descending, then key); coverage null (no demand, or no chain served) comes last, unranked.
 *   Each chain's own ranking follows the same order.
 * - `topGaps`: the five competencies with the largest gap `g_c = δ_c · (1 − S_c)` (> 0 only).
 */
import { compareStrings } from '../store/order.ts';
import type {
  Alignment,
  ChainAlignment,
  GapSummary,
  NodeKind,
  ProgramAlignment,
} from '@chanjiao/graph-schema';
import type { AnalysisGraph } from './graph.ts';
import { skillGap } from './skill-gap.ts';
import { requireNode, type DemandMode } from './talent-map.ts';

export const topGapCount = 5;

export type { Alignment, ChainAlignment, GapSummary, ProgramAlignment };

export interface AlignmentQuery {
  institution: string;
  chain?: string;
  region?: string;
  demand?: DemandMode;
  period?: string;
}

/** A comparator: coverage descending, null last, then key ascending. */
export const byCoverage =
  <T>(coverage: (x: T) => number | null, key: (x: T) => string) =>
  (a: T, b: T): number => {
    const ca = coverage(a);
    const cb = coverage(b);
    if (ca === null && cb !== null) return 1;
    if (cb === null && ca !== null) return -1;
    if (ca !== null && cb !== null && ca !== cb) return cb - ca;
    return compareStrings(key(a), key(b));
  };

const nodesOfKind = (graph: AnalysisGraph, ids: string[], kind: NodeKind) =>
  [...new Set(ids)].filter((id) => graph.node(id)?.kind === kind).sort(compareStrings);

/** The programs (node ids) an institution OFFERS, sorted. */
export function offeredPrograms(graph: AnalysisGraph, institutionId: string): string[] {
  return nodesOfKind(
    graph,
    graph.out(institutionId, 'OFFERS').map((l) => l.id),
    'Program',
  );
}

/** The program groups (node ids) a program is PART_OF, sorted. */
export function programGroupsOf(graph: AnalysisGraph, programId: string): string[] {
  return nodesOfKind(
    graph,
    graph.out(programId, 'PART_OF').map((l) => l.id),
    'ProgramGroup',
  );
}

/** The chains (node ids) a program SERVES itself or through its program groups, sorted. */
export function servedChains(graph: AnalysisGraph, programId: string): string[] {
  const sources = [programId, ...programGroupsOf(graph, programId)];
  return nodesOfKind(
    graph,
    sources.flatMap((id) => graph.out(id, 'SERVES').map((l) => l.id)),
    'Chain',
  );
}

export function alignment(graph: AnalysisGraph, query: AlignmentQuery): Alignment {
  const institutionId = requireNode(
    graph,
    { kind: 'Institution', key: query.institution },
    'institution',
  );
  const chainId =
    query.chain === undefined
      ? undefined
      : requireNode(graph, { kind: 'Chain', key: query.chain }, 'chain');
  if (query.region !== undefined)
    requireNode(graph, { kind: 'Region', key: query.region }, 'region');
  const demandMode = query.demand ?? 'structural';

  const programs: ProgramAlignment[] = offeredPrograms(graph, institutionId).map((programId) => {
    const program = graph.node(programId)!;
    const chainIds = chainId ? [chainId] : servedChains(graph, programId);
    const chains: ChainAlignment[] = chainIds.map((id) => {
      const chainKey = graph.node(id)!.key;
      const gap = skillGap(graph, {
        chain: chainKey,
        ...(query.region !== undefined && { region: query.region }),
        demand: demandMode,
        ...(query.period !== undefined && { period: query.period }),
        supplier: { kind: 'Program', key: program.key },
      });
      return {
        chain: chainKey,
        coverage: gap.coverage,
        ...(gap.reason !== undefined && { reason: gap.reason }),
        totalDemand: gap.totalDemand,
        topGaps: gap.competencies
          .filter((c) => c.gap > 0)
          .slice(0, topGapCount)
          .map((c) => ({
            key: c.key,
            name_zh: c.name_zh,
            ...(c.name_en !== undefined && { name_en: c.name_en }),
            dimension: c.dimension,
            share: c.share,
            requiredLevel: c.requiredLevel,
            taughtLevel: c.taughtLevel,
            supply: c.supply,
            gap: c.gap,
          })),
      };
    });
    chains.sort(
      byCoverage(
        (c) => c.coverage,
        (c) => c.chain,
      ),
    );
    const top = chains[0];
    const best = top && top.coverage !== null ? { chain: top.chain, coverage: top.coverage } : null;
    return {
      rank: null,
      key: program.key,
      ...graph.name(programId),
      programGroups: programGroupsOf(graph, programId).map((id) => graph.node(id)!.key),
      best,
      ...(best === null && {
        reason:
          chains.length === 0
            ? 'the program and its program groups serve no chain'
            : 'no chain it serves has demand to cover',
      }),
      chains,
    };
  });
  programs.sort(
    byCoverage(
      (p) => p.best?.coverage ?? null,
      (p) => p.key,
    ),
  );
  programs.forEach((p, i) => {
    if (p.best !== null) p.rank = i + 1;
  });

  const perChain = new Map<
    string,
    { rank: number | null; key: string; coverage: number | null }[]
  >();
  for (const p of programs)
    for (const c of p.chains) {
      const list = perChain.get(c.chain) ?? [];
      list.push({ rank: null, key: p.key, coverage: c.coverage });
      perChain.set(c.chain, list);
    }
  const chains = [...perChain.keys()].sort(compareStrings).map((key) => {
    const list = perChain.get(key)!.sort(
      byCoverage(
        (x) => x.coverage,
        (x) => x.key,
      ),
    );
    list.forEach((x, i) => {
      if (x.coverage !== null) x.rank = i + 1;
    });
    return { key, ...graph.name(`Chain:${key}`), programs: list };
  });

  const highlight = new Set<string>([institutionId]);
  for (const p of programs) {
    highlight.add(`Program:${p.key}`);
    for (const c of p.chains) {
      highlight.add(`Chain:${c.chain}`);
      for (const g of c.topGaps) highlight.add(`Competency:${g.key}`);
    }
  }
  const institution = graph.node(institutionId)!;
  return {
    institution: { key: institution.key, ...graph.name(institutionId) },
    chain: query.chain ?? null,
    region: query.region ?? null,
    demandMode,
    period: query.period ?? null,
    programs,
    chains,
    highlight: [...highlight].sort(compareStrings),
  };
}
