/**
 * Configuration from the environment, validated once at start into a typed object. A bad value
 * fails with a ConfigError naming the variable and what was expected.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';

export const defaultNeo4j = {
  uri: 'bolt://127.0.0.1:7687',
  user: 'neo4j',
  password: 'chanjiao-atlas',
};

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

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
});

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
  neo4j: { uri: string; user: string; password: string; database?: string };
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
      return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
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
    logLevel: e.ATLAS_LOG_LEVEL,
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      ...(e.NEO4J_DATABASE && { database: e.NEO4J_DATABASE }),
    },
  };
}
