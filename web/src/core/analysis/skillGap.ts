/**
 * The skill-gap view's state: the query the pickers build (chain, region, supplier, demand mode,
 * period, whether to follow cross-scheme mappings), the latest answer, and the competency the reader picked in the table or the graph.
 * Answers carry the id of the request they answer, so a slow answer never replaces a newer one.
 */
import type { AnalysisDefaults, PickerOptions } from './options.ts';
import { answerOf, type AnalysisResult, type QueryProblem } from './result.ts';
import type { DemandMode, SkillGapAnswer, SkillGapParams, SupplierKind } from './types.ts';

export interface SkillGapQuery {
  chain: string;
  /** '' for every region. */
  region: string;
  supplierKind: SupplierKind;
  supplier: string;
  demand: DemandMode;
  /** '' for every period. */
  period: string;
  /** Borrow occupation profiles over SAME_AS / BROADER_MATCH (`mappings=follow`). */
  followMappings: boolean;
}

export interface SkillGapState {
  query: SkillGapQuery;
  result: AnalysisResult<SkillGapAnswer>;
  /** Key of the competency picked in the table or the graph. */
  selected: string | null;
  requestId: number;
}

export const initialSkillGapState: SkillGapState = {
  query: {
    chain: '',
    region: '',
    supplierKind: 'Institution',
    supplier: '',
    demand: 'structural',
    period: '',
    followMappings: false,
  },
  result: { type: 'idle' },
  selected: null,
  requestId: 0,
};

/** A postings period as the server accepts it: `2025`, `2025-H1`, `2025-Q3`, `2025-07`. */
export const periodPattern = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** The request for a query, or what is missing or wrong in it. */
export function skillGapParams(
  query: SkillGapQuery,
): { params: SkillGapParams } | { problem: QueryProblem } {
  if (!query.chain) return { problem: 'chain' };
  if (!query.supplier) return { problem: 'supplier' };
  // The period only selects postings; structural demand has none.
  const period = query.demand === 'postings' ? query.period.trim() : '';
  if (period && !periodPattern.test(period)) return { problem: 'period' };
  return {
    params: {
      chain: query.chain,
      ...(query.region && { region: query.region }),
      demand: query.demand,
      ...(period && { period }),
      // Off by default and then not sent, so the request stays as it was before mappings existed.
      ...(query.followMappings && { mappings: 'follow' as const }),
      supplier: { kind: query.supplierKind, key: query.supplier },
    },
  };
}

/** Fills the parts of the query the reader has not chosen yet. */
export const skillGapDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (state: SkillGapState): SkillGapState => {
    const query = { ...state.query };
    if (!query.chain) query.chain = defaults.chain;
    if (!query.region) query.region = defaults.region;
    if (!query.supplier && defaults.supplier) {
      query.supplierKind = defaults.supplier.kind;
      query.supplier = defaults.supplier.key;
    }
    return { ...state, query };
  };

/**
 * Changes part of the query. A new supplier kind picks the first supplier of that kind, since the
 * old supplier cannot be one of it. The picked competency is forgotten: it may not be in the answer.
 */
export const skillGapQueryChanged =
  (change: Partial<SkillGapQuery>, options: PickerOptions | null) =>
  (state: SkillGapState): SkillGapState => {
    const query = { ...state.query, ...change };
    if (change.supplierKind && change.supplierKind !== state.query.supplierKind && !change.supplier)
      query.supplier = options?.suppliers[change.supplierKind][0]?.key ?? '';
    return { ...state, query, selected: null };
  };

export const skillGapRequested =
  () =>
  (state: SkillGapState): SkillGapState => {
    const checked = skillGapParams(state.query);
    if ('problem' in checked)
      return {
        ...state,
        result: { type: 'invalid', problem: checked.problem, previous: answerOf(state.result) },
      };
    const requestId = state.requestId + 1;
    return {
      ...state,
      requestId,
      result: { type: 'loading', requestId, previous: answerOf(state.result) },
    };
  };

export const skillGapAnswered =
  (requestId: number, answer: SkillGapAnswer) =>
  (state: SkillGapState): SkillGapState => {
    if (requestId !== state.requestId) return state;
    const keep = state.selected && answer.competencies.some((c) => c.key === state.selected);
    return {
      ...state,
      result: { type: 'ready', requestId, answer },
      selected: keep ? state.selected : null,
    };
  };

export const skillGapFailed =
  (requestId: number, message: string) =>
  (state: SkillGapState): SkillGapState =>
    requestId !== state.requestId
      ? state
      : { ...state, result: { type: 'error', requestId, message } };

/** Picks a competency, or un-picks it when it is picked already; null un-picks any. */
export const competencyToggled =
  (key: string | null) =>
  (state: SkillGapState): SkillGapState => ({
    ...state,
    selected: key === null || state.selected === key ? null : key,
  });

export const competencyPicked =
  (key: string | null) =>
  (state: SkillGapState): SkillGapState =>
    state.selected === key ? state : { ...state, selected: key };

/** How many competencies are fully, partly and not at all supplied. */
export function supplySummary(competencies: readonly { supply: number }[]): {
  full: number;
  partial: number;
  none: number;
} {
  let full = 0;
  let partial = 0;
  let none = 0;
  for (const { supply } of competencies) {
    if (supply >= 1) full++;
    else if (supply > 0) partial++;
    else none++;
  }
  return { full, partial, none };
}
