import { describe, expect, it } from 'vitest';
import { undoStatements } from './bulk.ts';

describe('undo statements', () => {
  it('undo relationships before nodes, one statement per shape', () => {
    const statements = undoStatements({
      nodesCreated: [
        ['Competency', 'c1'],
        ['Occupation', 'o1'],
        ['Competency', 'c2'],
      ],
      nodesUpdated: [['Occupation', 'o0', { name_zh: '原' }]],
      edgesCreated: [
        ['REQUIRES', 'Occupation', 'o1', 'Competency', 'c1'],
        ['REQUIRES', 'Occupation', 'o1', 'Competency', 'c2'],
      ],
      edgesUpdated: [['REQUIRES', 'Occupation', 'o0', 'Competency', 'c0', { importance: 2 }]],
    });
    expect(
      statements.map((s) => s.cypher.match(/DETACH DELETE|DELETE r|SET r|SET n/)?.[0]),
    ).toEqual(['DELETE r', 'SET r', 'DETACH DELETE', 'DETACH DELETE', 'SET n']);
    expect(statements[0]!.params).toEqual({
      batch: {
        rows: [
          { from: 'o1', to: 'c1' },
          { from: 'o1', to: 'c2' },
        ],
      },
    });
    expect(statements[2]!.params).toEqual({ batch: { keys: ['c1', 'c2'] } });
    expect(statements[4]!.params).toEqual({
      batch: { rows: [{ key: 'o0', props: { name_zh: '原' } }] },
    });
  });
});

describe('stored undo entries', () => {
  it('pack created keys by kind and shape, and read back packed or plain', async () => {
    const { packUndo, unpackUndo } = await import('../changes.ts');
    const entry = {
      nodesCreated: [
        ['Competency', 'c1'],
        ['Occupation', 'o1'],
        ['Competency', 'c|2'],
      ] as [never, string][],
      nodesUpdated: [['Occupation', 'o0', { name_zh: '原' }]] as [never, string, never][],
      edgesCreated: [
        ['REQUIRES', 'Occupation', 'o1', 'Competency', 'c1'],
        ['REQUIRES', 'Occupation', 'o1', 'Competency', 'c|2'],
      ] as [never, never, string, never, string][],
      edgesUpdated: [],
    };
    const packed = packUndo(entry);
    expect(packed.length).toBeLessThan(JSON.stringify(entry).length);
    const back = unpackUndo(packed);
    expect(back.edgesCreated).toEqual(entry.edgesCreated);
    expect(new Set(back.nodesCreated.map((n) => n.join(':')))).toEqual(
      new Set(entry.nodesCreated.map((n) => n.join(':'))),
    );
    expect(unpackUndo(JSON.stringify(entry))).toEqual(entry);
  });
});
