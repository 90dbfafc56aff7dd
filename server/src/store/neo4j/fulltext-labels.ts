/**
 * The full-text index covers every kind in force. `CREATE FULLTEXT INDEX … IF NOT EXISTS` keeps an
 * index that already exists as it was, so a database first opened under the built-in schema would
 * never search the kinds a schema extension adds later (or would still search kinds an extension
 * no longer declares). Before the schema statements run, an index whose labels differ from the
 * kinds in force is dropped, and the create statement builds it again over the right labels.
 */
import type { Session } from 'neo4j-driver';
import { fullTextIndex } from '@chanjiao/graph-schema';

/** Drops the full-text index when it exists over other labels than the kinds in force; says so. */
export async function dropStaleFullTextIndex(session: Session): Promise<boolean> {
  const result = await session.run(
    'SHOW INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes',
    { name: fullTextIndex.name },
  );
  const record = result.records[0];
  if (!record) return false;
  const have = [...(record.get('labelsOrTypes') as string[])].sort();
  const want = [...fullTextIndex.labels].sort();
  if (have.length === want.length && have.every((l, i) => l === want[i])) return false;
  await session.run(`DROP INDEX ${fullTextIndex.name} IF EXISTS`);
  return true;
}
