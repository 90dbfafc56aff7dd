/**
 * The fuzzer's guard around Neo4j: `check` exits 0 only when the configured Neo4j answers and
 * holds no graph node (so the fuzz run cannot mix with real data) — the audit trail's own nodes
 * (`AtlasChange`, `AtlasChangeLog`, `AtlasImport`), which earlier test runs leave on a shared
 * server by design, do not count; `clear` removes everything the run
 * wrote, in batches, so the database is empty again for the integration tests.
 */
import neo4j from 'neo4j-driver';

const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const driver = neo4j.driver(
  uri,
  neo4j.auth.basic(
    process.env.NEO4J_USER ?? 'neo4j',
    process.env.NEO4J_PASSWORD ?? 'chanjiao-atlas',
  ),
);
const database = process.env.NEO4J_DATABASE;
const session = () => driver.session(database ? { database } : {});

try {
  if (process.argv[2] === 'check') {
    const s = session();
    const result = await s.run(
      `MATCH (n) WHERE NOT (n:AtlasChange OR n:AtlasChangeLog OR n:AtlasImport)
       RETURN labels(n)[0] AS label, count(n) AS n ORDER BY label`,
    );
    await s.close();
    const counts = result.records.map((r) => `${r.get('label')} ${r.get('n').toNumber()}`);
    if (counts.length > 0) {
      console.error(`fuzz: ${uri} holds graph nodes: ${counts.join(', ')}`);
      process.exitCode = 1;
    }
  } else if (process.argv[2] === 'clear') {
    for (;;) {
      const s = session();
      const result = await s.run(
        'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n',
      );
      await s.close();
      if (result.records[0].get('n').toNumber() === 0) break;
    }
  }
} catch (error) {
  console.error(`fuzz: Neo4j at ${uri}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
