import { afterAll, describe, expect, it } from 'vitest';
import { collect, itemsOf, openWith, problemsOf, recordsOf, tempDir } from './testing.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

describe('CSV', () => {
  const mapping = `
version: 1
files:
  - match: skills.csv
    nodes:
      - kind: Competency
        key: { column: conceptUri, transforms: [uriTail] }
        props:
          name_zh: preferredLabel
          aliases: { column: altLabels, split: "\\n" }
          description: description
          dimension: { const: skill }
`;

  it('reads quoted cells with commas, doubled quotes and line breaks (ESCO altLabels)', async () => {
    const csv =
      'conceptUri,preferredLabel,altLabels,description\r\n' +
      'http://data.europa.eu/esco/skill/s1,"manage battery cells, modules","battery management\r\nBMS operation\nmanage cells","Oversee ""cell"" assembly, testing"\r\n' +
      'http://data.europa.eu/esco/skill/s2,weld,,Joins metal\r\n';
    const items = await itemsOf(tmp, mapping, { 'skills.csv': csv });
    expect(problemsOf(items)).toEqual([]);
    expect(items.map((i) => i.type === 'record' && i.at.row)).toEqual([1, 2]);
    expect(recordsOf(items)).toEqual([
      {
        type: 'node',
        kind: 'Competency',
        key: 's1',
        props: {
          name_zh: 'manage battery cells, modules',
          aliases: ['battery management', 'BMS operation', 'manage cells'],
          description: 'Oversee "cell" assembly, testing',
          dimension: 'skill',
        },
      },
      {
        type: 'node',
        kind: 'Competency',
        key: 's2',
        props: { name_zh: 'weld', description: 'Joins metal', dimension: 'skill' },
      },
    ]);
  });

  it('reports a row with the wrong number of cells and goes on', async () => {
    const csv =
      'conceptUri,preferredLabel,altLabels,description\n' +
      'u/a,A,,x\n' +
      'u/b,B\n' +
      '\n' +
      'u/c,C,,z,extra\n' +
      'u/d,D,,w\n';
    const items = await itemsOf(tmp, mapping, { 'skills.csv': csv });
    expect(problemsOf(items)).toEqual([
      { file: 'skills.csv', row: 2, message: 'the row has 2 cells, the header 4 (line 3)' },
      { file: 'skills.csv', row: 3, message: 'the row has 5 cells, the header 4 (line 5)' },
    ]);
    expect(recordsOf(items).map((r) => r.type === 'node' && r.key)).toEqual(['a', 'd']);
  });

  it('reports a stray quote as a problem of its row, suggests quote: false, and goes on', async () => {
    const csv =
      'conceptUri,preferredLabel,altLabels,description\n' +
      'u/a,A,,x\n' +
      'u/b,the 5" pipe,,y\n' +
      'u/c,C,,z\n';
    const items = await itemsOf(tmp, mapping, { 'skills.csv': csv });
    const problems = problemsOf(items);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'skills.csv', row: 2 });
    expect(problems[0]?.message).toContain('quote: false');
    expect(
      items.filter((i) => i.type === 'record').map((i) => i.type === 'record' && i.at.row),
    ).toEqual([1, 3]);
  });

  it('uses another delimiter and quote character', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: "*.csv"
    delimiter: ";"
    quote: "'"
    nodes: [{ kind: Chain, key: id, props: { name_zh: name } }]
`,
      { 'chains.csv': "id;name\npower-battery;'动力电池;储能'\n" },
    );
    expect(recordsOf(items)).toEqual([
      { type: 'node', kind: 'Chain', key: 'power-battery', props: { name_zh: '动力电池;储能' } },
    ]);
  });
});

describe('TSV', () => {
  it('reads O*NET text files with quote: false, stray quotes and all', async () => {
    const tsv =
      'O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n' +
      '17-2071.00\t2.C.3.e\tMechanical "hands-on" work\tIM\t3.88\n' +
      '17-2071.00\t2.C.3.e\tMechanical "hands-on" work\tLV\t4.50\n' +
      '17-2071.00\t2.A.1.a\tReading 5" manuals\tIM\t4.12\n';
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: Knowledge.txt
    quote: false
    skip: [{ column: Scale ID, notEquals: IM }]
    edges:
      - rel: REQUIRES
        from: { kind: Occupation, key: O*NET-SOC Code }
        to: { kind: Competency, key: { column: Element ID, transforms: [{ prefix: "onet-" }] } }
        props:
          importance: { column: Data Value, transforms: [number] }
`,
      { 'Knowledge.txt': tsv },
    );
    expect(problemsOf(items)).toEqual([]);
    expect(items.map((i) => i.type)).toEqual(['record', 'skipped', 'record']);
    expect(recordsOf(items)).toEqual([
      {
        type: 'edge',
        rel: 'REQUIRES',
        from: { kind: 'Occupation', key: '17-2071.00' },
        to: { kind: 'Competency', key: 'onet-2.C.3.e' },
        props: { importance: 3.88 },
      },
      {
        type: 'edge',
        rel: 'REQUIRES',
        from: { kind: 'Occupation', key: '17-2071.00' },
        to: { kind: 'Competency', key: 'onet-2.A.1.a' },
        props: { importance: 4.12 },
      },
    ]);
  });
});

describe('NDJSON', () => {
  it('reads one object a line, numbers rows by line, and reports malformed lines', async () => {
    const ndjson =
      '{"code":"2-02-07-09","title":{"zh":"电池制造工程技术人员"},"digital":"否"}\n' +
      '\n' +
      '{"code":"6-24-02-05","title":{"zh":"电池制造工"}\n' +
      '[1,2]\r\n' +
      '{"code":"4-04-05-05","title":{"zh":"人工智能训练师"},"digital":true}';
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: occupations.ndjson
    nodes:
      - kind: Occupation
        key: code
        props: { name_zh: title.zh, digital: digital }
`,
      { 'occupations.ndjson': ndjson },
    );
    expect(recordsOf(items)).toEqual([
      {
        type: 'node',
        kind: 'Occupation',
        key: '2-02-07-09',
        props: { name_zh: '电池制造工程技术人员', digital: false },
      },
      {
        type: 'node',
        kind: 'Occupation',
        key: '4-04-05-05',
        props: { name_zh: '人工智能训练师', digital: true },
      },
    ]);
    expect(items[0]?.type === 'record' && items[0].at.row).toBe(1);
    const problems = problemsOf(items);
    expect(problems.map((p) => p.row)).toEqual([3, 4]);
    expect(problems[0]?.message).toMatch(/^malformed JSON: /);
    expect(problems[1]?.message).toBe('the line is not a JSON object');
    expect(items[3]?.type === 'record' && items[3].at.row).toBe(5);
  });
});

describe('JSON', () => {
  const mapping = `
version: 1
files:
  - match: enterprises.json
    rows: data.items
    nodes:
      - kind: Enterprise
        key: info.uscc
        props:
          name_zh: info.name
          aliases: names
          employees: stats.staff
      - kind: Product
        when: { column: products, empty: false }
        key: { column: products, transforms: [slug] }
        props: { name_zh: { const: 电芯 } }
`;

  it('streams the array at a dot path and reads nested fields and arrays', async () => {
    const doc = {
      meta: { items: 'not these', count: 2 },
      data: {
        page: 1,
        items: [
          {
            info: { uscc: '91350900MA2XN0AB1C', name: '宁德时代' },
            names: ['CATL', ' 时代 '],
            stats: { staff: 1200 },
            products: ['LFP Cell', 'NCM Cell'],
          },
          { info: { uscc: '91330000MA2B0C0D1E', name: '星源' }, names: [], products: [] },
        ],
        after: [{ info: { uscc: 'ignored' } }],
      },
    };
    const items = await itemsOf(tmp, mapping, { 'enterprises.json': JSON.stringify(doc, null, 2) });
    expect(recordsOf(items)).toEqual([
      {
        type: 'node',
        kind: 'Enterprise',
        key: '91350900MA2XN0AB1C',
        props: { name_zh: '宁德时代', aliases: ['CATL', '时代'], employees: 1200 },
      },
      { type: 'node', kind: 'Product', key: 'lfp-cell', props: { name_zh: '电芯' } },
      { type: 'node', kind: 'Product', key: 'ncm-cell', props: { name_zh: '电芯' } },
      { type: 'node', kind: 'Enterprise', key: '91330000MA2B0C0D1E', props: { name_zh: '星源' } },
    ]);
    expect(problemsOf(items)).toEqual([]);
  });

  it('reads a top-level array, and says when there is no array where expected', async () => {
    const top = `
version: 1
files:
  - match: "*.json"
    nodes: [{ kind: Chain, key: id, props: { name_zh: name } }]
`;
    const items = await itemsOf(tmp, top, { 'a.json': '[{"id":"c1","name":"链"}, 5]' });
    expect(recordsOf(items)).toHaveLength(1);
    expect(problemsOf(items)).toEqual([
      { file: 'a.json', row: 2, message: 'the element is not a JSON object' },
    ]);

    const notArray = await itemsOf(tmp, top, { 'b.json': '{"rows": []}' });
    expect(problemsOf(notArray)[0]?.message).toContain('not an array of rows');

    const missing = await itemsOf(tmp, mapping, { 'enterprises.json': '{"data": {"other": []}}' });
    expect(problemsOf(missing)).toEqual([
      { file: 'enterprises.json', row: 0, message: 'no array at rows: "data.items"' },
    ]);

    const broken = await itemsOf(tmp, top, { 'c.json': '[{"id":"c1","name":"链"}, {"id": ' });
    expect(recordsOf(broken)).toHaveLength(1);
    expect(problemsOf(broken)[0]).toMatchObject({ row: 0 });
    expect(problemsOf(broken)[0]?.message).toMatch(/^malformed JSON after row 1: /);
  });
});

describe('a source', () => {
  it('reads afresh on every read() and reports the bytes read', async () => {
    const [source] = await openWith(
      tmp,
      `
version: 1
files:
  - match: chains.csv
    nodes: [{ kind: Chain, key: id, props: { name_zh: name } }]
`,
      { 'chains.csv': 'id,name\na,甲\nb,乙\n' },
    );
    if (!source) throw new Error('no source');
    expect(source.file).toBe('chains.csv');
    expect(source.bytes).toBe(Buffer.byteLength('id,name\na,甲\nb,乙\n'));
    const first = await collect(source);
    const seen: number[] = [];
    const second: unknown[] = [];
    for await (const item of source.read((n) => seen.push(n))) second.push(item);
    expect(second).toEqual(first);
    expect(recordsOf(first)).toHaveLength(2);
    expect(seen.at(-1)).toBe(source.bytes);
  });

  it('stops cleanly when the reader stops early', async () => {
    const [source] = await openWith(
      tmp,
      `
version: 1
files:
  - match: many.csv
    nodes: [{ kind: Chain, key: id, props: { name_zh: name } }]
`,
      {
        'many.csv':
          'id,name\n' +
          Array.from({ length: 2000 }, (_, i) => `c${i},${'产业链'.repeat(10)}${i}`).join('\n'),
      },
    );
    if (!source) throw new Error('no source');
    let n = 0;
    for await (const _item of source.read()) if (++n === 10) break;
    expect(n).toBe(10);
    expect(recordsOf(await collect(source))).toHaveLength(2000);
  });
});
