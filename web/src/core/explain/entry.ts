/**
 * The shape of an explanation of a number (name, unit, what it counts, formula, where it is
 * documented), the units several numbers share, and the one builder every table of explanations
 * is written with: `metricsOf(doc, entries)` gives each entry of an analysis its documentation
 * route, so an entry states only what is its own.
 */
import type { AnalysisRoute } from './docs.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface MetricExplanation {
  name: Bilingual;
  unit: Bilingual;
  counts: Bilingual;
  /** The formula in the notation of the design and the API documentation. */
  formula?: string;
  doc: AnalysisRoute;
}

/** Units more than one number is counted in. */
export const units = {
  percentOfDemand: { zh: '占链条能力需求的百分比', en: '% of the chain’s competency demand' },
  ratio01: { zh: '0–1 之间的比例，显示为百分比', en: 'a ratio 0–1, shown as a percentage' },
  level: { zh: '等级 1–5', en: 'level 1–5' },
  people: { zh: '人', en: 'people' },
  count: { zh: '个', en: 'count' },
  enterprises: { zh: '家', en: 'enterprises' },
} as const satisfies Record<string, Bilingual>;

/** The explanations of one analysis's numbers, each linked to that analysis's documentation. */
export function metricsOf<const K extends string>(
  doc: AnalysisRoute,
  entries: Record<K, Omit<MetricExplanation, 'doc'>>,
): Record<K, MetricExplanation> {
  const result = {} as Record<K, MetricExplanation>;
  for (const key of Object.keys(entries) as K[]) result[key] = { ...entries[key], doc };
  return result;
}
