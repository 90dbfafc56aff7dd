#!/usr/bin/env node
// Readiness check for the local Neo4j server: connect over Bolt, run `RETURN 1`.
// Exit 0 when the server answers; 1 on auth failure; 2 when unreachable/other error;
// 4 when the neo4j-driver package cannot be found.
//
// Env: NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD (chanjiao-atlas),
//      PING_TIMEOUT_MS (connection timeout, default 3000), PING_QUIET=1 (print nothing on success).
// `neo4j-driver` is resolved the normal way (scripts/node_modules once the workspace is installed);
// as a fallback, from the directories listed in ATLAS_NODE_PATH or NODE_PATH (':'-separated),
// since ESM import ignores NODE_PATH.
import { createRequire } from 'node:module';
import path from 'node:path';

const uri = process.env.NEO4J_URI || 'bolt://127.0.0.1:7687';
const user = process.env.NEO4J_USER || 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? 'chanjiao-atlas';
const timeoutMs = Number(process.env.PING_TIMEOUT_MS || 3000);
const quiet = process.env.PING_QUIET === '1';

async function loadDriver() {
  try {
    const mod = await import('neo4j-driver');
    return mod.default ?? mod;
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' && err?.code !== 'MODULE_NOT_FOUND') throw err;
    const dirs = [process.env.ATLAS_NODE_PATH, process.env.NODE_PATH]
      .filter(Boolean)
      .flatMap((v) => v.split(path.delimiter))
      .filter(Boolean);
    for (const dir of dirs) {
      try {
        // createRequire needs a file path; resolution starts from its directory's node_modules,
        // so point it at <dir>/x (dir may be a node_modules dir or a project dir).
        const req = createRequire(path.join(path.resolve(dir), 'noop.js'));
        try {
          return req('neo4j-driver');
        } catch {
          return req(path.join(path.resolve(dir), 'neo4j-driver'));
        }
      } catch {
        /* try next */
      }
    }
    console.error(
      'ping: cannot find the npm package "neo4j-driver". Install the workspace (pnpm install) ' +
        'or point ATLAS_NODE_PATH at a node_modules directory that contains it.',
    );
    process.exit(4);
  }
}

const neo4j = await loadDriver();
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
  connectionTimeout: timeoutMs,
  connectionAcquisitionTimeout: timeoutMs,
  maxConnectionPoolSize: 1,
  disableLosslessIntegers: true,
  logging: { level: 'error', logger: () => {} },
});

let code = 0;
try {
  const session = driver.session();
  try {
    const res = await session.run('RETURN 1 AS one');
    const one = res.records[0]?.get('one');
    if (one !== 1) throw new Error(`unexpected answer to RETURN 1: ${JSON.stringify(one)}`);
    const info = await driver.getServerInfo().catch(() => null);
    if (!quiet)
      console.log(`ping: ${uri} answered RETURN 1${info?.agent ? ` (${info.agent})` : ''}`);
  } finally {
    await session.close();
  }
} catch (err) {
  const c = err?.code ?? '';
  if (
    c === 'Neo.ClientError.Security.Unauthorized' ||
    c === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    console.error(
      `ping: authentication failed for user "${user}" at ${uri} (${c}): ${err.message}`,
    );
    console.error(
      'ping: check NEO4J_USER/NEO4J_PASSWORD; the initial password is set on first start only (`scripts/neo4j reset` to start over).',
    );
    code = 1;
  } else if (c === 'ServiceUnavailable' || c === 'SessionExpired') {
    console.error(`ping: no Neo4j answering at ${uri} (${c}): ${err.message}`);
    code = 2;
  } else {
    console.error(`ping: query failed at ${uri}${c ? ` (${c})` : ''}: ${err?.message ?? err}`);
    code = 2;
  }
} finally {
  await driver.close().catch(() => {});
}
process.exit(code);
