import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../errors.ts';
import { MappingError } from './errors.ts';
import { checkMapping, parseMapping } from './parse.ts';

function problemsOf(
  text: string,
): { path: string; message: string; line?: number; col?: number }[] {
  try {
    parseMapping(text, 'test.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(MappingError);
    return (error as MappingError).details;
  }
  throw new Error('expected a MappingError');
}

const pathsOf = (text: string) => problemsOf(text).map((p) => p.path);

const enterprises = `
version: 1
description: enterprises and their postings
defaults:
  nodeProps:
    source: { const: "test 2025" }
files:
  - match: enterprises.csv
    nodes:
      - kind: Enterprise
        key: 统一社会信用代码
        props:
          name_zh: 企业名称
          employees: { column: 员工人数, transforms: [integer] }
          aliases: { column: 别名, split: "；" }
  - match: postings-*.csv
    required: false
    skip:
      - { column: 状态, equals: 撤回 }
    nodes:
      - kind: Posting
        key: { template: "posting-{编号}" }
        props:
          name_zh: 岗位
          period: { const: "2025-Q3" }
          headcount: { column: 人数, transforms: [integer], default: 1 }
    edges:
      - rel: POSTED
        from: { kind: Enterprise, key: 企业代码 }
        to: { kind: Posting, key: { template: "posting-{编号}" } }
`;

describe('parseMapping', () => {
  it('reads a YAML mapping and applies the defaults of the format', () => {
    const mapping = parseMapping(enterprises, 'enterprises.yaml');
    expect(mapping.files).toHaveLength(2);
    const [first, second] = mapping.files;
    expect(first).toMatchObject({ encoding: 'utf-8', trim: true, required: true, edges: [] });
    expect(second?.required).toBe(false);
    expect(second?.nodes[0]?.key).toEqual({ template: 'posting-{编号}' });
  });

  it('reads the same mapping written as JSON', () => {
    const json = JSON.stringify(parseMapping(enterprises, 'a.yaml'), null, '\t');
    expect(parseMapping(json, 'a.json')).toEqual(parseMapping(enterprises, 'a.yaml'));
  });

  it('reports YAML syntax errors with line and column', () => {
    let error: unknown;
    try {
      parseMapping(
        'version: 1\nfiles:\n  - match: a.csv\n    nodes: [ { kind: Region, key: id\n',
        'broken.yaml',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MappingError);
    const e = error as MappingError;
    expect(e).toBeInstanceOf(AtlasError);
    expect(e.statusCode).toBe(400);
    expect(e.code).toBe('MAPPING_INVALID');
    expect(e.message).toContain('broken.yaml');
    expect(e.details[0]).toMatchObject({ path: '', line: 5, col: 1 });
    expect(e.details[0]?.message).toMatch(/^syntax error: /);
  });

  it('reports duplicate keys and an empty document', () => {
    expect(problemsOf('version: 1\nversion: 1\nfiles: []\n')[0]).toMatchObject({ line: 2 });
    expect(problemsOf('')).toEqual([{ path: '', message: 'the mapping is empty' }]);
  });

  it('collects every shape problem with its JSON path', () => {
    const problems = problemsOf(`
version: 2
extra: 1
files:
  - match: a.csv
    skip: [{ column: a }]
    nodes:
      - kind: Enterprise
        key: { colum: id }
        props:
          name_zh: { column: n, const: x }
          name_en: { column: n, transforms: [lowercse, { lookup: { a: "1" }, otherwis: "2" }, { scale: { from: [1, 1], to: [0, 1] } }, { replace: "", with: x }] }
          description: 5
`);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(Object.keys(byPath)).toEqual(
      expect.arrayContaining([
        'version',
        'extra',
        'files[0].skip[0]',
        'files[0].nodes[0].key.colum',
        'files[0].nodes[0].key',
        'files[0].nodes[0].props.name_zh',
        'files[0].nodes[0].props.name_en.transforms[0]',
        'files[0].nodes[0].props.name_en.transforms[1].otherwis',
        'files[0].nodes[0].props.name_en.transforms[2].scale.from',
        'files[0].nodes[0].props.name_en.transforms[3].replace',
        'files[0].nodes[0].props.description',
      ]),
    );
    expect(byPath.extra).toContain('expected one of: version, description, defaults, files');
    expect(byPath['files[0].nodes[0].key.colum']).toContain('column, const, template');
    expect(byPath['files[0].nodes[0].props.name_en.transforms[0]']).toContain(
      'unknown transform "lowercse"',
    );
    expect(byPath['files[0].nodes[0].props.name_en.transforms[1].otherwis']).toContain(
      'lookup, otherwise',
    );
    expect(byPath['files[0].nodes[0].props.description']).toBe(
      'expected a string or an object, got number 5',
    );
    expect(byPath['files[0].skip[0]']).toContain('exactly one of equals');
  });

  it('checks kinds, relationship types, pairs, properties, regexes and templates against the graph schema', () => {
    const problems = problemsOf(`
version: 1
files:
  - match: a.csv
    nodes:
      - kind: Enterprize
        key: id
      - kind: Enterprise
        key: id
        props:
          name_zh: name
          foo: bar
          scale: { column: s, split: "," }
    edges:
      - rel: POSTED
        from: { kind: Posting, key: p }
        to: { kind: Enterprise, key: e }
      - rel: EMPLOYZ
        from: { kind: Enterprise, key: e }
        to: { kind: Occupation, key: o }
      - rel: REQUIRES
        from: { kind: Occupation, key: o }
        to: { kind: Competence, key: { template: "c-{code" } }
        props: { importance: x, weight: w }
        when: { column: x, matches: "([a-z" }
`);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'files[0].nodes[0].kind',
        'files[0].nodes[1].props.foo',
        'files[0].nodes[1].props.scale.split',
        'files[0].edges[0].rel',
        'files[0].edges[1].rel',
        'files[0].edges[2].to.kind',
        'files[0].edges[2].to.key.template',
        'files[0].edges[2].props.weight',
        'files[0].edges[2].when.matches',
      ].sort(),
    );
    expect(byPath['files[0].nodes[0].kind']).toContain('did you mean "Enterprise"');
    expect(byPath['files[0].nodes[1].props.foo']).toContain('Enterprise has no property "foo"');
    expect(byPath['files[0].nodes[1].props.foo']).toContain(
      'name_zh, name_en, aliases, description, source',
    );
    expect(byPath['files[0].edges[0].rel']).toBe(
      'POSTED does not join Posting→Enterprise (allowed: Enterprise→Posting)',
    );
    expect(byPath['files[0].edges[1].rel']).toContain('unknown relationship type "EMPLOYZ"');
    expect(byPath['files[0].edges[2].props.weight']).toContain('REQUIRES has no property "weight"');
    expect(byPath['files[0].edges[2].when.matches']).toContain('invalid regular expression');
    expect(byPath['files[0].edges[2].to.key.template']).toContain('unclosed "{"');
  });

  it('checks defaults, value conditions and format options', () => {
    const paths = pathsOf(`
version: 1
defaults:
  nodeProps: { source: { const: x }, tier: { const: y }, bogus: z }
  edgeProps: { importance: { const: 1 } }
files:
  - match: a.csv
    rows: data
    nodes:
      - kind: Occupation
        key: { column: id, when: [{ column: t, matches: "a(" }] }
  - match: b.json
    delimiter: ";"
    edges: [{ rel: FOR, from: { kind: Posting, key: p }, to: { kind: Occupation, key: o } }]
`);
    expect(paths.sort()).toEqual(
      [
        'defaults.nodeProps.tier',
        'defaults.nodeProps.bogus',
        'defaults.edgeProps.importance',
        'files[0].rows',
        'files[0].nodes[0].key.when[0].matches',
        'files[1].delimiter',
      ].sort(),
    );
  });

  it('accepts the common properties on every kind and quotes odd names in paths', () => {
    expect(
      pathsOf(`
version: 1
files:
  - match: a.csv
    nodes:
      - kind: Competency
        key: id
        props: { name_zh: n, name_en: e, aliases: a, description: d, source: s, "名 称": x }
`),
    ).toEqual(['files[0].nodes[0].props["名 称"]']);
  });

  it('checkMapping finds nothing wrong with a good mapping', () => {
    expect(checkMapping(parseMapping(enterprises, 'x'))).toEqual([]);
  });
});
