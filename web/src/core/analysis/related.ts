/**
 * Relatedness: occupations near an occupation by the weighted Jaccard of their competency weights
 * (career transitions: what is shared, what the move would have to learn), and segments near a
 * segment by the mix of competencies their occupations need. The address names the subject by the
 * API's parameter (`occupation=` or `segment=`), with `limit` and the picked related node `sel`.
 */
import { z } from 'zod';
import type { RelatedOccupationsParams, RelatedSegmentsParams } from '../api/analysisPaths.ts';
import { compact, nodeIdParam, textParam } from '../router/search.ts';
import type { RelatedOccupations, RelatedSegments } from './answers.ts';
import { optionsOfKind, type KindOptions } from './kindOptions.ts';
import { ratio, type LayerEdge, type LayerNode } from './layered.ts';
import type { Checked } from './request.ts';

export const relatedSearchSchema = z.object({
  occupation: textParam,
  segment: textParam,
  limit: textParam,
  sel: nodeIdParam,
});

export type RelatedSearch = z.output<typeof relatedSearchSchema>;
export type RelatedKind = 'occupation' | 'segment';

export function relatedKind(search: RelatedSearch): RelatedKind {
  return !search.occupation && search.segment ? 'segment' : 'occupation';
}

export type RelatedParams =
  | ({ kind: 'occupation' } & RelatedOccupationsParams)
  | ({ kind: 'segment' } & RelatedSegmentsParams);

export type RelatedAnswer =
  { kind: 'occupation'; result: RelatedOccupations } | { kind: 'segment'; result: RelatedSegments };

export function relatedParams(search: RelatedSearch): Checked<RelatedParams> {
  const limitValue = search.limit === undefined ? undefined : Number(search.limit);
  const limit =
    limitValue !== undefined && Number.isInteger(limitValue) && limitValue >= 1 && limitValue <= 500
      ? limitValue
      : undefined;
  if (relatedKind(search) === 'segment')
    return search.segment
      ? { params: { kind: 'segment', segment: search.segment, ...(limit && { limit }) } }
      : { problem: 'segment' };
  return search.occupation
    ? { params: { kind: 'occupation', occupation: search.occupation, ...(limit && { limit }) } }
    : { problem: 'occupation' };
}

/** A bare address asks about the first occupation listed. */
export const relatedDefaultsApplied =
  (options: KindOptions) =>
  (search: RelatedSearch): RelatedSearch => {
    if (search.occupation || search.segment) return search;
    const first = optionsOfKind(options, 'Occupation')[0]?.key;
    return first ? compact({ ...search, occupation: first }) : search;
  };

/** Another subject (or kind of subject); the first of a kind when it turns. The pick is forgotten. */
export const relatedSubjectChanged =
  (change: { kind?: RelatedKind; key?: string }, options: KindOptions) =>
  (search: RelatedSearch): RelatedSearch => {
    const kind = change.kind ?? relatedKind(search);
    const current = kind === 'occupation' ? search.occupation : search.segment;
    const fallback = optionsOfKind(options, kind === 'occupation' ? 'Occupation' : 'Segment')[0]
      ?.key;
    const key = change.key ?? (kind === relatedKind(search) ? current : undefined) ?? fallback;
    return compact({
      occupation: kind === 'occupation' ? key : undefined,
      segment: kind === 'segment' ? key : undefined,
      limit: search.limit,
    });
  };

export interface RelatedRow {
  id: string;
  key: string;
  name_zh: string;
  name_en?: string;
  rank: number;
  similarity: number;
  shared: number;
  /** Occupations: competencies the move would have to learn. */
  missing: number;
  chain?: string | null;
}

export function relatedRows(answer: RelatedAnswer): RelatedRow[] {
  if (answer.kind === 'occupation')
    return answer.result.related.map((r, i) => ({
      id: `Occupation:${r.key}`,
      key: r.key,
      name_zh: r.name_zh,
      ...(r.name_en !== undefined && { name_en: r.name_en }),
      rank: i + 1,
      similarity: r.similarity,
      shared: r.shared.length,
      missing: r.missing.length,
    }));
  return answer.result.related.map((r, i) => ({
    id: `Segment:${r.key}`,
    key: r.key,
    name_zh: r.name_zh,
    ...(r.name_en !== undefined && { name_en: r.name_en }),
    rank: i + 1,
    similarity: r.similarity,
    shared: r.shared.length,
    missing: 0,
    chain: r.chain,
  }));
}

export function relatedSubject(answer: RelatedAnswer) {
  const subject = answer.kind === 'occupation' ? answer.result.occupation : answer.result.segment;
  return {
    id: `${answer.kind === 'occupation' ? 'Occupation' : 'Segment'}:${subject.key}`,
    key: subject.key,
    name_zh: subject.name_zh,
    ...(subject.name_en !== undefined && { name_en: subject.name_en }),
  };
}

/** Competencies behind a related node: what a move must learn (occupations), or what is shared (segments). */
function competenciesOf(answer: RelatedAnswer, key: string) {
  if (answer.kind === 'occupation')
    return (
      answer.result.related
        .find((r) => r.key === key)
        ?.missing.map((c) => ({ ...c, value: c.weight })) ?? []
    );
  return (
    answer.result.related
      .find((r) => r.key === key)
      ?.shared.map((c) => ({ ...c, value: c.targetShare })) ?? []
  );
}

/**
 * The subject → related nodes (closest on top, edges as thick as the similarity) → the
 * competencies each would need learnt (occupations) or shares with the subject (segments).
 */
export function relatedLayers(
  answer: RelatedAnswer,
  dimensionColour: (dimension: string) => string,
): { layers: LayerNode[][]; edges: LayerEdge[] } {
  const rows = relatedRows(answer);
  const subject = relatedSubject(answer);
  const role = answer.kind === 'occupation' ? 'occupation' : 'segment';
  const competencies = new Map<
    string,
    { name_zh: string; name_en?: string; dimension: string; value: number }
  >();
  const edges: LayerEdge[] = [];
  for (const row of rows) {
    edges.push({ source: subject.id, target: row.id, rel: 'RELATED', weight: row.similarity });
    for (const c of competenciesOf(answer, row.key)) {
      const known = competencies.get(c.key);
      competencies.set(c.key, {
        name_zh: c.name_zh,
        ...(c.name_en !== undefined && { name_en: c.name_en }),
        dimension: c.dimension,
        value: Math.max(known?.value ?? 0, c.value),
      });
      edges.push({
        source: row.id,
        target: `Competency:${c.key}`,
        rel: 'REQUIRES',
        weight: c.value,
      });
    }
  }
  const maxValue = Math.max(0, ...[...competencies.values()].map((c) => c.value));
  const layers: LayerNode[][] = [
    [{ ...subject, role, weight: 1, data: { pinnedLabel: true } }],
    rows.map((row) => ({
      id: row.id,
      name_zh: row.name_zh,
      ...(row.name_en !== undefined && { name_en: row.name_en }),
      role,
      weight: row.similarity,
      data: { similarity: row.similarity, pinnedLabel: rows.length <= 15 },
    })),
    [...competencies.entries()]
      .sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : 1))
      .map(([key, c]) => ({
        id: `Competency:${key}`,
        name_zh: c.name_zh,
        ...(c.name_en !== undefined && { name_en: c.name_en }),
        role: 'competency',
        weight: ratio(c.value, maxValue),
        colour: dimensionColour(c.dimension),
        data: { dimension: c.dimension },
      })),
  ];
  return {
    layers,
    edges: edges.map((e) =>
      e.rel === 'REQUIRES' ? { ...e, weight: ratio(e.weight, maxValue) } : e,
    ),
  };
}

export function relatedFocus(answer: RelatedAnswer, selected: string): Set<string> {
  const focus = new Set<string>();
  const row = relatedRows(answer).find((r) => r.id === selected);
  if (!row) return focus;
  focus.add(selected);
  focus.add(relatedSubject(answer).id);
  for (const c of competenciesOf(answer, row.key)) focus.add(`Competency:${c.key}`);
  return focus;
}
