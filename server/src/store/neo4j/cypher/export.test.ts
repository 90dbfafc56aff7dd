import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { relationshipTypes } from '@chanjiao/graph-schema';
import { edgePage, edgesOfStart, nodePage, pairCountColumns } from './export.ts';

describe('export statements', () => {
  it('pages nodes by a range seek on the key, the limit as an integer', () => {
    const s = nodePage('Enterprise', 'e-100', 5000);
    expect(s.cypher).toContain('MATCH (n:`Enterprise`) WHERE n.key > $after');
    expect(s.cypher).toContain('ORDER BY n.key LIMIT $limit');
    expect(s.params.after).toBe('e-100');
    expect(neo4j.isInt(s.params.limit)).toBe(true);
  });

  it('pages relationships by their start key, so the limit needs no sort', () => {
    const s = edgePage('LOCATED_IN', 'Enterprise', '', 5000);
    expect(s.cypher).toMatch(
      /MATCH \(a:`Enterprise`\) WHERE a\.key > \$after\s+MATCH \(a\)-\[r:`LOCATED_IN`\]->\(b\)/,
    );
    expect(s.cypher).toContain('ORDER BY from LIMIT $limit');
    expect(edgesOfStart('LOCATED_IN', 'Enterprise', 'e-1').cypher).toContain(
      '(a:`Enterprise` {key: $key})-[r:`LOCATED_IN`]->(b)',
    );
  });

  it('counts relationships per type and start kind for every pair the schema allows', () => {
    const s = pairCountColumns();
    for (const [rel, spec] of Object.entries(relationshipTypes))
      for (const [from] of spec.pairs)
        expect(s.cypher).toContain(
          `['${rel}', '${from}', COUNT { MATCH (:\`${from}\`)-[:\`${rel}\`]->() }]`,
        );
  });

  it('takes a stored name as it is, and refuses text that is not one', () => {
    // A kind a schema extension no longer declares is still read (the schema check finds it).
    expect(nodePage('Fund', '', 1).cypher).toContain('MATCH (n:`Fund`)');
    expect(() => nodePage('Nope`) DETACH DELETE (n' as never, '', 1)).toThrow(/not a stored name/);
    expect(() => edgePage('NO PE', 'Chain', '', 1)).toThrow(/not a stored name/);
  });
});
