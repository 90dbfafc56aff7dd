import { describe, expect, it } from 'vitest';
import { nodeKindNames, relTypeNames } from '@chanjiao/graph-schema';
import type { Statement } from '../executor.ts';
import { countKinds, edgesOfType, nodesOfKind } from './projection.ts';

/** The `$name`s a statement's Cypher uses, and the names of the parameters it sends. */
function paramsOf(s: Statement) {
  const used = new Set([...s.cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  return { used: [...used].sort(), sent: Object.keys(s.params).sort() };
}

describe('projection statements', () => {
  it('send exactly the parameters their Cypher uses, with or without properties', () => {
    const statements: Statement[] = [
      countKinds([...nodeKindNames]),
      ...relTypeNames.map((rel) => edgesOfType(rel)),
      ...nodeKindNames.flatMap((kind) => [nodesOfKind(kind), nodesOfKind(kind, false)]),
    ];
    for (const s of statements) {
      const { used, sent } = paramsOf(s);
      expect(sent, s.cypher).toEqual(used);
    }
  });

  it('read no property of a node when asked for keys only', () => {
    const s = nodesOfKind('Competency', false);
    expect(s.cypher).toContain('collect([n.key, null])');
    expect(s.params).not.toHaveProperty('names');
    expect(nodesOfKind('Competency').params).toHaveProperty('names');
  });
});
