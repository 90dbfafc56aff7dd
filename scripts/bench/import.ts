/**
 * `pnpm bench:import [--nodes N]`: import rates on both stores.
 *
 * - A generated graph of N nodes (default 100,000; about 5.3 relationships a node), streamed from
 *   its NDJSON file in one all-or-nothing import, into a fresh embedded store and into Neo4j (when
 *   one answers at NEO4J_URI with an empty database; the benchmark empties it again afterwards).
 * - The O*NET and ESCO presets on synthetic files in their published formats, sized like the
 *   published releases (O*NET: 1,000 occupations with skill, knowledge and ability ratings;
 *   ESCO: 3,000 occupations, 13,900 skills, 126,000 occupation–skill relations). The rows are
 *   invented; only the formats and sizes follow the publications.
 *
 * Prints seconds, rows or records per second and the peak RSS of the benchmark process, and the
 * ratio Neo4j / embedded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { writeNdjson } from '@chanjiao/seed-data';
import {
  EmbeddedStore,
  expandFolders,
  loadConfig,
  loadPreset,
  ndjsonFileSource,
  openMappingSources,
  openStore,
  streamImport,
  type GraphStore,
} from '@chanjiao/server';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '100000' } } });
const nodes = Number(values.nodes);
if (!Number.isInteger(nodes) || nodes < 2000)
  throw new Error('--nodes must be a whole number ≥ 2000');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-import-'));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Row {
  what: string;
  store: string;
  seconds: number;
  units: number;
  unit: string;
}
const rows: Row[] = [];

function report(row: Row): void {
  rows.push(row);
  console.log(
    `  ${row.what.padEnd(44)} ${row.store.padEnd(9)} ${row.seconds.toFixed(1).padStart(8)} s ` +
      `${Math.round(row.units / row.seconds)
        .toLocaleString('en')
        .padStart(10)} ${row.unit}/s ` +
      `(${row.units.toLocaleString('en')} ${row.unit})  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
}

// ── synthetic files in the presets' formats ───────────────────────────────

function writeLines(file: string, header: string[], lines: Iterable<string[]>, sep: string): void {
  const fd = fs.openSync(file, 'w');
  const quote = (cell: string) =>
    sep === ',' && /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const eol = sep === '\t' ? '\r\n' : '\n';
  let buffer = header.map(quote).join(sep) + eol;
  for (const line of lines) {
    buffer += line.map(quote).join(sep) + eol;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = '';
    }
  }
  fs.writeSync(fd, buffer);
  fs.closeSync(fd);
}

function onetFolder(): string {
  const dir = path.join(work, 'onet');
  fs.mkdirSync(dir);
  const occupations = Array.from({ length: 1000 }, (_, i) => `99-${String(1000 + i)}.00`);
  writeLines(
    path.join(dir, 'Occupation Data.txt'),
    ['O*NET-SOC Code', 'Title', 'Description'],
    occupations.map((code, i) => [
      code,
      `Synthetic occupation ${i}`,
      `Synthetic benchmark row ${i}.`,
    ]),
    '\t',
  );
  const header = [
    'O*NET-SOC Code',
    'Element ID',
    'Element Name',
    'Scale ID',
    'Data Value',
    'N',
    'Standard Error',
    'Lower CI Bound',
    'Upper CI Bound',
    'Recommend Suppress',
    'Not Relevant',
    'Date',
    'Domain Source',
  ];
  const ratings = (prefix: string, count: number, scales: [string, number][]) =>
    function* () {
      for (const code of occupations)
        for (let e = 0; e < count; e++)
          for (const [scale, max] of scales) {
            const value =
              ((e * 7 + code.length * 3) % (max * 100)) / 100 + (scale === 'IM' ? 1 : 0);
            yield [
              code,
              `${prefix}.${e}`,
              `Element ${prefix}.${e}`,
              scale,
              Math.min(value, max).toFixed(2),
              '8',
              '0.1',
              '0',
              '0',
              e % 97 === 0 ? 'Y' : 'N',
              scale === 'LV' ? 'N' : 'n/a',
              '08/2025',
              'Analyst',
            ];
          }
    };
  writeLines(
    path.join(dir, 'Skills.txt'),
    header,
    ratings('2.A.9', 35, [
      ['IM', 4],
      ['LV', 7],
    ])(),
    '\t',
  );
  writeLines(
    path.join(dir, 'Knowledge.txt'),
    header,
    ratings('2.C.9', 33, [
      ['IM', 4],
      ['LV', 7],
    ])(),
    '\t',
  );
  writeLines(
    path.join(dir, 'Abilities.txt'),
    header,
    ratings('1.A.9', 52, [
      ['IM', 4],
      ['LV', 7],
    ])(),
    '\t',
  );
  return dir;
}

function escoFolder(): string {
  const dir = path.join(work, 'esco');
  fs.mkdirSync(dir);
  const uri = (kind: string, i: number) =>
    `http://data.europa.eu/esco/${kind}/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const groups = Array.from({ length: 400 }, (_, i) => String(9000 + i));
  writeLines(
    path.join(dir, 'ISCOGroups_en.csv'),
    [
      'conceptType',
      'conceptUri',
      'code',
      'preferredLabel',
      'status',
      'altLabels',
      'inScheme',
      'description',
    ],
    groups.map((g) => [
      'ISCOGroup',
      `http://data.europa.eu/esco/isco/C${g}`,
      g,
      `Synthetic group ${g}`,
      'released',
      '',
      '',
      '',
    ]),
    ',',
  );
  writeLines(
    path.join(dir, 'occupations_en.csv'),
    [
      'conceptType',
      'conceptUri',
      'iscoGroup',
      'preferredLabel',
      'altLabels',
      'hiddenLabels',
      'status',
      'modifiedDate',
      'regulatedProfessionNote',
      'scopeNote',
      'definition',
      'inScheme',
      'description',
      'code',
    ],
    Array.from({ length: 3000 }, (_, i) => [
      'Occupation',
      uri('occupation', i),
      groups[i % groups.length]!,
      `synthetic occupation ${i}`,
      `alt one ${i}\nalt two ${i}`,
      '',
      'released',
      '',
      '',
      '',
      '',
      '',
      `Synthetic benchmark row ${i}.`,
      `${groups[i % groups.length]}.${i}`,
    ]),
    ',',
  );
  writeLines(
    path.join(dir, 'skills_en.csv'),
    [
      'conceptType',
      'conceptUri',
      'skillType',
      'reuseLevel',
      'preferredLabel',
      'altLabels',
      'hiddenLabels',
      'status',
      'modifiedDate',
      'scopeNote',
      'definition',
      'inScheme',
      'description',
    ],
    Array.from({ length: 13_900 }, (_, i) => [
      'KnowledgeSkillCompetence',
      uri('skill', i),
      i % 3 === 0 ? 'knowledge' : 'skill/competence',
      'sector-specific',
      `synthetic skill ${i}`,
      `skill alt ${i}`,
      '',
      'released',
      '',
      '',
      '',
      '',
      `Synthetic skill ${i}.`,
    ]),
    ',',
  );
  writeLines(
    path.join(dir, 'occupationSkillRelations_en.csv'),
    ['occupationUri', 'relationType', 'skillType', 'skillUri'],
    (function* () {
      for (let i = 0; i < 126_000; i++)
        yield [
          uri('occupation', i % 3000),
          i % 5 < 2 ? 'essential' : 'optional',
          'skill/competence',
          uri('skill', (i * 7919) % 13_900),
        ];
    })(),
    ',',
  );
  return dir;
}

async function importInto(
  store: GraphStore,
  label: string,
  what: string,
  open: () => Promise<Parameters<typeof streamImport>[1]>,
) {
  const sources = await open();
  const outcome = await streamImport(store, sources);
  let rowsRead = 0;
  for (const s of sources)
    for await (const item of s.read()) if (item.type !== 'problem') rowsRead++;
  void rowsRead;
  report({ what, store: label, seconds: outcome.seconds, units: outcome.records, unit: 'records' });
}

async function presetInto(store: GraphStore, label: string, name: 'onet' | 'esco', folder: string) {
  const { mapping, origin } = loadPreset(name);
  const files = expandFolders([folder], mapping);
  const sources = await openMappingSources(mapping, files, { origin });
  let rows = 0;
  const outcome = await streamImport(store, sources, {
    onProgress: (p) => {
      if (p.phase === 'nodes') rows = Math.max(rows, p.rows);
    },
  });
  report({
    what: `${name} preset (synthetic rows)`,
    store: label,
    seconds: outcome.seconds,
    units: rows,
    unit: 'rows',
  });
  report({
    what: `  ${name} preset, records`,
    store: label,
    seconds: outcome.seconds,
    units: outcome.records,
    unit: 'records',
  });
}

console.log(`Generating ${nodes.toLocaleString('en')} nodes …`);
const generated = path.join(work, 'generated.ndjson');
const out = fs.createWriteStream(generated);
const stats = await writeNdjson({ nodes, seed: 42 }, out);
await new Promise<void>((resolve) => out.end(resolve));
console.log(
  `  ${generated}: ${stats.nodes.toLocaleString('en')} nodes, ${stats.edges.toLocaleString('en')} relationships, ${mb(stats.bytes)} MB`,
);
const onet = onetFolder();
const esco = escoFolder();
console.log(`  synthetic O*NET-format files in ${onet}, ESCO-format files in ${esco}\n`);

const stores: { label: string; open: () => Promise<GraphStore>; cleanup: () => Promise<void> }[] = [
  {
    label: 'embedded',
    open: async () => EmbeddedStore.open({ dataDir: fs.mkdtempSync(path.join(work, 'store-')) }),
    cleanup: async () => {},
  },
];
const config = loadConfig({ ...process.env, ATLAS_STORE: 'neo4j' });
try {
  const probe = await openStore(config);
  const empty = (await probe.stats()).nodes === 0;
  await probe.close();
  if (empty)
    stores.push({
      label: 'neo4j',
      open: () => openStore(config),
      cleanup: async () => {
        const driver = neo4j.driver(
          config.neo4j.uri,
          neo4j.auth.basic(config.neo4j.user, config.neo4j.password),
        );
        const session = driver.session();
        try {
          // Relationships first, in small transactions: a hub's relationships would not fit one.
          await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
          await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
        } finally {
          await session.close();
          await driver.close();
        }
      },
    });
  else
    console.log(
      'neo4j: skipped (the database is not empty; the benchmark loads and then removes everything)\n',
    );
} catch (error) {
  console.log(`neo4j: skipped (${(error as Error).message.split('\n')[0]})\n`);
}

console.log(
  `  ${'import'.padEnd(44)} ${'store'.padEnd(9)} ${'time'.padStart(10)} ${'rate'.padStart(17)}`,
);
for (const { label, open, cleanup } of stores) {
  for (const step of [
    async (store: GraphStore) =>
      importInto(
        store,
        label,
        `generated graph (${nodes.toLocaleString('en')} nodes)`,
        async () => [ndjsonFileSource(generated)],
      ),
    async (store: GraphStore) => presetInto(store, label, 'onet', onet),
    async (store: GraphStore) => presetInto(store, label, 'esco', esco),
  ]) {
    const store = await open();
    try {
      await step(store);
    } finally {
      await store.close();
      await cleanup();
    }
  }
}

const neo = rows.filter((r) => r.store === 'neo4j');
if (neo.length) {
  console.log('\nratio neo4j / embedded (time):');
  for (const r of neo) {
    const e = rows.find((x) => x.store === 'embedded' && x.what === r.what);
    if (e) console.log(`  ${r.what.padEnd(44)} ${(r.seconds / e.seconds).toFixed(1).padStart(8)}×`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
