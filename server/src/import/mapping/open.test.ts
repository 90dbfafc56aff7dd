import { afterAll, describe, expect, it } from 'vitest';
import { MappingError } from './errors.ts';
import { fileMatches, openMappingSources } from './open.ts';
import { parseMapping } from './parse.ts';
import { collect, recordsOf, tempDir } from './testing.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

const mapping = parseMapping(
  `
version: 1
files:
  - match: enterprises.csv
    nodes:
      - kind: Enterprise
        key: 统一社会信用代码
        props: { name_zh: 企业名称, employees: 员工人数 }
  - match: postings-*.csv
    required: false
    skip: [{ column: 状态, equals: 撤回 }]
    nodes:
      - kind: Posting
        key: { template: "posting-{编号}" }
        props: { name_zh: 岗位名称, period: 时期, headcount: { column: 人数, default: 1 } }
    edges:
      - rel: POSTED
        from: { kind: Enterprise, key: 企业代码 }
        to: { kind: Posting, key: { template: "posting-{编号}" } }
`,
  'test.yaml',
);

const enterprisesCsv = '统一社会信用代码,企业名称,员工人数\n91350900MA2XN0AB1C,宁德时代,1200\n';
const postingsCsv =
  '编号,企业代码,岗位名称,时期,人数,状态\n1,91350900MA2XN0AB1C,电芯工程师,2025-Q3,3,开放\n';

async function rejection(promise: Promise<unknown>): Promise<MappingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(MappingError);
    return error as MappingError;
  }
  throw new Error('expected a MappingError');
}

describe('matching files to file mappings', () => {
  it('matches by base name or by the given name, globs included', async () => {
    const e = tmp.write('upload-1a2b3c.tmp', enterprisesCsv);
    const p = tmp.write('postings-2025q3.csv', postingsCsv);
    const sources = await openMappingSources(mapping, [
      { path: e, name: 'enterprises.csv' },
      { path: p },
    ]);
    expect(sources.map((s) => s.file)).toEqual(['enterprises.csv', 'postings-2025q3.csv']);
    expect(recordsOf(await collect(sources[1]!))).toHaveLength(2);
    expect(fileMatches('postings-*.csv', 'Postings-2025.CSV')).toBe(true);
    expect(fileMatches('postings-*.csv', 'postings.csv')).toBe(false);
    expect(fileMatches('a.csv', 'xa.csv')).toBe(false);
  });

  it('rejects a file that matches no file mapping or several, and a missing required file', async () => {
    const other = tmp.write('other.csv', 'a\n1\n');
    const error = await rejection(openMappingSources(mapping, [{ path: other }]));
    expect(error.code).toBe('MAPPING_INVALID');
    expect(error.details).toEqual([
      {
        file: 'other.csv',
        path: 'files',
        message:
          'other.csv matches no file mapping (they match "enterprises.csv", "postings-*.csv")',
      },
      {
        path: 'files[0].match',
        message: expect.stringContaining(
          'no file matches "enterprises.csv", which is required',
        ) as string,
      },
    ]);

    const overlapping = parseMapping(
      `
version: 1
files:
  - { match: "*.csv", nodes: [{ kind: Chain, key: id }] }
  - { match: "chains*.csv", nodes: [{ kind: Chain, key: id }] }
`,
      'overlap.yaml',
    );
    const chains = tmp.write('chains.csv', 'id\nc1\n');
    const several = await rejection(openMappingSources(overlapping, [{ path: chains }]));
    expect(several.details[0]).toMatchObject({ file: 'chains.csv', path: 'files[0].match' });
    expect(several.details[0]?.message).toContain('files[0] ("*.csv"), files[1] ("chains*.csv")');
  });

  it('needs a format for a file whose name does not tell it', async () => {
    const m = parseMapping(
      'version: 1\nfiles:\n  - { match: "data*", nodes: [{ kind: Chain, key: id }] }\n',
      'x',
    );
    const error = await rejection(openMappingSources(m, [{ path: tmp.write('data', 'id\nc\n') }]));
    expect(error.details[0]).toMatchObject({ path: 'files[0].format', file: 'data' });
  });
});

describe('checking headers before any row is read', () => {
  it('lists every unknown column per file, with its path in the mapping and the columns there are', async () => {
    const e = tmp.write(
      'enterprises.csv',
      '统一社会信用代码,企业名,员工人数\n91350900MA2XN0AB1C,宁德时代,1200\n',
    );
    const p = tmp.write(
      'postings-a.csv',
      '编号,企业代码,岗位,时期,人数\n1,x,电芯工程师,2025-Q3,3\n',
    );
    const error = await rejection(openMappingSources(mapping, [{ path: e }, { path: p }]));
    expect(error.message).toContain('does not fit the files: 3 problems');
    expect(error.details.map((d) => [d.file, d.path, d.column])).toEqual([
      ['enterprises.csv', 'files[0].nodes[0].props.name_zh', '企业名称'],
      ['postings-a.csv', 'files[1].skip[0].column', '状态'],
      ['postings-a.csv', 'files[1].nodes[0].props.name_zh', '岗位名称'],
    ]);
    expect(error.details[0]?.message).toBe(
      'unknown column "企业名称" in enterprises.csv — its columns: "统一社会信用代码", "企业名", "员工人数"',
    );
  });

  it('hints at a column that differs only in case or spacing, and checks defaults and templates too', async () => {
    const m = parseMapping(
      `
version: 1
defaults: { nodeProps: { source: { template: "{Source} export" } } }
files:
  - match: c.csv
    nodes: [{ kind: Chain, key: { template: "chain-{Chain ID}" }, props: { name_zh: name } }]
`,
      'x',
    );
    const error = await rejection(
      openMappingSources(m, [{ path: tmp.write('c.csv', 'chain_id,Name\n1,a\n') }]),
    );
    expect(error.details.map((d) => [d.path, d.column])).toEqual([
      ['files[0].nodes[0].key.template', 'Chain ID'],
      ['files[0].nodes[0].props.name_zh', 'name'],
      ['defaults.nodeProps.source.template', 'Source'],
    ]);
    expect(error.details[1]?.message).toContain('did you mean "Name"?');
  });

  it('says so when a CSV file is empty', async () => {
    const error = await rejection(
      openMappingSources(mapping, [{ path: tmp.write('enterprises.csv', '') }]),
    );
    expect(error.details).toEqual([
      {
        file: 'enterprises.csv',
        path: 'files[0]',
        message: 'the file is empty: there is no header row',
      },
    ]);
  });

  it('does not check NDJSON/JSON fields (there is no header), and rejects a mapping that fails the schema', async () => {
    const m = parseMapping(
      'version: 1\nfiles:\n  - { match: "*.ndjson", nodes: [{ kind: Chain, key: id, props: { name_zh: nope } }] }\n',
      'x',
    );
    const [source] = await openMappingSources(m, [{ path: tmp.write('a.ndjson', '{"id":"c"}\n') }]);
    expect((await collect(source!))[0]).toMatchObject({
      type: 'problem',
      problem: { field: 'props.name_zh' },
    });

    const bad = { ...m, files: [{ ...m.files[0]!, nodes: [{ kind: 'Nope', key: 'id' }] }] };
    const error = await rejection(openMappingSources(bad, [{ path: tmp.write('b.ndjson', '') }]));
    expect(error.details[0]?.path).toBe('files[0].nodes[0].kind');
  });
});
