/**
 * A change's visibility follows its record's current privacy on Neo4j (as on the embedded
 * store): when a write makes a node private, moves it to another organisation or makes it public,
 * the node's earlier `AtlasChange` nodes — since its last creation, so an earlier record under the
 * same key keeps its own marks — and those of its relationships are re-marked on the write's own
 * transaction. A relationship's change is private when one of its ends is now; an end that no
 * longer exists counts with the privacy its last change carries.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeKind, NodeRef, Props } from '@chanjiao/graph-schema';
import { changeLabel } from './audit-labels.ts';
import { run } from './executor.ts';
import { label } from './names.ts';

/** A node whose privacy a write changed, and its organisation now (null: public). */
export interface PrivacyMove {
  kind: NodeKind;
  key: string;
  org: string | null;
}

export function privateOrg(...props: (Props | null | undefined)[]): string | null {
  for (const p of props)
    if (p && p.visibility === 'private') return typeof p.org === 'string' ? p.org : '';
  return null;
}

const refId = (kind: string, key: string) => `${kind}:${key}`;

/** Each node's privacy now, by `Kind:key` (the last change's for a node that is gone). */
async function privacyNow(
  tx: ManagedTransaction,
  refs: NodeRef[],
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const byKind = new Map<NodeKind, Set<string>>();
  for (const r of refs) byKind.set(r.kind, (byKind.get(r.kind) ?? new Set()).add(r.key));
  const gone: NodeRef[] = [];
  for (const [kind, keys] of byKind) {
    const res = await run(tx, {
      cypher: `MATCH (n:${label(kind)}) WHERE n.key IN $keys
RETURN n.key AS key, n.visibility AS visibility, n.org AS org`,
      params: { keys: [...keys] },
    });
    for (const rec of res.records)
      out.set(
        refId(kind, rec.get('key') as string),
        privateOrg({
          visibility: rec.get('visibility') as string,
          org: rec.get('org') as string,
        } as Props),
      );
    for (const key of keys) if (!out.has(refId(kind, key))) gone.push({ kind, key });
  }
  if (gone.length > 0) {
    const res = await run(tx, {
      cypher: `UNWIND $gone AS g
OPTIONAL MATCH (c:${changeLabel} {kind: g.kind, key: g.key}) WHERE c.rel IS NULL
WITH g, c ORDER BY c.seq DESC
WITH g, collect(c.privateOrg)[0] AS org
RETURN g.kind AS kind, g.key AS key, org`,
      params: { gone },
    });
    for (const rec of res.records)
      out.set(
        refId(rec.get('kind') as string, rec.get('key') as string),
        (rec.get('org') as string | null) ?? null,
      );
  }
  return out;
}

/** Re-marks the earlier changes of the nodes a transaction moved, and of their relationships. */
export async function followPrivacy(tx: ManagedTransaction, moves: PrivacyMove[]): Promise<void> {
  if (moves.length === 0) return;
  // The moved nodes' own changes, and the relationship changes touching them (both ends).
  const res = await run(tx, {
    cypher: `UNWIND $moves AS m
OPTIONAL MATCH (born:${changeLabel} {kind: m.kind, key: m.key, action: 'create'}) WHERE born.rel IS NULL
WITH m, coalesce(max(born.seq), 0) AS since
CALL (m, since) {
  MATCH (c:${changeLabel} {kind: m.kind, key: m.key}) WHERE c.seq IS NULL OR c.seq >= since RETURN c
  UNION
  MATCH (c:${changeLabel} {toKind: m.kind, toKey: m.key}) WHERE c.seq IS NULL OR c.seq >= since
  RETURN c
}
WITH c, m
SET c.privateOrg = CASE WHEN c.rel IS NULL THEN m.org ELSE c.privateOrg END
WITH c WHERE c.rel IS NOT NULL
RETURN DISTINCT elementId(c) AS id, c.kind AS fk, c.key AS fkey, c.toKind AS tk, c.toKey AS tkey`,
    params: { moves },
  });
  if (res.records.length === 0) return;
  const edges = res.records.map((rec) => ({
    id: rec.get('id') as string,
    from: { kind: rec.get('fk') as NodeKind, key: rec.get('fkey') as string },
    to: { kind: rec.get('tk') as NodeKind, key: rec.get('tkey') as string },
  }));
  const now = await privacyNow(
    tx,
    edges.flatMap((e) => [e.from, e.to]),
  );
  const marks = edges.map((e) => ({
    id: e.id,
    org: now.get(refId(e.from.kind, e.from.key)) ?? now.get(refId(e.to.kind, e.to.key)) ?? null,
  }));
  await run(tx, {
    cypher: `UNWIND $marks AS m
MATCH (c:${changeLabel}) WHERE elementId(c) = m.id
SET c.privateOrg = m.org`,
    params: { marks },
  });
}
