/**
 * Partial downloads through a mapping: optional files that are absent are reported with what they
 * would have added; an edge (or a whole file) whose other end comes from an absent file is not
 * read, with the reason; and rows shorter than their header are read with blanks where the file
 * mapping allows it, counted, and are problems otherwise.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MappingError } from './errors.ts';
import { openMappingImport } from './open.ts';
import { parseMapping } from './parse.ts';
import { collect, itemsOf, problemsOf, recordsOf, tempDir, type TempDir } from './testing.ts';

const mapping = `
version: 1
files:
  - match: occupations.csv
    nodes:
      - kind: Occupation
        key: code
        props: { name_zh: name }
    edges:
      - rel: PART_OF
        needs: [groups.csv]
        from: { kind: Occupation, key: code }
        to: { kind: Occupation, key: group }
  - match: groups.csv
    required: false
    description: the occupation groups
    nodes:
      - kind: Occupation
        key: group
        props: { name_zh: title }
  - match: skills.csv
    required: false
    nodes:
      - kind: Competency
        key: id
        props: { name_zh: label }
  - match: requires.csv
    required: false
    needs: [skills.csv]
    edges:
      - rel: REQUIRES
        from: { kind: Occupation, key: occupation }
        to: { kind: Competency, key: skill }
`;

const files = {
  'occupations.csv': 'code,name,group\no1,电池工,g1\no2,检测员,g1\n',
  'groups.csv': 'group,title\ng1,制造人员\n',
  'skills.csv': 'id,label\ns1,涂布\n',
  'requires.csv': 'occupation,skill\no1,s1\n',
};

let tmp: TempDir | undefined;
afterEach(() => tmp?.remove());

async function open(names: (keyof typeof files)[], text = mapping) {
  tmp = tempDir();
  const paths = names.map((name) => ({ path: tmp!.write(name, files[name]) }));
  return openMappingImport(parseMapping(text, 'test.yaml'), paths, { origin: 'test.yaml' });
}

async function recordsOfAll(sources: Awaited<ReturnType<typeof open>>['sources']) {
  const items = (await Promise.all(sources.map(collect))).flat();
  return { records: recordsOf(items), problems: problemsOf(items) };
}

describe('a partial download', () => {
  it('reads everything and reports nothing when every file is present', async () => {
    const opened = await open(['occupations.csv', 'groups.csv', 'skills.csv', 'requires.csv']);
    expect(opened.notices).toEqual({ absentFiles: [], skipped: [] });
    const { records } = await recordsOfAll(opened.sources);
    expect(records.filter((r) => r.type === 'edge').map((r) => r.type === 'edge' && r.rel)).toEqual(
      ['PART_OF', 'PART_OF', 'REQUIRES'],
    );
  });

  it('needs only the required file; reports the absent ones with what they would have added', async () => {
    const opened = await open(['occupations.csv']);
    expect(opened.notices.absentFiles).toEqual([
      { match: 'groups.csv', adds: 'the occupation groups' },
      { match: 'skills.csv', adds: 'Competency nodes' },
      { match: 'requires.csv', adds: 'REQUIRES Occupation→Competency relationships' },
    ]);
    // The PART_OF edges end at groups, which come from the absent groups.csv: not read, and said.
    expect(opened.notices.skipped).toEqual([
      {
        file: 'occupations.csv',
        what: 'PART_OF Occupation→Occupation (edges[0])',
        reason: 'it links to nodes from groups.csv, which is not among the files',
      },
    ]);
    const { records, problems } = await recordsOfAll(opened.sources);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.type)).toEqual(['node', 'node']);
  });

  it('does not read a file whose links need an absent file', async () => {
    const opened = await open(['occupations.csv', 'groups.csv', 'requires.csv']);
    expect(opened.sources.map((s) => s.file)).toEqual(['occupations.csv', 'groups.csv']);
    expect(opened.notices.skipped).toEqual([
      {
        file: 'requires.csv',
        what: 'the whole file',
        reason: 'it links to nodes from skills.csv, which is not among the files',
      },
    ]);
    expect(opened.notices.absentFiles.map((a) => a.match)).toEqual(['skills.csv']);
  });

  it('does not ask a skipped edge’s columns of the header', async () => {
    tmp = tempDir();
    const path = tmp.write('occupations.csv', 'code,name\no1,电池工\n');
    const opened = await openMappingImport(parseMapping(mapping, 'test.yaml'), [{ path }]);
    const { records, problems } = await recordsOfAll(opened.sources);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
  });

  it('still refuses an import without a required file', async () => {
    await expect(open(['groups.csv'])).rejects.toMatchObject({
      name: 'MappingError',
      details: [
        expect.objectContaining({
          path: 'files[0].match',
          message: expect.stringContaining('no file matches "occupations.csv", which is required'),
        }),
      ],
    });
  });

  it('rejects a need that names no file mapping, or the file itself', async () => {
    const bad = mapping
      .replace('needs: [groups.csv]', 'needs: [group.csv]')
      .replace('needs: [skills.csv]', 'needs: [requires.csv]');
    let error: unknown;
    try {
      parseMapping(bad, 'bad.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).details).toEqual([
      {
        path: 'files[0].edges[0].needs[0]',
        message: expect.stringMatching(
          /needs "group.csv", which is not the match of any file mapping/,
        ),
      },
      { path: 'files[3].needs[0]', message: 'a file mapping cannot need itself ("requires.csv")' },
    ]);
  });
});

describe('rows shorter than their header', () => {
  const shortMapping = (option: string) => `
version: 1
files:
  - match: groups.csv
    ${option}
    nodes:
      - kind: Occupation
        key: code
        props: { name_zh: name, description: note }
`;
  const text = 'code,name,note,extra\ng1,一组,说明,x\ng2,二组\ng3,三组,,\ng4,四组,说明,x,y\n';

  it('are problems by default, naming the cell counts', async () => {
    tmp = tempDir();
    const items = await itemsOf(tmp, shortMapping(''), { 'groups.csv': text });
    expect(problemsOf(items).map((p) => `row ${p.row}: ${p.message}`)).toEqual([
      'row 2: the row has 2 cells, the header 4 (line 3)',
      'row 4: the row has 5 cells, the header 4 (line 5)',
    ]);
  });

  it('with shortRows: blank, are read with the missing cells blank and counted; longer rows stay problems', async () => {
    tmp = tempDir();
    const items = await itemsOf(tmp, shortMapping('shortRows: blank'), { 'groups.csv': text });
    expect(items.filter((i) => i.type === 'short')).toEqual([
      { type: 'short', at: { file: 'groups.csv', row: 2 }, cells: 2, columns: 4 },
    ]);
    expect(recordsOf(items)).toEqual([
      {
        type: 'node',
        kind: 'Occupation',
        key: 'g1',
        props: { name_zh: '一组', description: '说明' },
      },
      { type: 'node', kind: 'Occupation', key: 'g2', props: { name_zh: '二组' } },
      { type: 'node', kind: 'Occupation', key: 'g3', props: { name_zh: '三组' } },
    ]);
    expect(problemsOf(items).map((p) => p.row)).toEqual([4]);
  });

  it('is an option of CSV and TSV files only', () => {
    expect(() =>
      parseMapping(
        'version: 1\nfiles:\n  - match: g.json\n    shortRows: blank\n    nodes: [{ kind: Chain, key: k, props: { name_zh: n } }]\n',
        'm.yaml',
      ),
    ).toThrow(/shortRows applies to csv and tsv files only/);
  });
});
