/**
 * The audit trail's wire shapes: one change record per written node or relationship — who, when,
 * which request, what it was before and what it became — as the change feed
 * (`GET /api/changes`), a node's history and a restore answer them. A removed node's record keeps
 * the relationships that went with it, so an administrator can restore both.
 */
import { z } from 'zod';
import { nodeRefSchema, propsSchema, relTypeSchema, storedEdgeSchema } from './wire.ts';

export const changeActions = ['create', 'update', 'remove'] as const;
export type ChangeAction = (typeof changeActions)[number];

export const changeRecordSchema = z.object({
  seq: z.number().int().describe('Position in the feed: increases with every change'),
  at: z.string().describe('When the server wrote it (ISO 8601)'),
  by: z.string().describe('The user (or token owner) who wrote it'),
  requestId: z.string().nullable().describe('The request that wrote it (in the server log)'),
  action: z.enum(changeActions),
  node: nodeRefSchema.optional().describe('The node changed (a node change)'),
  edge: z
    .object({ rel: relTypeSchema, from: nodeRefSchema, to: nodeRefSchema })
    .optional()
    .describe('The relationship changed (a relationship change)'),
  before: propsSchema.nullable().describe('Properties before (null: it did not exist)'),
  after: propsSchema.nullable().describe('Properties after (null: removed)'),
  relationships: z
    .array(storedEdgeSchema)
    .optional()
    .describe('A removed node: the relationships removed with it'),
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

export const changeFeedSchema = z.object({
  changes: z.array(changeRecordSchema),
  next: z.number().int().describe('Pass as `since` to read on from the last change listed'),
});
export type ChangeFeed = z.infer<typeof changeFeedSchema>;
