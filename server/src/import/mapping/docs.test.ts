/**
 * The worked example of docs/mapping.md, run as written: the CSV files and the mapping are taken
 * from the document, and the records it shows must be among those the files yield, byte for byte.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { openWith, collect, problemsOf, recordsOf, tempDir } from './testing.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

const doc = fs.readFileSync(
  fileURLToPath(new URL('../../../../docs/mapping.md', import.meta.url)),
  'utf8',
);
const examples = new Map(
  [...doc.matchAll(/<!-- example: (\S+) -->\s*```\w*\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]),
);

const example = (name: string): string => {
  const text = examples.get(name);
  if (text === undefined) throw new Error(`docs/mapping.md has no example ${name}`);
  return text;
};

it('runs the worked example of docs/mapping.md as documented', async () => {
  const sources = await openWith(tmp, example('postings.yaml'), {
    'enterprises.csv': example('enterprises.csv'),
    'postings.csv': example('postings.csv'),
  });
  const items = (await Promise.all(sources.map(collect))).flat();
  expect(problemsOf(items)).toEqual([]);
  const records = recordsOf(items);
  const lines = new Set(records.map((r) => JSON.stringify(r)));
  for (const line of example('records').trim().split('\n')) expect(lines).toContain(line);

  const count = (what: string) =>
    records.filter((r) => (r.type === 'node' ? r.kind : r.rel) === what).length;
  expect(['Enterprise', 'Posting', 'Occupation', 'POSTED', 'FOR', 'REQUIRES'].map(count)).toEqual([
    3, 4, 3, 4, 3, 5,
  ]);
  expect(items.filter((i) => i.type === 'skipped')).toHaveLength(1);
});
