/**
 * Signing in and out: `POST /api/auth/login` opens a session (an HttpOnly, SameSite=Strict cookie
 * holding a random id whose hash is stored), `POST /api/auth/logout` ends it, `GET /api/auth/me`
 * says who the caller is, and `POST /api/auth/setup` creates the first administrator with the
 * single-use token printed at start.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  errorBodySchema,
  loginSchema,
  meSchema,
  setupSchema,
  userSchema,
  type Me,
} from '@chanjiao/graph-schema';
import { z } from 'zod';
import type { AccountStore, Principal } from '../accounts.ts';
import { AccountConflictError, InvalidCredentialsError } from '../errors.ts';
import { sessionCookie } from '../plugin.ts';
import { hashPassword, newSecret, spendPasswordCheck, verifyPassword } from '../secrets.ts';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema.describe('Wrong user name or password'),
  403: errorBodySchema.describe('A foreign Origin'),
  429: errorBodySchema.describe('Too many sign-in attempts'),
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { accounts, config } = app.auth;

  const openSession = (reply: FastifyReply, userId: string): void => {
    const secret = newSecret('');
    const expires = accounts.addSession(userId, secret, config.sessionHours);
    reply.setCookie(sessionCookie, secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.cookieSecure,
      expires,
    });
  };

  const me = (request: FastifyRequest): Me => ({
    user: request.principal ? accounts.getUser(request.principal.username) : null,
    via: request.authVia,
    publicRead: config.publicRead,
    setupRequired: app.auth.setupToken !== null,
  });

  app.post(
    '/auth/login',
    {
      config: { access: 'public', limit: 'login' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in: opens a session (cookie) for the web client',
        description:
          'Sets the `atlas_session` cookie (HttpOnly, SameSite=Strict, Secure unless ATLAS_COOKIE_SECURE=false). Scripts use API tokens instead.',
        body: loginSchema,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const found = accounts.credentials(username);
      if (!found?.passwordHash) {
        await spendPasswordCheck(password);
        throw new InvalidCredentialsError('wrong user name or password');
      }
      if (!(await verifyPassword(password, found.passwordHash)))
        throw new InvalidCredentialsError('wrong user name or password');
      // A fresh session id at every sign-in: a session id planted before it is worth nothing.
      const previous = request.cookies[sessionCookie];
      if (previous) accounts.deleteSession(previous);
      openSession(reply, found.userId);
      request.principal = accounts.principalForUser(username);
      request.authVia = 'session';
      return me(request);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: ends the session of the cookie',
        response: { 204: z.null().describe('Signed out'), 403: errorBodySchema },
      },
    },
    async (request, reply) => {
      const secret = request.cookies[sessionCookie];
      if (secret) accounts.deleteSession(secret);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Who the caller is, and whether reading needs a sign-in',
        response: { 200: meSchema, 401: errorBodySchema },
      },
    },
    async (request) => me(request),
  );

  app.post(
    '/auth/setup',
    {
      config: { access: 'public', limit: 'login' },
      schema: {
        tags: ['accounts'],
        summary: 'Create the first administrator with the single-use setup token',
        description:
          'Only while no administrator exists: the server prints the token (as a link) at start. The token is spent; the new administrator is signed in.',
        body: setupSchema,
        response: { 201: userSchema, ...errors, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const token = app.auth.setupToken;
      if (token === null) throw new AccountConflictError('setup is done: an administrator exists');
      if (!sameSecret(request.body.token, token))
        throw new InvalidCredentialsError('wrong setup token');
      if (accounts.getUser(request.body.username))
        throw new AccountConflictError(`user ${request.body.username} exists`);
      app.auth.setupToken = null;
      const user = createAdmin(
        accounts,
        request.body.username,
        await hashPassword(request.body.password),
      );
      openSession(reply, user.userId);
      return reply.code(201).send(accounts.getUser(user.username)!);
    },
  );
};

function createAdmin(accounts: AccountStore, username: string, passwordHash: string): Principal {
  accounts.createUser({ username, role: 'admin', passwordHash });
  return accounts.principalForUser(username)!;
}
