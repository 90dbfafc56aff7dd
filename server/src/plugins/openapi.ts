/**
 * Keeps the OpenAPI document true to what the server answers, so clients and the fuzzer can rely
 * on it. `documentErrors` (an onRoute hook) lists 400 on every route that validates input;
 * `docsTransform` wraps the zod transform: a 204 is documented without a body, and on routes that
 * produce something other than JSON (an export, an event stream) the error statuses are still
 * documented as JSON, which is what the error handler sends.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorBodySchema } from '@chanjiao/graph-schema';

async function documentErrorsPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as
      | {
          response?: Record<string, unknown>;
          params?: unknown;
          querystring?: unknown;
          body?: unknown;
        }
      | undefined;
    if (!schema?.response || 400 in schema.response) return;
    if (schema.params || schema.querystring || schema.body)
      schema.response = {
        400: errorBodySchema.describe('Invalid request: the fields and reasons are in `details`'),
        ...schema.response,
      };
  });
}

export const documentErrors = fp(documentErrorsPlugin, { name: 'atlas-document-errors' });

type Transformed = ReturnType<typeof jsonSchemaTransform>;

export const docsTransform: typeof jsonSchemaTransform = (input) => {
  const output: Transformed = jsonSchemaTransform(input);
  const schema = output.schema as {
    response?: Record<string, Record<string, unknown>>;
    produces?: string[];
  };
  const responses = schema.response;
  if (!responses) return output;
  for (const [status, response] of Object.entries(responses)) {
    if (status === '204') responses[status] = { type: 'null', description: response.description };
    else if (schema.produces && Number(status) >= 400 && !('content' in response))
      responses[status] = {
        description: response.description ?? 'Error',
        content: { 'application/json': { schema: response } },
      };
  }
  return output;
};
