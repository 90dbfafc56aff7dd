/**
 * The life of one analysis request, as the views show it: not asked yet, not askable (a picker is
 * empty or a field is half-typed), under way, answered, or failed with the server's message and
 * code. While a request is under way or cannot be sent, the previous answer stays on screen.
 */

/**
 * Why a query cannot be sent yet; the view says so next to the pickers (`analysis.problem.*` in
 * the dictionary). A new analysis adds its own reasons here.
 */
export type QueryProblem =
  | 'chain'
  | 'region'
  | 'supplier'
  | 'period'
  | 'institution'
  | 'posting'
  | 'candidate'
  | 'occupation'
  | 'segment'
  | 'request'
  | 'score';

export type AnalysisResult<Answer> =
  | { type: 'idle' }
  | { type: 'invalid'; problem: QueryProblem; previous: Answer | null }
  | { type: 'loading'; requestId: number; previous: Answer | null }
  | { type: 'ready'; requestId: number; answer: Answer }
  | { type: 'error'; requestId: number; message: string; code?: string };

/** The answer on screen: the latest, or the one before while a newer request is under way. */
export function answerOf<Answer>(result: AnalysisResult<Answer>): Answer | null {
  if (result.type === 'ready') return result.answer;
  if (result.type === 'loading' || result.type === 'invalid') return result.previous;
  return null;
}
