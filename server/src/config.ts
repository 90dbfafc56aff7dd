/**
 * Configuration from the environment, validated once at start into a typed object. A bad value
 * fails with a ConfigError naming the variable and what was expected.
 */
import path from 'node:path';
import { z } from 'zod';
import { builtInSchema, type GraphSchema } from '@chanjiao/graph-schema';
import { ConfigError } from './errors.ts';
import { loadSchemaExtension } from './schema-extension/load.ts';

export const defaultNeo4j = {
  uri: 'bolt://127.0.0.1:7687',
  user: 'neo4j',
  password: 'chanjiao-atlas',
};

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const wholeNumber = (min: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`);

const sizeUnits: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** A byte size such as `1048576`, `512MiB` or `2GB`. */
const byteSize = z
  .string()
  .regex(/^\d+(\.\d+)?\s*([kmg]i?b|b)?$/i, 'must be a size such as 1048576, 512MiB or 2GB')
  .transform((v) => {
    const [, number = '0', unit = ''] = /^([\d.]+)\s*(\w*)$/.exec(v) ?? [];
    return Math.floor(Number(number) * (sizeUnits[unit.toLowerCase()] ?? 1));
  });

/** Comma-separated origins such as `https://atlas.example.org`, each scheme://host[:port]. */
const origins = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(
          /^https?:\/\/[^/\s]+$/,
          'each origin must be scheme://host[:port] with no path, comma-separated',
        ),
    ),
  );

const envSchema = z.object({
  ATLAS_STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
  ATLAS_DATA_DIR: z.string().min(1).default('data'),
  ATLAS_WEB_DIR: z.string().min(1).optional(),
  ATLAS_SEED_DEMO: boolean.default(true),
  ATLAS_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  ATLAS_ANALYSIS_MAX_NODES: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(500_000),
  ATLAS_PUBLIC_READ: boolean.default(true),
  ATLAS_ADMIN_USER: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'must be 2–64 of a-z 0-9 . _ - (lower case)')
    .default('admin'),
  ATLAS_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  ATLAS_ADMIN_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{32,256}$/, 'must be 32–256 printable ASCII characters, no spaces')
    .optional(),
  ATLAS_COOKIE_SECURE: boolean.default(true),
  ATLAS_SESSION_HOURS: wholeNumber(1)
    .max(24 * 90, 'must be at most 2160 (90 days)')
    .default(12),
  ATLAS_ALLOWED_ORIGINS: origins.optional(),
  ATLAS_RATE_LIMIT_LOGIN: wholeNumber(0).default(10),
  ATLAS_RATE_LIMIT_WRITES: wholeNumber(0).default(600),
  ATLAS_UPLOAD_MAX_SIZE: byteSize.default(1024 ** 3),
  ATLAS_UPLOAD_QUOTA: byteSize.default(4 * 1024 ** 3),
  ATLAS_UPLOAD_TTL_HOURS: wholeNumber(1).default(24),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/,
      'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)',
    )
    .default(defaultNeo4j.uri),
  NEO4J_USER: z.string().min(1).default(defaultNeo4j.user),
  NEO4J_PASSWORD: z.string().min(1).default(defaultNeo4j.password),
  NEO4J_DATABASE: z.string().min(1).optional(),
  ATLAS_NEO4J_READ_TIMEOUT: z.coerce
    .number({ message: 'must be a number of seconds' })
    .min(0, 'must be 0 (no limit) or more')
    .max(86_400, 'must be at most 86400 (one day)')
    .default(120),
  ATLAS_SCHEMA: z.string().min(1).optional(),
});

const secretVariables = new Set(['ATLAS_ADMIN_PASSWORD', 'ATLAS_ADMIN_TOKEN', 'NEO4J_PASSWORD']);

export interface Config {
  store: 'embedded' | 'neo4j';
  dataDir: string;
  webDir: string;
  seedDemo: boolean;
  /** Most nodes one analysis may load into memory (422 above it). */
  analysisMaxNodes: number;
  logLevel: string;
  host: string;
  port: number;
  neo4j: {
    uri: string;
    user: string;
    password: string;
    database?: string;
    /** Longest a read transaction may run on Neo4j (ms; 0: no limit). */
    readTimeoutMs?: number;
  };
  auth: AuthConfig;
  /** Requests a minute per caller (user, else address); 0 turns a limit off. */
  rateLimit: { loginPerMinute: number; writesPerMinute: number };
  uploads: { maxBytes: number; quotaBytes: number; ttlHours: number };
  /** The graph schema: built in, or extended by the file ATLAS_SCHEMA names (read at start). */
  schema: GraphSchema;
}

export interface AuthConfig {
  /** Reading (GET) without signing in; writes always need an editor or admin. */
  publicRead: boolean;
  /** The administrator account that ATLAS_ADMIN_PASSWORD / ATLAS_ADMIN_TOKEN set up. */
  adminUser: string;
  adminPassword?: string;
  adminToken?: string;
  /** The `Secure` flag of the session cookie (browsers accept it on http://localhost too). */
  cookieSecure: boolean;
  sessionHours: number;
  /** Origins besides the server's own from which cookie-authenticated writes are accepted. */
  allowedOrigins: string[];
}

const defaultWebDir = path.resolve(import.meta.dirname, '../../web/dist');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const result = envSchema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // A rejected secret is not echoed into logs.
      const shown = secretVariables.has(name) ? '(hidden)' : JSON.stringify(env[name]);
      return `${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = result.data;
  return {
    store: e.ATLAS_STORE,
    dataDir: path.resolve(e.ATLAS_DATA_DIR),
    webDir: path.resolve(e.ATLAS_WEB_DIR ?? defaultWebDir),
    seedDemo: e.ATLAS_SEED_DEMO,
    analysisMaxNodes: e.ATLAS_ANALYSIS_MAX_NODES,
    auth: {
      publicRead: e.ATLAS_PUBLIC_READ,
      adminUser: e.ATLAS_ADMIN_USER,
      ...(e.ATLAS_ADMIN_PASSWORD !== undefined && { adminPassword: e.ATLAS_ADMIN_PASSWORD }),
      ...(e.ATLAS_ADMIN_TOKEN !== undefined && { adminToken: e.ATLAS_ADMIN_TOKEN }),
      cookieSecure: e.ATLAS_COOKIE_SECURE,
      sessionHours: e.ATLAS_SESSION_HOURS,
      allowedOrigins: e.ATLAS_ALLOWED_ORIGINS ?? [],
    },
    rateLimit: {
      loginPerMinute: e.ATLAS_RATE_LIMIT_LOGIN,
      writesPerMinute: e.ATLAS_RATE_LIMIT_WRITES,
    },
    uploads: {
      maxBytes: e.ATLAS_UPLOAD_MAX_SIZE,
      quotaBytes: e.ATLAS_UPLOAD_QUOTA,
      ttlHours: e.ATLAS_UPLOAD_TTL_HOURS,
    },
    logLevel: e.ATLAS_LOG_LEVEL,
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      ...(e.NEO4J_DATABASE && { database: e.NEO4J_DATABASE }),
      readTimeoutMs: Math.round(e.ATLAS_NEO4J_READ_TIMEOUT * 1000),
    },
    schema: e.ATLAS_SCHEMA ? loadSchemaExtension(path.resolve(e.ATLAS_SCHEMA)) : builtInSchema,
  };
}
