/**
 * Rate limits (@fastify/rate-limit) on sign-in and on writes, per caller: the signed-in user, else
 * the client address. Sign-in routes (`config.limit: 'login'`) get ATLAS_RATE_LIMIT_LOGIN
 * requests a minute, every other unsafe route ATLAS_RATE_LIMIT_WRITES; reads are not limited.
 * Must be registered after the auth plugin, whose `onRoute` hook sets each route's access first.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { errorBodySchema } from '@chanjiao/graph-schema';
import { isSafeMethod } from '../auth/roles.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Which rate limit applies: sign-in, writes (the default for unsafe methods) or none. */
    limit?: 'login' | 'write' | 'none';
  }
}

export interface RateLimitOptions {
  loginPerMinute: number;
  writesPerMinute: number;
}

async function rateLimitPlugin(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  // Before the plugin's own onRoute hook, which reads `config.rateLimit`.
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().map(String);
    const kind = route.config?.limit ?? (methods.every(isSafeMethod) ? 'none' : 'write');
    const max =
      kind === 'login' ? options.loginPerMinute : kind === 'write' ? options.writesPerMinute : 0;
    if (max <= 0) return;
    route.config = { ...route.config, rateLimit: { max, timeWindow: 60_000 } };
    const schema = route.schema as { response?: Record<string, unknown> } | undefined;
    if (schema?.response)
      schema.response = {
        429: errorBodySchema.describe('Too many requests; retry later'),
        ...schema.response,
      };
  });
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (request) =>
      request.principal ? `user:${request.principal.userId}` : `ip:${request.ip}`,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'RATE_LIMITED',
      message: `at most ${context.max} such requests a minute; retry in ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });
}

export const rateLimits = fp(rateLimitPlugin, { name: 'atlas-rate-limit' });
