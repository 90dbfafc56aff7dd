/**
 * Pieces every analysis answer shares: a named node (key and names), the demand modes, and the
 * describing helper. Answers are strict objects: a field the server adds without declaring it here
 * fails the response, so the documented shape is the shape sent.
 */
import { z } from 'zod';

/** `{key, name_zh, name_en?}` of a node, plus more fields. */
export const named = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({
    key: z.string(),
    name_zh: z.string(),
    name_en: z.string().optional(),
    ...shape,
  });

export const namedSchema = named({});
export type Named = z.infer<typeof namedSchema>;

/** Where occupation demand d_o comes from: the chain's EMPLOYS edges, or posting headcounts. */
export const demandModeSchema = z.enum(['structural', 'postings']);
export type DemandMode = z.infer<typeof demandModeSchema>;

/** Node ids (`Kind:key`) behind an answer, sorted, for the client to highlight. */
export const highlightSchema = z
  .array(z.string())
  .describe('Node ids (`Kind:key`) behind the answer, sorted, for the client to highlight');

/** A number between 0 and 1 by its definition (not bounded here: sums of floats may pass 1 by an ulp). */
export const share = (what: string) => z.number().describe(`${what}; 0–1`);
