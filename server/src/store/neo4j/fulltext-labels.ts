/**
 * The full-text index covers every kind in force, with the best analyzer the server offers.
 * `CREATE FULLTEXT INDEX … IF NOT EXISTS` keeps an index that already exists as it was, so a
 * database first opened under the built-in schema would never search the kinds a schema extension
 * adds later (or would still search kinds an extension no longer declares), and a database indexed
 * with Lucene's CJK analyzer would keep it once the server offers "atlas-grams". Before the schema
 * statements run, an index whose labels or analyzer differ from those wanted is dropped, and the
 * create statement builds it again (Neo4j populates it in the background; connect awaits it).
 *
 * "atlas-grams" (scripts/neo4j-server/analyzer, put on the class path by scripts/neo4j) indexes
 * every 1–3-character substring, so a substring search is a few term look-ups; Lucene's CJK
 * analyzer, the fallback on a server without it, needs leading-wildcard queries that scan the term
 * dictionary. Both give the same answers: the index only proposes candidates.
 */
import type { Session } from 'neo4j-driver';
import { fullTextIndex } from '@chanjiao/graph-schema';

export type FullTextAnalyzer = 'atlas-grams' | 'cjk';

/**
 * "atlas-grams" when the server has it, else "cjk" (built into Neo4j) — also when the user may not
 * list analyzers: search then works as it did before the n-gram analyzer existed.
 */
export async function chooseAnalyzer(session: Session): Promise<FullTextAnalyzer> {
  try {
    const result = await session.run(
      `CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer
       WHERE analyzer = 'atlas-grams' RETURN count(*) > 0 AS grams`,
    );
    return result.records[0]?.get('grams') === true ? 'atlas-grams' : 'cjk';
  } catch {
    return 'cjk';
  }
}

/** Drops the full-text index when it exists over other labels or with another analyzer; says so. */
export async function dropStaleFullTextIndex(
  session: Session,
  analyzer: FullTextAnalyzer,
): Promise<boolean> {
  const result = await session.run(
    'SHOW INDEXES YIELD name, labelsOrTypes, options WHERE name = $name RETURN labelsOrTypes, options',
    { name: fullTextIndex.name },
  );
  const record = result.records[0];
  if (!record) return false;
  const have = [...(record.get('labelsOrTypes') as string[])].sort();
  const want = [...fullTextIndex.labels].sort();
  const options = record.get('options') as { indexConfig?: Record<string, unknown> } | null;
  const sameAnalyzer = options?.indexConfig?.['fulltext.analyzer'] === analyzer;
  if (sameAnalyzer && have.length === want.length && have.every((l, i) => l === want[i]))
    return false;
  await session.run(`DROP INDEX ${fullTextIndex.name} IF EXISTS`);
  return true;
}
