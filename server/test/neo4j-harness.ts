/**
 * Access to the real Neo4j for integration tests. Without a reachable server the tests skip
 * locally, but under CI=true a missing Neo4j is a failure, never a skip.
 */
import type { Driver } from 'neo4j-driver';
import { describe, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { Neo4jStore } from '../src/store/neo4j/index.ts';

export const neo4jOptions = loadConfig(process.env).neo4j;

async function probe(): Promise<string | null> {
  try {
    const store = await Neo4jStore.connect(neo4jOptions);
    await store.close();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

export const neo4jProblem = await probe();
export const neo4jAvailable = neo4jProblem === null;

/** Registers a failing test under CI when Neo4j is missing; returns whether to run the suite. */
export function requireNeo4j(suite: string): boolean {
  if (!neo4jAvailable) {
    if (process.env.CI === 'true')
      describe(suite, () => {
        it('needs a running Neo4j (CI=true)', () => {
          throw new Error(
            `Neo4j is not reachable at ${neo4jOptions.uri}: ${neo4jProblem}. Start it with scripts/neo4j start.`,
          );
        });
      });
    else
      describe.skip(`${suite} (no Neo4j at ${neo4jOptions.uri}; run scripts/neo4j start)`, () =>
        it('skipped', () => {}));
  }
  return neo4jAvailable;
}

/**
 * Removes what a test wrote under its key prefix, and the region its records were located in
 * (350900) unless something else still uses it, then closes the driver.
 */
export async function removeTestData(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE n.key STARTS WITH $prefix DETACH DELETE n', {
    prefix,
  });
  await driver.executeQuery('MATCH (n:Region {key: "350900"}) WHERE NOT (n)--() DELETE n');
  await driver.close();
}
