import { afterAll, describe, expect, it } from 'vitest';
import { itemsOf, problemsOf, recordsOf, tempDir } from './testing.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

describe('split', () => {
  it('makes one node per key part, with the same properties', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: products.csv
    nodes:
      - kind: Product
        key: { column: codes, split: "|", transforms: [lowercase] }
        props: { name_zh: 名称 }
`,
      { 'products.csv': '名称,codes\n电芯,LFP | NCM|  | lfp\n' },
    );
    expect(problemsOf(items)).toEqual([]);
    expect(recordsOf(items)).toEqual([
      { type: 'node', kind: 'Product', key: 'lfp', props: { name_zh: '电芯' } },
      { type: 'node', kind: 'Product', key: 'ncm', props: { name_zh: '电芯' } },
    ]);
  });

  it('makes a list property (aliases) from a split cell, transforms applied to each part', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: occ.csv
    nodes:
      - kind: Occupation
        key: code
        props:
          name_zh: name
          aliases: { column: alt, split: "；", transforms: [{ suffix: "（别称）" }] }
`,
      {
        'occ.csv': 'code,name,alt\n6-24-02-05,电池制造工,电芯装配工；；电池装配工\n6-24-02-06,x,\n',
      },
    );
    expect(recordsOf(items).map((r) => r.props)).toEqual([
      { name_zh: '电池制造工', aliases: ['电芯装配工（别称）', '电池装配工（别称）'] },
      { name_zh: 'x' },
    ]);
  });

  it('makes the cartesian product when both ends of an edge split', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: req.csv
    edges:
      - rel: REQUIRES
        from: { kind: Occupation, key: { column: occs, split: ";" } }
        to: { kind: Competency, key: { column: skills, split: ";" } }
        props: { essential: must }
`,
      { 'req.csv': 'occs,skills,must\no1;o2,s1;s2;s3,是\n' },
    );
    const edges = recordsOf(items).map((r) =>
      r.type === 'edge' ? `${r.from.key}>${r.to.key}:${String(r.props.essential)}` : '',
    );
    expect(edges).toEqual([
      'o1>s1:true',
      'o1>s2:true',
      'o1>s3:true',
      'o2>s1:true',
      'o2>s2:true',
      'o2>s3:true',
    ]);
  });
});

describe('conditions', () => {
  const mapping = `
version: 1
files:
  - match: postings.csv
    skip:
      - { column: status, equals: withdrawn }
      - { column: id, matches: "^#" }
    nodes:
      - kind: Posting
        key: id
        props:
          name_zh: title
          period: { const: "2025-Q3" }
          headcount: { column: n, default: 1 }
          salaryMin: { column: salary, when: { column: currency, in: [CNY, RMB] } }
          minEducation: { column: edu, transforms: [{ lookup: { 本科: bachelor, 大专: higher-vocational }, otherwise: null }] }
      - kind: Occupation
        when: [{ column: occ, empty: false }, { column: occ, notEquals: "0" }]
        key: occ
        props: { name_zh: occName }
`;

  it('skips rows, makes nodes only when their conditions hold, and makes values conditional', async () => {
    const csv =
      'id,status,title,n,salary,currency,edu,occ,occName\n' +
      'p1,open,电芯工程师,3,12000,CNY,本科,2-02-07-09,电池工程技术人员\n' +
      'p2,withdrawn,x,1,1,CNY,本科,,\n' +
      '#p3,open,comment,1,1,CNY,,,\n' +
      'p4,open,装配工,,8000,USD,高中,0,\n' +
      'p5,open,质检员,2,6000,RMB,,,\n';
    const items = await itemsOf(tmp, mapping, { 'postings.csv': csv });
    expect(problemsOf(items)).toEqual([]);
    expect(
      items.map((i) => `${i.type}:${i.type === 'problem' ? i.problem.row : i.at.row}`),
    ).toEqual(['record:1', 'record:1', 'skipped:2', 'skipped:3', 'record:4', 'record:5']);
    expect(recordsOf(items)).toEqual([
      {
        type: 'node',
        kind: 'Posting',
        key: 'p1',
        props: {
          name_zh: '电芯工程师',
          period: '2025-Q3',
          headcount: 3,
          salaryMin: 12000,
          minEducation: 'bachelor',
        },
      },
      {
        type: 'node',
        kind: 'Occupation',
        key: '2-02-07-09',
        props: { name_zh: '电池工程技术人员' },
      },
      {
        type: 'node',
        kind: 'Posting',
        key: 'p4',
        props: { name_zh: '装配工', period: '2025-Q3', headcount: 1 },
      },
      {
        type: 'node',
        kind: 'Posting',
        key: 'p5',
        props: { name_zh: '质检员', period: '2025-Q3', headcount: 2, salaryMin: 6000 },
      },
    ]);
  });

  it('compares numbers numerically and yes/no values as booleans', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: c.csv
    skip: [{ column: level, equals: 0 }, { column: hidden, equals: true }]
    nodes: [{ kind: Chain, key: id, props: { name_zh: id } }]
`,
      { 'c.csv': 'id,level,hidden\na,0.0,否\nb,1,no\nc,2,是\n' },
    );
    expect(items.map((i) => i.type)).toEqual(['skipped', 'record', 'skipped']);
  });
});

describe('values', () => {
  it('fills templates, and a blank placeholder blanks the template', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: cohorts.csv
    nodes:
      - kind: Cohort
        key: { template: "{program}-{year}" }
        props:
          name_zh: { template: "{programName} {year} 届 {{毕业}}" }
          year: year
          graduates: grads
`,
      {
        'cohorts.csv':
          'program,programName,year,grads\nev-tech,新能源汽车技术,2025,120\nev-tech,新能源汽车技术,,80\n',
      },
    );
    expect(recordsOf(items)).toEqual([
      {
        type: 'node',
        kind: 'Cohort',
        key: 'ev-tech-2025',
        props: { name_zh: '新能源汽车技术 2025 届 {毕业}', year: 2025, graduates: 120 },
      },
    ]);
    expect(problemsOf(items)).toEqual([
      { file: 'cohorts.csv', row: 2, column: 'year', field: 'key', message: 'the key is blank' },
    ]);
  });

  it('omits blank properties, applies required and default, and gives text the property type', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: e.csv
    nodes:
      - kind: Enterprise
        key: code
        props:
          name_zh: { column: name, required: true }
          name_en: en
          description: { column: about, default: 暂无 }
          employees: staff
          founded: { column: year, transforms: [integer] }
          tier: { column: tier, transforms: [{ lookup: { 专精特新: specialised, 小巨人: little-giant } }] }
`,
      {
        'e.csv':
          'code,name,en,about,staff,year,tier\n' +
          'E1,甲,,,"1,200",2010,小巨人\n' +
          'E2,,,,,,\n' +
          'E3,丙,,,many,1899,\n' +
          'E4,丁,,,12,2015,创新型\n',
      },
    );
    expect(recordsOf(items)).toEqual([
      {
        type: 'node',
        kind: 'Enterprise',
        key: 'E1',
        props: {
          name_zh: '甲',
          description: '暂无',
          employees: 1200,
          founded: 2010,
          tier: 'little-giant',
        },
      },
    ]);
    expect(problemsOf(items)).toEqual([
      {
        file: 'e.csv',
        row: 2,
        column: 'name',
        field: 'props.name_zh',
        message: 'is blank, but the mapping requires a value',
      },
      {
        file: 'e.csv',
        row: 3,
        column: 'staff',
        field: 'props.employees',
        message: '"many" is not a number (employees is an integer)',
      },
      {
        file: 'e.csv',
        row: 4,
        column: 'tier',
        field: 'props.tier',
        message: expect.stringContaining('"创新型" is not in the lookup table') as string,
      },
    ]);
    expect(problemsOf(items)[2]?.message).toContain('(transform lookup)');
  });

  it('reports what the graph schema rejects with the column the value came from', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: r.csv
    edges:
      - rel: REQUIRES
        from: { kind: Occupation, key: occ }
        to: { kind: Competency, key: skill }
        props: { importance: { column: im, transforms: [number] }, level: lv }
    nodes:
      - kind: Region
        key: region
        props: { name_zh: region, level: { const: city } }
`,
      { 'r.csv': 'occ,skill,im,lv,region\no1,s1,7,abc,3505\n' },
    );
    expect(recordsOf(items)).toEqual([]);
    expect(problemsOf(items)).toEqual([
      {
        file: 'r.csv',
        row: 1,
        column: 'region',
        field: 'key',
        message: 'does not follow the Region key rule: statistical division code (6 or 12 digits)',
      },
      {
        file: 'r.csv',
        row: 1,
        column: 'lv',
        field: 'props.level',
        message: '"abc" is not a number (level is a number)',
      },
    ]);
    const again = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: r2.csv
    edges:
      - rel: REQUIRES
        from: { kind: Occupation, key: occ }
        to: { kind: Competency, key: skill }
        props: { importance: { column: im, transforms: [number] } }
`,
      { 'r2.csv': 'occ,skill,im\no1,s1,7\n' },
    );
    expect(problemsOf(again)).toEqual([
      { file: 'r2.csv', row: 1, column: 'im', field: 'props.importance', message: 'must be ≤ 5' },
    ]);
  });

  it('adds defaults to the nodes and edges that have the property, unless the mapping sets it', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
defaults:
  nodeProps: { source: { const: 测试 2025 }, digital: { const: false } }
  edgeProps: { source: { template: "sheet {sheet}" } }
files:
  - match: d.csv
    nodes:
      - kind: Occupation
        key: occ
        props: { name_zh: occ }
      - kind: Enterprise
        key: ent
        props: { name_zh: ent, source: { const: 企查查 } }
    edges:
      - rel: EMPLOYS
        from: { kind: Enterprise, key: ent }
        to: { kind: Occupation, key: occ }
`,
      { 'd.csv': 'occ,ent,sheet\no1,e1,3\n' },
    );
    expect(problemsOf(items)).toEqual([]);
    expect(recordsOf(items).map((r) => r.props)).toEqual([
      { name_zh: 'o1', source: '测试 2025', digital: false },
      { name_zh: 'e1', source: '企查查' },
      { source: 'sheet 3' },
    ]);
  });

  it('keeps cells untrimmed when trim is false, but a blank cell is still blank', async () => {
    const items = await itemsOf(
      tmp,
      `
version: 1
files:
  - match: t.csv
    trim: false
    nodes: [{ kind: Chain, key: id, props: { name_zh: name, description: about } }]
`,
      { 't.csv': 'id,name,about\nc1, 链 ,   \n' },
    );
    expect(recordsOf(items)).toEqual([
      { type: 'node', kind: 'Chain', key: 'c1', props: { name_zh: '链' } },
    ]);
  });
});
