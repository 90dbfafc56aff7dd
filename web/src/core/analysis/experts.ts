/**
 * The expert finder (专家库): experts ranked by how well they cover a request of competencies and
 * fields (industries, chains, segments). The address lists the request under the API's own
 * repeated parameters (`competency=a&competency=b&chain=c`), with `region`, `limit` and the picked
 * expert `sel`; a bare address asks for experts of the default chain.
 */
import { z } from 'zod';
import type { ExpertsParams } from '../api/analysisPaths.ts';
import { compact, listParam, nodeIdParam, textParam } from '../router/search.ts';
import type { ExpertFinder, ExpertMatch } from './answers.ts';
import { ratio, type LayerEdge, type LayerNode } from './layered.ts';
import type { AnalysisDefaults } from './options.ts';
import type { Checked } from './request.ts';

export const expertsSearchSchema = z.object({
  competency: listParam(),
  industry: listParam(),
  chain: listParam(),
  segment: listParam(),
  region: textParam,
  limit: textParam,
  sel: nodeIdParam,
});

export type ExpertsSearch = z.output<typeof expertsSearchSchema>;

/** The request's parts: the URL parameter of each and the kind of node it names. */
export const requestParts = [
  { parameter: 'competency', kind: 'Competency' },
  { parameter: 'chain', kind: 'Chain' },
  { parameter: 'segment', kind: 'Segment' },
  { parameter: 'industry', kind: 'Industry' },
] as const;

export type RequestParameter = (typeof requestParts)[number]['parameter'];

/** Every requested item as a node id, in the order of the parts. */
export function requestedIds(search: ExpertsSearch): string[] {
  return requestParts.flatMap(({ parameter, kind }) =>
    (search[parameter] ?? []).map((key) => `${kind}:${key}`),
  );
}

export function expertsParams(search: ExpertsSearch): Checked<ExpertsParams> {
  if (requestedIds(search).length === 0) return { problem: 'request' };
  const limitValue = search.limit === undefined ? undefined : Number(search.limit);
  const limit =
    limitValue !== undefined && Number.isInteger(limitValue) && limitValue >= 1 && limitValue <= 500
      ? limitValue
      : undefined;
  return {
    params: {
      ...(search.competency && { competency: search.competency }),
      ...(search.industry && { industry: search.industry }),
      ...(search.chain && { chain: search.chain }),
      ...(search.segment && { segment: search.segment }),
      ...(search.region && { region: search.region }),
      ...(limit && { limit }),
    },
  };
}

export const expertsDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (search: ExpertsSearch): ExpertsSearch =>
    requestedIds(search).length > 0 || !defaults.chain
      ? search
      : compact({ ...search, chain: [defaults.chain] });

/** Adds an item (`Kind:key`) to the request, or removes it; the pick is forgotten (the ranking changes). */
export const requestToggled =
  (id: string) =>
  (search: ExpertsSearch): ExpertsSearch => {
    const at = id.indexOf(':');
    const part = requestParts.find((p) => p.kind === id.slice(0, at));
    if (!part) return search;
    const key = id.slice(at + 1);
    const list = search[part.parameter] ?? [];
    const next = list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
    return compact({
      ...search,
      [part.parameter]: next.length > 0 ? next : undefined,
      sel: undefined,
    });
  };

export const expertsRegionChanged =
  (region: string) =>
  (search: ExpertsSearch): ExpertsSearch =>
    compact({ ...search, region: region || undefined, sel: undefined });

/** What an expert's score is made of: Σ matches / requested items, by part. */
export function expertScoreParts(
  expert: ExpertMatch,
  requested: number,
): { competencies: number; fields: number } {
  const sum = (list: readonly { match: number }[]) => list.reduce((a, x) => a + x.match, 0);
  return requested > 0
    ? { competencies: sum(expert.competencies) / requested, fields: sum(expert.fields) / requested }
    : { competencies: 0, fields: 0 };
}

export function requestSize(answer: ExpertFinder): number {
  const { request } = answer;
  return (
    request.competencies.length +
    request.industries.length +
    request.chains.length +
    request.segments.length
  );
}

/** Requested items → experts (best on top) → their institutions and enterprises. */
export function expertsLayers(
  answer: ExpertFinder,
  names: (id: string) => { name_zh?: string; name_en?: string },
): { layers: LayerNode[][]; edges: LayerEdge[] } {
  const { request } = answer;
  const items = [
    ...request.competencies.map((k) => `Competency:${k}`),
    ...request.chains.map((k) => `Chain:${k}`),
    ...request.segments.map((k) => `Segment:${k}`),
    ...request.industries.map((k) => `Industry:${k}`),
  ];
  const affiliations = new Map<string, { name_zh: string; name_en?: string }>();
  const edges: LayerEdge[] = [];
  const requestedField = (f: ExpertMatch['fields'][number]) => `${f.kind}:${f.key}`;
  for (const e of answer.experts) {
    const id = `Expert:${e.key}`;
    for (const c of e.competencies)
      edges.push({
        source: id,
        target: `Competency:${c.key}`,
        rel: 'HAS_COMPETENCY',
        weight: c.match,
      });
    for (const f of e.fields)
      edges.push({ source: id, target: requestedField(f), rel: 'SPECIALISES_IN', weight: f.match });
    for (const a of e.affiliations) {
      affiliations.set(`${a.kind}:${a.key}`, {
        name_zh: a.name_zh,
        ...(a.name_en !== undefined && { name_en: a.name_en }),
      });
      edges.push({ source: id, target: `${a.kind}:${a.key}`, rel: 'AFFILIATED_WITH', weight: 0.4 });
    }
  }
  // Names of requested items come with the experts that cover them, else from the name cache.
  const known = new Map<string, { name_zh: string; name_en?: string }>();
  for (const e of answer.experts) {
    for (const c of e.competencies) known.set(`Competency:${c.key}`, c);
    for (const f of e.fields) known.set(`${f.kind}:${f.key}`, f);
  }
  const nameOf = (id: string) => {
    const n = known.get(id);
    return n
      ? { name_zh: n.name_zh, ...(n.name_en !== undefined && { name_en: n.name_en }) }
      : names(id);
  };
  const maxScore = Math.max(0, ...answer.experts.map((e) => e.score));
  const layers: LayerNode[][] = [
    items.map((id) => ({
      id,
      ...nameOf(id),
      role: 'field',
      weight: 1,
      data: { pinnedLabel: true },
    })),
    answer.experts.map((e) => ({
      id: `Expert:${e.key}`,
      name_zh: e.name_zh,
      ...(e.name_en !== undefined && { name_en: e.name_en }),
      role: 'expert',
      weight: ratio(e.score, maxScore),
      data: { score: e.score, pinnedLabel: answer.experts.length <= 20 },
    })),
    [...affiliations.entries()].map(([id, n]) => ({ id, ...n, role: 'enterprise', weight: 0 })),
  ];
  return { layers, edges };
}

export function expertsFocus(answer: ExpertFinder, selected: string): Set<string> {
  const focus = new Set<string>();
  const expert = answer.experts.find((e) => `Expert:${e.key}` === selected);
  if (!expert) return focus;
  focus.add(selected);
  for (const c of expert.competencies) focus.add(`Competency:${c.key}`);
  for (const f of expert.fields) focus.add(`${f.kind}:${f.key}`);
  for (const a of expert.affiliations) focus.add(`${a.kind}:${a.key}`);
  return focus;
}
