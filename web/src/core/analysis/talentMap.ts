/**
 * The chain talent map (产业链人才图谱 / 职业能力图谱): segments → occupations with demand d_o →
 * competencies with demand D_c and share δ_c, grouped 知识 / 技能 / 素质. Its address holds the
 * API's parameters (chain, region, demand, period, mappings), how the heat map's columns are cut
 * (`by` segment or occupation), the dimension shown (`dim`) and the picked competency, occupation
 * or segment (`sel`). Pure helpers compute what the views draw from an answer: the heat-map matrix,
 * the columns of the explaining graph and the nodes a pick brings forward.
 */
import { z } from 'zod';
import { choiceParam, compact, nodeIdParam, textParam } from '../router/search.ts';
import type { TalentMapParams } from '../api/analysisPaths.ts';
import { parseNodeId } from '../graph/utils.ts';
import type { CompetencyDemand, TalentMap } from './answers.ts';
import { ratio, type LayerEdge, type LayerNode } from './layered.ts';
import type { AnalysisDefaults } from './options.ts';
import type { Checked } from './request.ts';
import { periodPattern } from './skillGap.ts';

export const dimensions = ['knowledge', 'skill', 'quality'] as const;
export type Dimension = (typeof dimensions)[number];

export const talentMapSearchSchema = z.object({
  chain: textParam,
  region: textParam,
  demand: choiceParam(['structural', 'postings']),
  period: textParam,
  mappings: choiceParam(['follow', 'ignore']),
  by: choiceParam(['segment', 'occupation']),
  dim: choiceParam(dimensions),
  sel: nodeIdParam,
});

export type TalentMapSearch = z.output<typeof talentMapSearchSchema>;

export function talentMapParams(search: TalentMapSearch): Checked<TalentMapParams> {
  if (!search.chain) return { problem: 'chain' };
  const demand = search.demand ?? 'structural';
  const period = demand === 'postings' ? (search.period ?? '').trim() : '';
  if (period && !periodPattern.test(period)) return { problem: 'period' };
  return {
    params: {
      chain: search.chain,
      ...(search.region && { region: search.region }),
      demand,
      ...(period && { period }),
      ...(search.mappings === 'follow' && { mappings: 'follow' as const }),
    },
  };
}

export const talentMapDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (search: TalentMapSearch): TalentMapSearch => {
    if (search.chain || !defaults.chain) return search;
    return compact({
      ...search,
      chain: defaults.chain,
      region: search.region ?? (defaults.region || undefined),
    });
  };

export interface TalentMapQuery {
  chain: string;
  region: string;
  demand: 'structural' | 'postings';
  period: string;
  followMappings: boolean;
}

export function talentMapQuery(search: TalentMapSearch): TalentMapQuery {
  return {
    chain: search.chain ?? '',
    region: search.region ?? '',
    demand: search.demand ?? 'structural',
    period: search.period ?? '',
    followMappings: search.mappings === 'follow',
  };
}

/** A new question: the pick is forgotten (it may not be in the answer); the heat map's cut stays. */
export const talentMapQueryChanged =
  (change: Partial<TalentMapQuery>) =>
  (search: TalentMapSearch): TalentMapSearch => {
    const query = { ...talentMapQuery(search), ...change };
    return compact({
      chain: query.chain || undefined,
      region: query.region || undefined,
      demand: query.demand === 'structural' ? undefined : query.demand,
      period: query.demand === 'postings' ? query.period || undefined : undefined,
      mappings: query.followMappings ? ('follow' as const) : undefined,
      by: search.by,
      dim: search.dim,
    });
  };

/** The heat map's cut and dimension; `by` segment only under structural demand. */
export const talentMapViewChanged =
  (change: { by?: 'segment' | 'occupation'; dim?: Dimension | null }) =>
  (search: TalentMapSearch): TalentMapSearch =>
    compact({
      ...search,
      by: change.by === undefined ? search.by : change.by === 'segment' ? undefined : change.by,
      dim: change.dim === undefined ? search.dim : (change.dim ?? undefined),
    });

/** Columns by segment only make sense for structural demand (postings are not per segment). */
export function heatMapCut(search: TalentMapSearch): 'segment' | 'occupation' {
  return search.by === 'occupation' || search.demand === 'postings' ? 'occupation' : 'segment';
}

// ── The heat map ──────────────────────────────────────────────────────────

export interface HeatMatrix {
  columns: { id: string; key: string; name_zh: string; name_en?: string }[];
  rows: CompetencyDemand[];
  /** [column index, row index, share of the chain's competency demand]. */
  cells: [number, number, number][];
  max: number;
}

/** The competencies a heat map shows: the `perDimension` largest of each dimension (or of one), grouped. */
export function heatRows(
  answer: TalentMap,
  dimension: Dimension | undefined,
  perDimension: number,
): CompetencyDemand[] {
  const wanted = dimension ? [dimension] : [...dimensions];
  const known = new Set<string>(dimensions);
  const others = answer.competencies.filter((c) => !known.has(c.dimension));
  return [
    ...wanted.flatMap((d) =>
      answer.competencies.filter((c) => c.dimension === d).slice(0, perDimension),
    ),
    ...(dimension ? [] : others.slice(0, perDimension)),
  ];
}

/**
 * Each cell is the part of the chain's competency demand that a column brings to a competency:
 * by occupation, d_o·w_oc / ΣD; by segment, Σ over the segment's occupations of d_so·w_oc / ΣD,
 * with d_so the segment's own EMPLOYS demand (structural demand).
 */
export function heatMatrix(
  answer: TalentMap,
  rows: readonly CompetencyDemand[],
  cut: 'segment' | 'occupation',
): HeatMatrix {
  const total = answer.totalDemand;
  const cells: [number, number, number][] = [];
  let max = 0;
  const push = (column: number, row: number, value: number) => {
    if (!(value > 0)) return;
    cells.push([column, row, value]);
    max = Math.max(max, value);
  };
  if (cut === 'occupation') {
    const columns = answer.occupations.filter((o) => o.demand > 0);
    const index = new Map(columns.map((o, i) => [o.key, i]));
    rows.forEach((c, r) => {
      for (const o of c.occupations) {
        const column = index.get(o.key);
        if (column !== undefined && total > 0) push(column, r, o.contribution / total);
      }
    });
    return {
      columns: columns.map((o) => ({
        id: `Occupation:${o.key}`,
        key: o.key,
        name_zh: o.name_zh,
        ...(o.name_en !== undefined && { name_en: o.name_en }),
      })),
      rows: [...rows],
      cells,
      max,
    };
  }
  rows.forEach((c, r) => {
    const weightOf = new Map(c.occupations.map((o) => [o.key, o.weight]));
    answer.segments.forEach((segment, column) => {
      let value = 0;
      for (const o of segment.occupations) value += o.demand * (weightOf.get(o.key) ?? 0);
      if (total > 0) push(column, r, value / total);
    });
  });
  return {
    columns: answer.segments.map((s) => ({
      id: `Segment:${s.key}`,
      key: s.key,
      name_zh: s.name_zh,
      ...(s.name_en !== undefined && { name_en: s.name_en }),
    })),
    rows: [...rows],
    cells,
    max,
  };
}

// ── The explaining graph ───────────────────────────────────────────────────

/** Segments → occupations → competencies, most demand first in each column. */
export function talentMapLayers(
  answer: TalentMap,
  colourOf: (dimension: string) => string,
): { layers: LayerNode[][]; edges: LayerEdge[] } {
  const maxSegment = Math.max(
    0,
    ...answer.segments.map((s) => s.occupations.reduce((a, o) => a + o.demand, 0)),
  );
  const maxOccupation = Math.max(0, ...answer.occupations.map((o) => o.demand));
  const maxShare = Math.max(0, ...answer.competencies.map((c) => c.share));
  const maxEmploys = Math.max(
    0,
    ...answer.segments.flatMap((s) => s.occupations.map((o) => o.demand)),
  );
  const maxContribution = Math.max(
    0,
    ...answer.competencies.flatMap((c) => c.occupations.map((o) => o.contribution)),
  );
  const names = (n: { name_zh: string; name_en?: string }) => ({
    name_zh: n.name_zh,
    ...(n.name_en !== undefined && { name_en: n.name_en }),
  });
  const layers: LayerNode[][] = [
    answer.segments.map((s) => ({
      id: `Segment:${s.key}`,
      ...names(s),
      role: 'segment',
      weight: ratio(
        s.occupations.reduce((a, o) => a + o.demand, 0),
        maxSegment,
      ),
      data: { position: s.position, pinnedLabel: true },
    })),
    answer.occupations.map((o) => ({
      id: `Occupation:${o.key}`,
      ...names(o),
      role: 'occupation',
      weight: ratio(o.demand, maxOccupation),
      data: { demand: o.demand },
    })),
    answer.competencies.map((c) => ({
      id: `Competency:${c.key}`,
      ...names(c),
      role: 'competency',
      weight: ratio(c.share, maxShare),
      colour: colourOf(c.dimension),
      data: { dimension: c.dimension, share: c.share, demand: c.demand },
    })),
  ];
  const edges: LayerEdge[] = [
    ...answer.segments.flatMap((s) =>
      s.occupations.map((o) => ({
        source: `Segment:${s.key}`,
        target: `Occupation:${o.key}`,
        rel: 'EMPLOYS',
        weight: ratio(o.demand, maxEmploys),
      })),
    ),
    ...answer.competencies.flatMap((c) =>
      c.occupations.map((o) => ({
        source: `Occupation:${o.key}`,
        target: `Competency:${c.key}`,
        rel: 'REQUIRES',
        weight: ratio(o.contribution, maxContribution),
      })),
    ),
  ];
  return { layers, edges };
}

/**
 * The nodes a pick brings forward: a competency with the occupations that require it and the
 * segments that employ them; an occupation with its segments and competencies; a segment with its
 * occupations.
 */
export function talentMapFocus(answer: TalentMap, selected: string): Set<string> {
  const focus = new Set<string>();
  const ref = parseNodeId(selected);
  if (!ref) return focus;
  const segmentsOf = (occupation: string) =>
    answer.segments.filter((s) => s.occupations.some((o) => o.key === occupation));
  if (ref.kind === 'Competency') {
    const c = answer.competencies.find((x) => x.key === ref.key);
    if (!c) return focus;
    focus.add(selected);
    for (const o of c.occupations) {
      focus.add(`Occupation:${o.key}`);
      for (const s of segmentsOf(o.key)) focus.add(`Segment:${s.key}`);
    }
  } else if (ref.kind === 'Occupation') {
    if (!answer.occupations.some((o) => o.key === ref.key)) return focus;
    focus.add(selected);
    for (const s of segmentsOf(ref.key)) focus.add(`Segment:${s.key}`);
    for (const c of answer.competencies)
      if (c.occupations.some((o) => o.key === ref.key)) focus.add(`Competency:${c.key}`);
  } else if (ref.kind === 'Segment') {
    const s = answer.segments.find((x) => x.key === ref.key);
    if (!s) return focus;
    focus.add(selected);
    for (const o of s.occupations) focus.add(`Occupation:${o.key}`);
  }
  return focus;
}
