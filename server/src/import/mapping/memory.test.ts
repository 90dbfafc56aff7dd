import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, expect, it } from 'vitest';
import { openMappingSources } from './open.ts';
import { parseMapping } from './parse.ts';
import { tempDir } from './testing.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

const rows = 200_000;

// The heap in use once garbage is collected: what the stream holds on to, whatever the collector's
// timing (on a busy machine it lets garbage pile up past 64 MB before it runs). Holding every record
// would hold some 68 MB more.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
const retained = () => {
  collect();
  return process.memoryUsage().heapUsed;
};

/** Writes the CSV in pieces, so the test itself never holds the file. */
function writeCsv(file: string): number {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'uscc,name,employees,aliases\n');
    let piece = '';
    for (let i = 0; i < rows; i++) {
      piece += `E${i},企业${i},${i % 5000},a${i % 10};b\n`;
      if (piece.length > 1 << 16) {
        fs.writeSync(fd, piece);
        piece = '';
      }
    }
    fs.writeSync(fd, piece);
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(file).size;
}

it('streams a 200k-row CSV holding less than 16 MB more heap at any point', async () => {
  const file = path.join(tmp.dir, 'enterprises.csv');
  const bytes = writeCsv(file);
  const mapping = parseMapping(
    `
version: 1
defaults: { nodeProps: { source: { const: generated } } }
files:
  - match: enterprises.csv
    nodes:
      - kind: Enterprise
        key: uscc
        props: { name_zh: name, employees: employees, aliases: { column: aliases, split: ";" } }
`,
    'generated.yaml',
  );
  const [source] = await openMappingSources(mapping, [{ path: file }]);
  if (!source) throw new Error('no source');
  expect(source.bytes).toBe(bytes);

  const baseline = retained();
  let peak = baseline;
  let records = 0;
  let problems = 0;
  let lastRow = 0;
  let progress = 0;
  const started = performance.now();
  for await (const item of source.read((n) => (progress = n))) {
    if (item.type === 'record') {
      records++;
      lastRow = item.at.row;
    } else problems++;
    if ((records & 0x3fff) === 0) peak = Math.max(peak, retained());
  }
  const seconds = (performance.now() - started) / 1000;
  const growth = (peak - baseline) / 1024 / 1024;
  console.log(
    `${rows} rows (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds.toFixed(2)} s: ` +
      `${Math.round(rows / seconds)} rows/s, ` +
      `heap held at most ${growth.toFixed(1)} MB more`,
  );
  expect(problems).toBe(0);
  expect(records).toBe(rows);
  expect(lastRow).toBe(rows);
  expect(progress).toBe(bytes);
  expect(growth).toBeLessThan(16);
});
