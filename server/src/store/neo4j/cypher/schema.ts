/**
 * The schema statements run at connect: a uniqueness constraint on `key` per kind (which is also
 * the index every key lookup uses), the range indexes graph-schema marks, the full-text index with
 * the analyzer chosen at connect (fulltext-labels.ts), and the indexes of the bulk-session
 * bookkeeping. All idempotent.
 */
import { fullTextIndex, rangeIndexes, uniqueConstraints } from '@chanjiao/graph-schema';
import type { FullTextAnalyzer } from '../fulltext-labels.ts';
import { label } from '../names.ts';
import { importLabel, undoLabel } from './bulk.ts';

/** The full-text index over names and keys of every kind, with the analyzer chosen at connect. */
export function fullTextIndexStatement(analyzer: FullTextAnalyzer): string {
  return (
    `CREATE FULLTEXT INDEX ${fullTextIndex.name} IF NOT EXISTS FOR (n:${fullTextIndex.labels.map(label).join('|')}) ` +
    `ON EACH [${fullTextIndex.properties.map((p) => `n.\`${p}\``).join(', ')}] ` +
    `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${analyzer}'}}`
  );
}

export function schemaStatements(analyzer: FullTextAnalyzer): string[] {
  return [
    // First: a new full-text index fills in the background while the constraints below fill in
    // their own statements, on a loaded store in parallel (the largest index to build).
    fullTextIndexStatement(analyzer),
    ...uniqueConstraints.map(
      (c) =>
        `CREATE CONSTRAINT ${c.name} IF NOT EXISTS FOR (n:${label(c.label)}) REQUIRE n.key IS UNIQUE`,
    ),
    ...rangeIndexes.map(
      (i) =>
        `CREATE INDEX ${i.name} IF NOT EXISTS FOR (n:${label(i.label)}) ON (n.\`${i.property}\`)`,
    ),
    `CREATE INDEX atlas_import_id IF NOT EXISTS FOR (m:${importLabel}) ON (m.id)`,
    `CREATE INDEX atlas_import_undo IF NOT EXISTS FOR (u:${undoLabel}) ON (u.import, u.seq)`,
  ];
}

/** Waits until every index is online (a fresh full-text index populates in the background). */
export const awaitIndexes = 'CALL db.awaitIndexes(300)';
