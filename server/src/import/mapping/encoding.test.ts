import { afterAll, describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './decode.ts';
import { MappingError } from './errors.ts';
import { collect, itemsOf, openWith, problemsOf, recordsOf, tempDir } from './testing.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

// GBK bytes, written out by hand: TextEncoder only encodes UTF-8.
const gbk = {
  宁德时代: [0xc4, 0xfe, 0xb5, 0xc2, 0xca, 0xb1, 0xb4, 0xfa],
  星源: [0xd0, 0xc7, 0xd4, 0xb4],
  名称: [0xc3, 0xfb, 0xb3, 0xc6],
};
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

/** An Excel-style GBK CSV: ASCII header, Chinese names. */
const gbkCsv = Buffer.from([
  ...ascii('id,name\r\nE1,'),
  ...gbk.宁德时代,
  ...ascii('\r\nE2,'),
  ...gbk.星源,
  ...ascii('\r\n'),
]);

const mapping = (encoding?: string) => `
version: 1
files:
  - match: enterprises.csv
    ${encoding ? `encoding: ${encoding}` : ''}
    nodes: [{ kind: Enterprise, key: id, props: { name_zh: name } }]
`;

describe('encodings', () => {
  it('Node decodes GB18030, GBK and UTF-16LE (full ICU)', () => {
    const bytes = Uint8Array.from(gbk.宁德时代);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe('宁德时代');
    expect(new TextDecoder('gbk').decode(bytes)).toBe('宁德时代');
    expect(new TextDecoder('utf-16le').decode(Buffer.from('编号', 'utf16le'))).toBe('编号');
  });

  it('reports a GBK file read as UTF-8 once, at row 0, with where and what to do, and stops', async () => {
    const items = await itemsOf(tmp, mapping(), { 'enterprises.csv': gbkCsv });
    expect(items).toHaveLength(1);
    const [problem] = problemsOf(items);
    expect(problem).toMatchObject({ file: 'enterprises.csv', row: 0 });
    expect(problem?.message).toContain(
      'enterprises.csv is not valid UTF-8 (byte 0xc4 at offset 12, line 2)',
    );
    expect(problem?.message).toContain('encoding: gb18030');
    expect(problem?.message).toContain('--encoding gb18030');
  });

  it('reads the same file with encoding gb18030, from the mapping or the option', async () => {
    const expected = [
      { type: 'node', kind: 'Enterprise', key: 'E1', props: { name_zh: '宁德时代' } },
      { type: 'node', kind: 'Enterprise', key: 'E2', props: { name_zh: '星源' } },
    ];
    const fromMapping = await itemsOf(tmp, mapping('gb18030'), { 'enterprises.csv': gbkCsv });
    expect(recordsOf(fromMapping)).toEqual(expected);
    const fromOption = await itemsOf(
      tmp,
      mapping(),
      { 'enterprises.csv': gbkCsv },
      { encoding: 'gbk' },
    );
    expect(recordsOf(fromOption)).toEqual(expected);
  });

  it('rejects, before reading rows, a file whose header is not valid in the encoding', async () => {
    const header = Buffer.from([...ascii('id,'), ...gbk.名称, ...ascii('\nE1,x\n')]);
    let error: unknown;
    try {
      await openWith(tmp, mapping(), { 'enterprises.csv': header });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MappingError);
    const details = (error as MappingError).details;
    expect(details[0]).toMatchObject({ file: 'enterprises.csv', path: 'files[0].encoding' });
    expect(details[0]?.message).toContain('not valid UTF-8 (byte 0xc3 at offset 3, line 1)');
  });

  it('drops a UTF-8 byte-order mark and reads UTF-16LE', async () => {
    const bom = await itemsOf(tmp, mapping(), {
      'enterprises.csv': '\ufeffid,name\nE1,宁德时代\n',
    });
    expect(recordsOf(bom)).toEqual([
      { type: 'node', kind: 'Enterprise', key: 'E1', props: { name_zh: '宁德时代' } },
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('id,name\r\nE1,宁德时代\r\n', 'utf16le'),
    ]);
    const items = await itemsOf(tmp, mapping('utf-16le'), { 'enterprises.csv': utf16 });
    expect(recordsOf(items)).toEqual(recordsOf(bom));
  });

  it('finds the invalid byte across chunk boundaries and at the end of a file', async () => {
    // A valid three-byte character split by the 64 KiB chunk boundary, then a bad byte.
    // The rows before it are read.
    const filler = 'a'.repeat(64 * 1024 - 1 - 'id,name,pad\nE1,x,'.length);
    const text = Buffer.from(`id,name,pad\nE1,x,${filler}电池\nE2,y,`);
    const bad = Buffer.concat([text, Buffer.from([0xff]), Buffer.from('\n')]);
    const [source] = await openWith(tmp, mapping(), { 'enterprises.csv': bad });
    const items = await collect(source!);
    expect(items.map((i) => i.type)).toEqual(['record', 'problem']);
    expect(problemsOf(items)[0]).toMatchObject({ row: 0 });
    expect(problemsOf(items)[0]?.message).toContain(`byte 0xff at offset ${text.length}, line 3`);

    const truncated = Buffer.concat([
      Buffer.from('id,name\nE1,'),
      Buffer.from('电').subarray(0, 2),
    ]);
    const [cut] = await openWith(tmp, mapping(), { 'enterprises.csv': truncated });
    expect(problemsOf(await collect(cut!))[0]?.message).toContain(
      '(byte 0xe7 at offset 11, line 2)',
    );
  });

  it('firstInvalidUtf8 follows the UTF-8 rules', () => {
    expect(firstInvalidUtf8(Buffer.from('宁德 ok'))).toBe(Buffer.byteLength('宁德 ok'));
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe7, 0x94]))).toBe(1); // cut short
    expect(firstInvalidUtf8(Uint8Array.from(gbk.宁德时代))).toBe(0);
  });
});
