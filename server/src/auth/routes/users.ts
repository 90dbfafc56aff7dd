/**
 * User administration (admin only): list, create, change (role, password, organisations,
 * disabled) and delete users. The last enabled administrator cannot be removed, demoted or
 * disabled, so a deployment never locks itself out.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createUserSchema,
  errorBodySchema,
  updateUserSchema,
  userSchema,
  usernameSchema,
  usersSchema,
} from '@chanjiao/graph-schema';
import { z } from 'zod';
import { BadRequestError, NotFoundError } from '../../errors.ts';
import type { AccountStore } from '../accounts.ts';
import { AccountConflictError } from '../errors.ts';
import { hashPassword } from '../secrets.ts';

const params = z.object({ username: usernameSchema });
const errors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

function checkOrganisations(accounts: AccountStore, keys: string[] | undefined): void {
  const unknown = accounts.unknownOrganisations(keys ?? []);
  if (unknown.length)
    throw new BadRequestError(`organisations: unknown organisation ${unknown.join(', ')}`, [
      { field: 'body.organisations', message: `unknown: ${unknown.join(', ')}` },
    ]);
}

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { accounts } = app.auth;
  const admin = { access: 'admin' as const };

  const lastAdmin = (username: string): boolean => {
    const user = accounts.getUser(username);
    return user?.role === 'admin' && !user.disabled && accounts.countAdmins() === 1;
  };

  app.get(
    '/users',
    {
      config: admin,
      schema: { tags: ['accounts'], summary: 'Every user', response: { 200: usersSchema } },
    },
    async () => ({ users: accounts.listUsers() }),
  );

  app.get(
    '/users/:username',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'One user',
        params,
        response: { 200: userSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const user = accounts.getUser(request.params.username);
      if (!user) throw new NotFoundError(`no user ${request.params.username}`);
      return user;
    },
  );

  app.post(
    '/users',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Create a user',
        body: createUserSchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (accounts.getUser(body.username))
        throw new AccountConflictError(`user ${body.username} exists`);
      checkOrganisations(accounts, body.organisations);
      const user = accounts.createUser({
        username: body.username,
        role: body.role,
        organisations: body.organisations,
        passwordHash: body.password === undefined ? null : await hashPassword(body.password),
        ...(body.displayName !== undefined && { displayName: body.displayName }),
      });
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/users/:username',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Change a user (a new password or disabling ends their sessions)',
        params,
        body: updateUserSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => {
      const { username } = request.params;
      if (!accounts.getUser(username)) throw new NotFoundError(`no user ${username}`);
      const body = request.body;
      if (
        lastAdmin(username) &&
        ((body.role !== undefined && body.role !== 'admin') || body.disabled === true)
      )
        throw new AccountConflictError(`${username} is the last administrator`);
      checkOrganisations(accounts, body.organisations);
      return accounts.updateUser(username, {
        ...(body.displayName !== undefined && { displayName: body.displayName }),
        ...(body.role !== undefined && { role: body.role }),
        ...(body.organisations !== undefined && { organisations: body.organisations }),
        ...(body.disabled !== undefined && { disabled: body.disabled }),
        ...(body.password !== undefined && { passwordHash: await hashPassword(body.password) }),
      });
    },
  );

  app.delete(
    '/users/:username',
    {
      config: admin,
      schema: {
        tags: ['accounts'],
        summary: 'Delete a user with their sessions and tokens',
        params,
        response: { 204: z.null().describe('Deleted'), 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { username } = request.params;
      if (lastAdmin(username))
        throw new AccountConflictError(`${username} is the last administrator`);
      if (!accounts.deleteUser(username)) throw new NotFoundError(`no user ${username}`);
      return reply.code(204).send(null);
    },
  );
};
