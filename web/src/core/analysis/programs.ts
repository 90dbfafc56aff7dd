/**
 * The program office's two views. **Alignment** (专业群与产业链适配): an institution's programs
 * ranked by skill-gap coverage against the chains they serve; address `institution`, `chain`,
 * `demand`, `region`, `period`, picked program `sel`. **Program adjustment** (专业设置动态调整): per
 * program a recommendation, the rule that fired, the demand trend behind it and the missing
 * competencies as suggested micro-credentials; address `institution`, `region`, `period`,
 * `previousPeriod`, `chain`, picked program `sel`. Pure helpers give the columns of each view's
 * explaining graph and what a pick brings forward.
 */
import { z } from 'zod';
import type { AlignmentParams, ProgramAdjustmentParams } from '../api/analysisPaths.ts';
import { choiceParam, compact, nodeIdParam, textParam } from '../router/search.ts';
import type {
  Alignment,
  ProgramAdjustment,
  ProgramAdjustmentRow,
  Recommendation,
} from './answers.ts';
import { ratio, type LayerEdge, type LayerNode } from './layered.ts';
import type { AnalysisDefaults } from './options.ts';
import type { Checked } from './request.ts';
import { periodPattern } from './skillGap.ts';

const names = (n: { name_zh: string; name_en?: string }) => ({
  name_zh: n.name_zh,
  ...(n.name_en !== undefined && { name_en: n.name_en }),
});

// ── Alignment ───────────────────────────────────────────────────────────

export const alignmentSearchSchema = z.object({
  institution: textParam,
  chain: textParam,
  demand: choiceParam(['structural', 'postings']),
  region: textParam,
  period: textParam,
  sel: nodeIdParam,
});

export type AlignmentSearch = z.output<typeof alignmentSearchSchema>;

export function alignmentParams(search: AlignmentSearch): Checked<AlignmentParams> {
  if (!search.institution) return { problem: 'institution' };
  const demand = search.demand ?? 'structural';
  const period = demand === 'postings' ? (search.period ?? '').trim() : '';
  if (period && !periodPattern.test(period)) return { problem: 'period' };
  return {
    params: {
      institution: search.institution,
      ...(search.chain && { chain: search.chain }),
      demand,
      // Region and period only select postings.
      ...(demand === 'postings' && search.region && { region: search.region }),
      ...(period && { period }),
    },
  };
}

/**
 * Fills a missing institution with the first one listed (the default supplier when it is an
 * institution); the same object when nothing is missing.
 */
export const institutionDefaultApplied =
  (defaults: AnalysisDefaults) =>
  <Search extends { institution?: string | undefined }>(search: Search): Search => {
    const institution = defaults.supplier?.kind === 'Institution' ? defaults.supplier.key : null;
    return search.institution || !institution ? search : compact({ ...search, institution });
  };

export interface AlignmentQuery {
  institution: string;
  chain: string;
  demand: 'structural' | 'postings';
  region: string;
  period: string;
}

export function alignmentQuery(search: AlignmentSearch): AlignmentQuery {
  return {
    institution: search.institution ?? '',
    chain: search.chain ?? '',
    demand: search.demand ?? 'structural',
    region: search.region ?? '',
    period: search.period ?? '',
  };
}

/** Another institution has other programs: the pick is forgotten then, kept otherwise. */
export const alignmentQueryChanged =
  (change: Partial<AlignmentQuery>) =>
  (search: AlignmentSearch): AlignmentSearch => {
    const query = { ...alignmentQuery(search), ...change };
    const postings = query.demand === 'postings';
    return compact({
      institution: query.institution || undefined,
      chain: query.chain || undefined,
      demand: postings ? query.demand : undefined,
      region: postings ? query.region || undefined : undefined,
      period: postings ? query.period || undefined : undefined,
      sel: change.institution && change.institution !== search.institution ? undefined : search.sel,
    });
  };

/** Programs → the chains they serve → each program's largest gaps. */
export function alignmentLayers(answer: Alignment): { layers: LayerNode[][]; edges: LayerEdge[] } {
  const gaps = new Map<
    string,
    { name_zh: string; name_en?: string; gap: number; dimension: string }
  >();
  for (const p of answer.programs)
    for (const c of p.chains)
      for (const g of c.topGaps) {
        const known = gaps.get(g.key);
        if (!known || known.gap < g.gap)
          gaps.set(g.key, { ...names(g), gap: g.gap, dimension: g.dimension });
      }
  const maxGap = Math.max(0, ...[...gaps.values()].map((g) => g.gap));
  const layers: LayerNode[][] = [
    answer.programs.map((p) => ({
      id: `Program:${p.key}`,
      ...names(p),
      role: 'program',
      weight: p.best?.coverage ?? 0,
      data: { coverage: p.best?.coverage ?? null, rank: p.rank, pinnedLabel: true },
    })),
    answer.chains.map((c) => ({
      id: `Chain:${c.key}`,
      ...names(c),
      role: 'chain',
      weight: 1,
      data: { pinnedLabel: true },
    })),
    [...gaps.entries()]
      .sort((a, b) => b[1].gap - a[1].gap)
      .map(([key, g]) => ({
        id: `Competency:${key}`,
        name_zh: g.name_zh,
        ...(g.name_en !== undefined && { name_en: g.name_en }),
        role: 'competency',
        weight: ratio(g.gap, maxGap),
        data: { supply: 0, gap: g.gap, dimension: g.dimension },
      })),
  ];
  const edges: LayerEdge[] = answer.programs.flatMap((p) =>
    p.chains.flatMap((c) => [
      {
        source: `Program:${p.key}`,
        target: `Chain:${c.chain}`,
        rel: 'SERVES',
        weight: c.coverage ?? 0,
      },
      ...c.topGaps.map((g) => ({
        source: `Chain:${c.chain}`,
        target: `Competency:${g.key}`,
        rel: 'REQUIRES',
        weight: ratio(g.gap, maxGap),
      })),
    ]),
  );
  return { layers, edges };
}

export function alignmentFocus(answer: Alignment, selected: string): Set<string> {
  const focus = new Set<string>();
  const program = answer.programs.find((p) => `Program:${p.key}` === selected);
  if (!program) return focus;
  focus.add(selected);
  for (const c of program.chains) {
    focus.add(`Chain:${c.chain}`);
    for (const g of c.topGaps) focus.add(`Competency:${g.key}`);
  }
  return focus;
}

// ── Program adjustment ──────────────────────────────────────────────────

export const adjustmentSearchSchema = z.object({
  institution: textParam,
  region: textParam,
  period: textParam,
  previousPeriod: textParam,
  chain: textParam,
  sel: nodeIdParam,
});

export type AdjustmentSearch = z.output<typeof adjustmentSearchSchema>;

export function adjustmentParams(search: AdjustmentSearch): Checked<ProgramAdjustmentParams> {
  if (!search.institution) return { problem: 'institution' };
  for (const period of [search.period, search.previousPeriod])
    if (period && !periodPattern.test(period.trim())) return { problem: 'period' };
  return {
    params: {
      institution: search.institution,
      ...(search.region && { region: search.region }),
      ...(search.period && { period: search.period.trim() }),
      ...(search.previousPeriod && { previousPeriod: search.previousPeriod.trim() }),
      ...(search.chain && { chain: search.chain }),
    },
  };
}

export interface AdjustmentQuery {
  institution: string;
  region: string;
  period: string;
  previousPeriod: string;
  chain: string;
}

export function adjustmentQuery(search: AdjustmentSearch): AdjustmentQuery {
  return {
    institution: search.institution ?? '',
    region: search.region ?? '',
    period: search.period ?? '',
    previousPeriod: search.previousPeriod ?? '',
    chain: search.chain ?? '',
  };
}

export const adjustmentQueryChanged =
  (change: Partial<AdjustmentQuery>) =>
  (search: AdjustmentSearch): AdjustmentSearch => {
    const query = { ...adjustmentQuery(search), ...change };
    return compact({
      institution: query.institution || undefined,
      region: query.region || undefined,
      period: query.period || undefined,
      previousPeriod: query.previousPeriod || undefined,
      chain: query.chain || undefined,
      sel: change.institution && change.institution !== search.institution ? undefined : search.sel,
    });
  };

/** The row a pick names; else the first listed (the answer lists shrink, reform, expand first). */
export function pickedProgram(
  answer: ProgramAdjustment,
  selected: string | undefined,
): ProgramAdjustmentRow | null {
  return answer.programs.find((p) => `Program:${p.key}` === selected) ?? answer.programs[0] ?? null;
}

/** Recommendation colours: green grows, red shrinks, amber changes, grey keeps (always with words). */
export const recommendationColours: Record<Recommendation, string> = {
  expand: '#15803d',
  maintain: '#64748b',
  reform: '#b45309',
  shrink: '#b91c1c',
};

/** Programs (coloured by recommendation) → the occupations they prepare for → suggested competencies. */
export function adjustmentLayers(answer: ProgramAdjustment): {
  layers: LayerNode[][];
  edges: LayerEdge[];
} {
  const occupations = new Map<string, { name_zh: string; name_en?: string; now: number }>();
  const competencies = new Map<
    string,
    { name_zh: string; name_en?: string; gap: number; dimension: string }
  >();
  for (const p of answer.programs) {
    for (const d of p.demand) {
      const known = occupations.get(d.occupation);
      occupations.set(d.occupation, { ...names(d), now: (known?.now ?? 0) + d.now });
    }
    for (const s of p.suggestedMicroCredentials) {
      const known = competencies.get(s.key);
      if (!known || known.gap < s.gap)
        competencies.set(s.key, { ...names(s), gap: s.gap, dimension: s.dimension });
    }
  }
  const maxNow = Math.max(0, ...[...occupations.values()].map((o) => o.now));
  const maxGap = Math.max(0, ...[...competencies.values()].map((c) => c.gap));
  const maxSupply = Math.max(0, ...answer.programs.map((p) => p.metrics.supply ?? 0));
  const layers: LayerNode[][] = [
    answer.programs.map((p) => ({
      id: `Program:${p.key}`,
      ...names(p),
      role: 'program',
      weight: ratio(p.metrics.supply ?? 0, maxSupply),
      colour: recommendationColours[p.recommendation],
      data: { recommendation: p.recommendation, rule: p.rule.id, pinnedLabel: true },
    })),
    [...occupations.entries()]
      .sort((a, b) => b[1].now - a[1].now)
      .map(([key, o]) => ({
        id: `Occupation:${key}`,
        name_zh: o.name_zh,
        ...(o.name_en !== undefined && { name_en: o.name_en }),
        role: 'occupation',
        weight: ratio(o.now, maxNow),
        data: { demandNow: o.now },
      })),
    [...competencies.entries()]
      .sort((a, b) => b[1].gap - a[1].gap)
      .map(([key, c]) => ({
        id: `Competency:${key}`,
        name_zh: c.name_zh,
        ...(c.name_en !== undefined && { name_en: c.name_en }),
        role: 'competency',
        weight: ratio(c.gap, maxGap),
        data: { supply: 0, gap: c.gap, dimension: c.dimension },
      })),
  ];
  const edges: LayerEdge[] = answer.programs.flatMap((p) => [
    ...p.demand.map((d) => ({
      source: `Program:${p.key}`,
      target: `Occupation:${d.occupation}`,
      rel: 'PREPARES_FOR',
      weight: ratio(d.now, maxNow),
    })),
    ...p.suggestedMicroCredentials.flatMap((s) =>
      s.requiredBy.map((occupation) => ({
        source: `Occupation:${occupation}`,
        target: `Competency:${s.key}`,
        rel: 'REQUIRES',
        weight: ratio(s.gap, maxGap),
      })),
    ),
  ]);
  return { layers, edges };
}

export function adjustmentFocus(answer: ProgramAdjustment, selected: string): Set<string> {
  const focus = new Set<string>();
  const program = answer.programs.find((p) => `Program:${p.key}` === selected);
  if (!program) return focus;
  focus.add(selected);
  for (const d of program.demand) focus.add(`Occupation:${d.occupation}`);
  for (const s of program.suggestedMicroCredentials) focus.add(`Competency:${s.key}`);
  return focus;
}
