/**
 * Skill gap of a chain's demand against what a supplier teaches — an institution, a program or a
 * micro-credential:
 * - supply `S_c = min(1, max_k level(k, c) / max_o L_oc)` over the supplier's teaching items k
 *   (courses, micro-credentials), 0 when none teaches c;
 * - gap `g_c = δ_c · (1 − S_c)`; coverage `= Σ δ_c · S_c`, so `coverage + Σ gap = 1` whenever
 *   there is demand; with no demand, coverage is null and `reason` says why.
 * The supplier's items: a program's INCLUDES courses; a micro-credential itself (its TEACHES) and
 * its INCLUDES courses; an institution's OFFERS programs (their courses), courses and
 * micro-credentials.
 */
import { compareStrings } from '../store/order.ts';
import type { CompetencyGap, SkillGap, Supplier } from '@chanjiao/graph-schema';
import { BadRequestError } from '../errors.ts';
import type { AnalysisGraph } from './graph.ts';
import { mappingView } from './mappings.ts';
import { taughtLevel } from './requirements.ts';
import { requireNode, talentMap, type TalentMapQuery } from './talent-map.ts';

/** The teaching items (courses and micro-credentials) of a supplier, as node ids. */
export function teachingItems(graph: AnalysisGraph, supplierId: string): string[] {
  const items = new Set<string>();
  const addMicro = (id: string) => {
    items.add(id);
    for (const c of graph.out(id, 'INCLUDES')) items.add(c.id);
  };
  const addProgram = (id: string) => {
    for (const c of graph.out(id, 'INCLUDES')) items.add(c.id);
  };
  const kind = graph.node(supplierId)?.kind;
  if (kind === 'Program') addProgram(supplierId);
  else if (kind === 'MicroCredential') addMicro(supplierId);
  else if (kind === 'Institution')
    for (const link of graph.out(supplierId, 'OFFERS')) {
      const offered = graph.node(link.id)?.kind;
      if (offered === 'Program') addProgram(link.id);
      else if (offered === 'MicroCredential') addMicro(link.id);
      else if (offered === 'Course') items.add(link.id);
    }
  return [...items].sort(compareStrings);
}

export type { CompetencyGap, SkillGap, Supplier };

export function skillGap(
  graph: AnalysisGraph,
  query: TalentMapQuery & { supplier: Supplier },
): SkillGap {
  const parameter = {
    Institution: 'institution',
    Program: 'program',
    MicroCredential: 'microCredential',
  }[query.supplier.kind];
  if (!parameter)
    throw new BadRequestError('supplier must be an institution, a program or a micro-credential');
  const map = talentMap(graph, query);
  const supplierId = requireNode(graph, query.supplier, parameter);
  const items = teachingItems(graph, supplierId);

  // Best taught level per competency, with the items behind it.
  const view = mappingView(graph, query.mappings);
  const taught = new Map<string, { kind: string; key: string; level: number }[]>();
  for (const item of items) {
    const node = graph.node(item)!;
    for (const link of graph.out(item, 'TEACHES')) {
      const id = view.canonical(link.id);
      const list = taught.get(id) ?? [];
      const level = taughtLevel(link.props);
      const same = list.find((k) => k.kind === node.kind && k.key === node.key);
      if (same) same.level = Math.max(same.level, level);
      else list.push({ kind: node.kind, key: node.key, level });
      taught.set(id, list);
    }
  }

  const competencies: CompetencyGap[] = map.competencies.map((c) => {
    const courses = (taught.get(`Competency:${c.key}`) ?? []).sort(
      (a, b) => b.level - a.level || compareStrings(a.key, b.key),
    );
    const best = courses[0]?.level ?? 0;
    const supply = c.requiredLevel > 0 ? Math.min(1, best / c.requiredLevel) : best > 0 ? 1 : 0;
    return {
      key: c.key,
      name_zh: c.name_zh,
      ...(c.name_en !== undefined && { name_en: c.name_en }),
      dimension: c.dimension,
      demand: c.demand,
      share: c.share,
      requiredLevel: c.requiredLevel,
      taughtLevel: best,
      supply,
      gap: c.share * (1 - supply),
      courses,
      occupations: c.occupations
        .filter((o) => o.contribution > 0)
        .map((o) => ({ key: o.key, contribution: o.contribution })),
    };
  });
  competencies.sort((a, b) => b.gap - a.gap || b.demand - a.demand || compareStrings(a.key, b.key));
  const hasDemand = map.totalDemand > 0;
  const coverage = hasDemand ? competencies.reduce((sum, c) => sum + c.share * c.supply, 0) : null;

  const highlight = new Set<string>([
    `Chain:${query.chain}`,
    `${query.supplier.kind}:${query.supplier.key}`,
  ]);
  for (const s of map.segments) highlight.add(`Segment:${s.key}`);
  for (const o of map.occupations) if (o.demand > 0) highlight.add(`Occupation:${o.key}`);
  for (const c of competencies) {
    highlight.add(`Competency:${c.key}`);
    for (const k of c.courses) highlight.add(`${k.kind}:${k.key}`);
  }

  return {
    chain: query.chain,
    region: query.region ?? null,
    supplier: query.supplier,
    demandMode: map.demandMode,
    period: map.period,
    coverage,
    ...(!hasDemand && {
      reason:
        map.demandMode === 'postings'
          ? 'no posting for the chain’s occupations matches the region and period'
          : 'the chain’s segments have no EMPLOYS demand on occupations that require competencies',
    }),
    totalDemand: map.totalDemand,
    competencies,
    highlight: [...highlight].sort(compareStrings),
  };
}
