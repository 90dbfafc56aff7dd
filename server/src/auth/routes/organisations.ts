/**
 * Organisations (consortium members: a university, a college, a park, an enterprise) that users
 * belong to. Anyone who may read sees the list; only administrators change it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createOrganisationSchema,
  errorBodySchema,
  organisationKeySchema,
  organisationSchema,
  organisationsSchema,
  updateOrganisationSchema,
} from '@chanjiao/graph-schema';
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import { AccountConflictError } from '../errors.ts';

const params = z.object({ key: organisationKeySchema });

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { accounts } = app.auth;
  const admin = { access: 'admin' as const };
  const missing = (key: string) => new NotFoundError(`no organisation ${key}`);

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Every organisation with its number of members',
        response: { 200: organisationsSchema },
      },
    },
    async () => ({ organisations: accounts.listOrganisations() }),
  );

  app.post(
    '/organisations',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Create an organisation',
        body: createOrganisationSchema,
        response: { 201: organisationSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      if (!accounts.createOrganisation(request.body))
        throw new AccountConflictError(`organisation ${request.body.key} exists`);
      return reply.code(201).send(accounts.getOrganisation(request.body.key)!);
    },
  );

  app.patch(
    '/organisations/:key',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Rename an organisation',
        params,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      if (!accounts.updateOrganisation(request.params.key, request.body))
        throw missing(request.params.key);
      return accounts.getOrganisation(request.params.key)!;
    },
  );

  app.delete(
    '/organisations/:key',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Delete an organisation (its users stay, without it)',
        params,
        response: { 204: z.null().describe('Deleted'), 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      if (!accounts.deleteOrganisation(request.params.key)) throw missing(request.params.key);
      return reply.code(204).send(null);
    },
  );
};
