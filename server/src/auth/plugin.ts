/**
 * The authentication and authorisation plugin: opens the accounts, applies the start-up
 * administrator settings, and runs one policy for every route. At registration (`onRoute`) each
 * route gets its access level, its 401/403 responses and its OpenAPI security; on every request
 * (`onRequest`, before the body is read) the caller is identified — `Authorization: Bearer`
 * token or session cookie — and refused unless its role meets the route's access. Routes therefore
 * need no auth code of their own; a route that differs says so in `config.access`.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errorBodySchema } from '@chanjiao/graph-schema';
import type { AuthConfig } from '../config.ts';
import { AccountStore, type Principal } from './accounts.ts';
import { applyStartupAdmin } from './bootstrap.ts';
import { AuthRequiredError, ForbiddenError, InvalidTokenError } from './errors.ts';
import { decide, defaultAccess, type Access } from './roles.ts';

export const sessionCookie = 'atlas_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; default: reads `read`, writes `editor`. */
    access?: Access;
  }
  interface FastifyInstance {
    auth: AuthState;
  }
  interface FastifyRequest {
    /** The signed-in caller, or null. */
    principal: Principal | null;
    /** How the caller was identified: cookies need an Origin check on writes, tokens do not. */
    authVia: 'session' | 'token' | null;
  }
}

export interface AuthState {
  accounts: AccountStore;
  config: AuthConfig;
  /** The single-use token that creates the first administrator, while none exists. */
  setupToken: string | null;
}

export interface AuthPluginOptions {
  config: AuthConfig;
  dataDir: string;
  /** An already open account store (closed by its owner); default: open one in dataDir. */
  accounts?: AccountStore;
}

const bearer = /^Bearer\s+(\S+)\s*$/i;

function identify(
  request: FastifyRequest,
  accounts: AccountStore,
): { principal: Principal | null; via: 'session' | 'token' | null } {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = bearer.exec(header);
    const principal = match ? accounts.principalForToken(match[1]!) : null;
    // A script that sends a wrong token hears so, even on a public route.
    if (!principal)
      throw new InvalidTokenError(
        'the Authorization header must be "Bearer <token>" with a valid, unexpired token',
      );
    return { principal, via: 'token' };
  }
  const session = request.cookies[sessionCookie];
  if (session) {
    const principal = accounts.principalForSession(session);
    if (principal) return { principal, via: 'session' };
  }
  return { principal: null, via: null };
}

async function authPlugin(app: FastifyInstance, options: AuthPluginOptions): Promise<void> {
  const accounts = options.accounts ?? AccountStore.open(options.dataDir);
  if (!options.accounts) app.addHook('onClose', async () => accounts.close());
  const setupToken = await applyStartupAdmin(accounts, options.config);
  const state: AuthState = { accounts, config: options.config, setupToken };
  app.decorate('auth', state);
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('authVia', null);

  const purge = setInterval(() => accounts.purgeExpiredSessions(), 3600_000);
  purge.unref();
  app.addHook('onClose', async () => clearInterval(purge));

  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().map(String);
    const access = route.config?.access ?? defaultAccess(methods, route.url);
    route.config = { ...route.config, access };
    if (route.schema === undefined) return;
    const schema = route.schema as Record<string, unknown> & { response?: Record<string, unknown> };
    // Even a public route answers 401 to an invalid bearer token.
    const unauthorized = { 401: errorBodySchema.describe('Not signed in, or an invalid token') };
    if (access === 'public') {
      if (schema.response) schema.response = { ...unauthorized, ...schema.response };
      return;
    }
    schema.security = [{ bearerToken: [] }, { sessionCookie: [] }];
    if (schema.response)
      schema.response = {
        ...unauthorized,
        403: errorBodySchema.describe('The role does not allow this, or a foreign Origin'),
        ...schema.response,
      };
  });

  // A callback hook rather than an async one: it does no I/O, and an async hook costs every
  // request a promise and a turn of the microtask queue before the next hook runs. A throw here
  // reaches the error handler as a rejection would.
  app.addHook('onRequest', (request, _reply, done) => {
    const { principal, via } = identify(request, accounts);
    request.principal = principal;
    request.authVia = via;
    const access = request.routeOptions.config.access ?? 'public';
    const decision = decide(access, principal?.role ?? null, state.config.publicRead);
    if (decision === 'unauthenticated')
      throw new AuthRequiredError(
        `${request.method} ${request.routeOptions.url ?? request.url} needs a signed-in ${access === 'read' ? 'user' : access} ` +
          '(a session cookie from POST /api/auth/login, or Authorization: Bearer <token>)',
      );
    if (decision === 'forbidden')
      throw new ForbiddenError(
        `${request.method} ${request.routeOptions.url ?? request.url} needs the ${access} role; ${principal!.username} is ${principal!.role}`,
      );
    done();
  });
}

export const auth = fp(authPlugin, { name: 'atlas-auth' });
