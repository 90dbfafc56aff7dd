/**
 * API tokens for scripts (admin only). A token acts as its user; the secret is returned once, at
 * creation, and only its SHA-256 is kept.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiTokensSchema,
  createdTokenSchema,
  createTokenSchema,
  errorBodySchema,
} from '@chanjiao/graph-schema';
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import { newSecret } from '../secrets.ts';

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { accounts } = app.auth;
  const admin = { access: 'admin' as const };

  app.get(
    '/tokens',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Every API token (without secrets)',
        response: { 200: apiTokensSchema },
      },
    },
    async () => ({ tokens: accounts.listTokens() }),
  );

  app.post(
    '/tokens',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token; the secret is in this answer only',
        body: createTokenSchema,
        response: { 201: createdTokenSchema, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { username, name, expiresInDays } = request.body;
      if (!accounts.getUser(username)) throw new NotFoundError(`no user ${username}`);
      const secret = newSecret('atlas_');
      const token = accounts.addToken({
        username,
        name,
        secret,
        ...(expiresInDays !== undefined && {
          expiresAt: new Date(Date.now() + expiresInDays * 86_400_000).toISOString(),
        }),
      });
      return reply.code(201).send({ ...token, token: secret });
    },
  );

  app.delete(
    '/tokens/:id',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token',
        params: z.object({ id: z.string().max(100) }),
        response: { 204: z.null().describe('Revoked'), 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      if (!accounts.deleteToken(request.params.id))
        throw new NotFoundError(`no token ${request.params.id}`);
      return reply.code(204).send(null);
    },
  );
};
