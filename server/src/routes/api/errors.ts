/** Response schemas for error statuses, shared by the route definitions. */
import { errorBodySchema } from '@chanjiao/graph-schema';

export const errorResponses = {
  400: errorBodySchema.describe('Invalid request: the fields and reasons are in `details`'),
  404: errorBodySchema.describe('No such node or relationship'),
  503: errorBodySchema.describe(
    'The store is unavailable (STORE_UNAVAILABLE), or a read ran longer than its limit (STORE_TIMEOUT)',
  ),
};
