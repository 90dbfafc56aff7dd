/**
 * Neo4j stopped while the API serves: requests get 503 with a clear message, the process stays up,
 * and it recovers by itself once Neo4j is back. Stops and starts the real server with scripts/neo4j.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';
import { testConfig, tempDir } from './helpers.ts';
import { neo4jOptions, requireNeo4j } from './neo4j-harness.ts';

const run = promisify(execFile);
const script = path.resolve(import.meta.dirname, '../../scripts/neo4j');

if (requireNeo4j('neo4j outage'))
  describe('neo4j outage', () => {
    it(
      'answers 503 while Neo4j is down and recovers when it is back',
      { timeout: 300_000 },
      async () => {
        const store = await Neo4jStore.connect(neo4jOptions);
        const app = await buildApp({
          config: testConfig(tempDir(), { ATLAS_STORE: 'neo4j' }),
          store,
        });
        try {
          expect((await app.inject('/api/health')).statusCode).toBe(200);
          await run(script, ['stop'], { timeout: 120_000 });
          const down = await app.inject('/api/health');
          expect(down.statusCode).toBe(503);
          expect(down.json()).toMatchObject({
            code: 'STORE_UNAVAILABLE',
            message: expect.stringContaining(neo4jOptions.uri),
          });
          const search = await app.inject('/api/search?q=x');
          expect(search.statusCode).toBe(503);
          await run(script, ['start'], {
            timeout: 240_000,
            env: { ...process.env, NEO4J_WARM_UP: '0' },
          });
          let status = 0;
          for (let attempt = 0; attempt < 60 && status !== 200; attempt++) {
            status = (await app.inject('/api/health')).statusCode;
            if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 1000));
          }
          expect(status).toBe(200);
        } finally {
          await app.close();
        }
      },
    );
  });
