import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaStatements } from '../cypher/schema.ts';
import { loaderArguments } from './admin.ts';
import { fullJitRecords, restartEnv } from './load.ts';
import type { Conversion } from './convert.ts';
import { lineAlignedRanges } from './parallel.ts';

describe('bulk loader arguments', () => {
  const conversion: Conversion = {
    records: 3,
    rowsSkipped: 0,
    nodes: 2,
    edges: 1,
    nodeFiles: [{ name: 'Chain', header: '/d/h.csv', data: '/d/a.csv,/d/b.csv', rows: 2 }],
    relationshipFiles: [{ name: 'PART_OF', header: '/d/rh.csv', data: '/d/r.csv', rows: 1 }],
    repeats: null,
    multiline: false,
    problems: [],
    problemsTotal: 0,
  };

  it('names the database first, refuses bad entries and lists every file group', () => {
    const args = loaderArguments(conversion, { database: 'neo4j', reportFile: '/d/report' });
    expect(args[0]).toBe('neo4j');
    expect(args).toContain('--bad-tolerance=0');
    expect(args).toContain('--array-delimiter=U+001F');
    expect(args).toContain('--multiline-fields=false');
    expect(args).toContain('--nodes=Chain=/d/h.csv,/d/a.csv,/d/b.csv');
    expect(args[args.length - 1]).toBe('--relationships=PART_OF=/d/rh.csv,/d/r.csv');
  });
});

describe('line-aligned ranges', () => {
  it('cuts a file just after line breaks and covers every byte once', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-ranges-')), 'x.ndjson');
    const line = `${'x'.repeat(999)}\n`;
    fs.writeFileSync(file, line.repeat(40_000)); // 40 MB
    const ranges = lineAlignedRanges(file, 3);
    expect(ranges.length).toBe(2); // at least 16 MB a range
    expect(ranges[0]!.start).toBe(0);
    expect(ranges[ranges.length - 1]!.end).toBe(40_000_000);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]!.start).toBe(ranges[i - 1]!.end);
      expect(ranges[i]!.start % 1000).toBe(0);
    }
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});

describe('the server restart after a bulk load', () => {
  it('uses the full JIT for a large load, the quick start for a small one', () => {
    expect(restartEnv(fullJitRecords, {})).toEqual({ NEO4J_WARM_UP: '0', NEO4J_QUICK_JIT: '0' });
    expect(restartEnv(fullJitRecords - 1, {})).toEqual({ NEO4J_WARM_UP: '0' });
  });

  it('leaves the JIT to NEO4J_QUICK_JIT when it is set', () => {
    expect(restartEnv(6_325_102, { NEO4J_QUICK_JIT: '1' })).toEqual({ NEO4J_WARM_UP: '0' });
  });
});

describe('the schema statements', () => {
  it('create the full-text index before the constraints, so that it fills while they do', () => {
    const statements = schemaStatements('cjk');
    expect(statements[0]).toMatch(/^CREATE FULLTEXT INDEX /);
    expect(statements.filter((s) => s.startsWith('CREATE FULLTEXT INDEX '))).toHaveLength(1);
    expect(statements.slice(1).some((s) => s.startsWith('CREATE CONSTRAINT '))).toBe(true);
  });
});
