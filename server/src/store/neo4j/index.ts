/**
 * The Neo4j store: neo4j-driver 6 against Neo4j 5.26. A node is stored with one label, its kind,
 * and the properties `key` plus its props; a relationship with its type and props. Labels and types
 * come only from graph-schema's enums (checked by `label()`/`relType()` before they reach a query);
 * every value travels as a parameter.
 *
 * A write batch is one transaction (`executeWrite`, retried whole by the driver on transient
 * errors): consecutive ops of the same shape become one `UNWIND $rows … MERGE`, and an edge group
 * first checks its endpoints, so a missing one aborts the whole batch before anything commits.
 * Reads return the same answers as the embedded store: ranking and ordering are shared code.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import {
  edgeId,
  fullTextIndex,
  isNodeKind,
  isRelType,
  nodeId,
  nodeKindNames,
  rangeIndexes,
  relTypeNames,
  uniqueConstraints,
  type EdgeRef,
  type NodeKind,
  type NodeRef,
  type Props,
  type RelationSummary,
  type RelType,
  type Stats,
} from '@chanjiao/graph-schema';
import { randomUUID } from 'node:crypto';
import { ImportInProgressError, MissingNodeError } from '../../errors.ts';
import { WriteLock } from '../lock.ts';
import {
  abandonedAfterMs,
  applyUndo,
  emptyUndo,
  importLabel,
  recordUndo,
  writeEdgeGroup,
  writeNodeGroup,
  undoLabel,
  type UndoEntry,
} from './bulk.ts';
import { projectionTooLarge } from '../limits.ts';
import {
  emptyWriteResult,
  type EdgeRow,
  type ExportItem,
  type GraphStore,
  type NeighbourhoodQuery,
  type NodeRow,
  type ProjectionSpec,
  type SearchQuery,
  type Subgraph,
  type BulkSession,
  type CountQuery,
  type ExpandQuery,
  type UpsertOp,
  type WriteOp,
  type WriteResult,
} from '../port.ts';
import { compareEdgeRows, compareNodeRows, compareStrings } from '../order.ts';
import { rankCandidates, searchWords, type SearchPage } from '../search-rank.ts';
import { breadthFirstByLevel } from '../traverse.ts';
import { mapNeo4jError, toPlainProps } from './errors.ts';
import { fullTextQuery } from './fulltext.ts';
import { dropStaleFullTextIndex } from './fulltext-labels.ts';
import { countNeighboursNeo4j, expandNeo4j, getNodesNeo4j } from './scoped.ts';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Rows per UNWIND statement (default writeChunkSize). */
  chunkSize?: number;
  /** When another process's bulk session counts as abandoned (default abandonedAfterMs). */
  abandonedImportAfterMs?: number;
}

/** Rows per UNWIND statement by default; measured with scripts/bench/neo4j-chunks.ts (see README). */
export const writeChunkSize = 5000;

function label(kind: string): string {
  if (!isNodeKind(kind)) throw new Error(`not a node kind: ${kind}`);
  return `\`${kind}\``;
}

function relType(rel: string): string {
  if (!isRelType(rel)) throw new Error(`not a relationship type: ${rel}`);
  return `\`${rel}\``;
}

function kindOf(labels: string[]): NodeKind {
  const kind = labels.find(isNodeKind);
  if (!kind) throw new Error(`node without a known kind label: ${labels.join(',')}`);
  return kind;
}

function withoutKey(properties: Record<string, unknown>): Props {
  const { key: _key, ...props } = toPlainProps(properties);
  return props;
}

type Group =
  | {
      op: 'upsertNode';
      kind: NodeKind;
      mode: 'merge' | 'replace';
      rows: { i: number; key: string; props: Props }[];
    }
  | {
      op: 'upsertEdge';
      rel: RelType;
      from: NodeKind;
      to: NodeKind;
      mode: 'merge' | 'replace';
      rows: { i: number; from: string; to: string; props: Props }[];
    }
  | { op: 'removeNode'; kind: NodeKind; rows: { i: number; key: string }[] }
  | {
      op: 'removeEdge';
      rel: RelType;
      from: NodeKind;
      to: NodeKind;
      rows: { i: number; from: string; to: string }[];
    };

function shapeOf(op: WriteOp): string {
  if (op.op === 'upsertNode') return `${op.node.kind}|${op.mode}`;
  if (op.op === 'upsertEdge')
    return `${op.edge.rel}|${op.edge.from.kind}|${op.edge.to.kind}|${op.mode}`;
  return '';
}

/**
 * Within a run of consecutive upserts of one sort (nodes, or edges), ops of different shapes touch
 * different nodes or relationships, so they may be bucketed by shape (keeping their order within a
 * shape): an import then costs one statement per kind and relationship shape, not per change of shape.
 */
export function orderForBatching(ops: WriteOp[]): [WriteOp, number][] {
  const out: [WriteOp, number][] = [];
  let run: [WriteOp, number][] = [];
  const flush = () => {
    const buckets = new Map<string, [WriteOp, number][]>();
    for (const entry of run) {
      const shape = shapeOf(entry[0]);
      const bucket = buckets.get(shape);
      if (bucket) bucket.push(entry);
      else buckets.set(shape, [entry]);
    }
    for (const bucket of buckets.values()) out.push(...bucket);
    run = [];
  };
  ops.forEach((op, i) => {
    const sameSort = run.length > 0 && run[0]![0].op === op.op;
    if (!sameSort) flush();
    if (op.op === 'upsertNode' || op.op === 'upsertEdge') run.push([op, i]);
    else out.push([op, i]);
  });
  flush();
  return out;
}

/** Consecutive ops of the same shape form one group, so order across shapes is kept. */
function groupOps(ordered: [WriteOp, number][], chunkSize: number): Group[] {
  const groups: Group[] = [];
  ordered.forEach(([op, i]) => {
    const last = groups[groups.length - 1];
    switch (op.op) {
      case 'upsertNode': {
        const row = { i, key: op.node.key, props: op.node.props };
        if (
          last?.op === 'upsertNode' &&
          last.kind === op.node.kind &&
          last.mode === op.mode &&
          last.rows.length < chunkSize
        )
          last.rows.push(row);
        else groups.push({ op: 'upsertNode', kind: op.node.kind, mode: op.mode, rows: [row] });
        break;
      }
      case 'upsertEdge': {
        const { edge } = op;
        const row = { i, from: edge.from.key, to: edge.to.key, props: edge.props };
        if (
          last?.op === 'upsertEdge' &&
          last.rel === edge.rel &&
          last.from === edge.from.kind &&
          last.to === edge.to.kind &&
          last.mode === op.mode &&
          last.rows.length < chunkSize
        )
          last.rows.push(row);
        else
          groups.push({
            op: 'upsertEdge',
            rel: edge.rel,
            from: edge.from.kind,
            to: edge.to.kind,
            mode: op.mode,
            rows: [row],
          });
        break;
      }
      case 'removeNode': {
        const row = { i, key: op.ref.key };
        if (last?.op === 'removeNode' && last.kind === op.ref.kind) last.rows.push(row);
        else groups.push({ op: 'removeNode', kind: op.ref.kind, rows: [row] });
        break;
      }
      case 'removeEdge': {
        const row = { i, from: op.ref.from.key, to: op.ref.to.key };
        if (
          last?.op === 'removeEdge' &&
          last.rel === op.ref.rel &&
          last.from === op.ref.from.kind &&
          last.to === op.ref.to.kind
        )
          last.rows.push(row);
        else
          groups.push({
            op: 'removeEdge',
            rel: op.ref.rel,
            from: op.ref.from.kind,
            to: op.ref.to.kind,
            rows: [row],
          });
        break;
      }
    }
  });
  return groups;
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j' as const;
  private readonly lock = new WriteLock();
  /** Identifies this process's bulk sessions in their markers. */
  private readonly owner = randomUUID();

  private constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jOptions,
  ) {}

  /** Connects, checks the credentials and creates constraints and indexes (idempotently). */
  static async connect(options: Neo4jOptions): Promise<Neo4jStore> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 20_000,
      // While Neo4j is down, answer 503 within seconds instead of retrying for the default 30 s.
      maxTransactionRetryTime: 3_000,
      maxConnectionPoolSize: 50,
      userAgent: 'chanjiao-atlas',
    });
    try {
      await driver.getServerInfo(options.database ? { database: options.database } : {});
    } catch (error) {
      await driver.close();
      throw mapNeo4jError(error, options);
    }
    const store = new Neo4jStore(driver, options);
    await store.ensureSchema();
    await store.recoverImports(false);
    return store;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database && { database: this.options.database }),
    });
  }

  private async read<T>(
    operation: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work, { metadata: { app: 'chanjiao-atlas', operation } });
    } catch (error) {
      throw mapNeo4jError(error, this.options);
    } finally {
      await session.close();
    }
  }

  private async writeTx<T>(
    operation: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work, { metadata: { app: 'chanjiao-atlas', operation } });
    } catch (error) {
      throw mapNeo4jError(error, this.options);
    } finally {
      await session.close();
    }
  }

  async ensureSchema(): Promise<void> {
    const statements = [
      ...uniqueConstraints.map(
        (c) =>
          `CREATE CONSTRAINT ${c.name} IF NOT EXISTS FOR (n:${label(c.label)}) REQUIRE n.key IS UNIQUE`,
      ),
      ...rangeIndexes.map(
        (i) =>
          `CREATE INDEX ${i.name} IF NOT EXISTS FOR (n:${label(i.label)}) ON (n.\`${i.property}\`)`,
      ),
      `CREATE INDEX atlas_import_id IF NOT EXISTS FOR (m:${importLabel}) ON (m.id)`,
      `CREATE INDEX atlas_import_undo IF NOT EXISTS FOR (u:${undoLabel}) ON (u.import, u.seq)`,
      `CREATE FULLTEXT INDEX ${fullTextIndex.name} IF NOT EXISTS FOR (n:${fullTextIndex.labels.map(label).join('|')}) ` +
        `ON EACH [${fullTextIndex.properties.map((p) => `n.\`${p}\``).join(', ')}] ` +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ];
    const session = this.session('WRITE');
    try {
      await dropStaleFullTextIndex(session);
      for (const statement of statements) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
    } catch (error) {
      throw mapNeo4jError(error, this.options);
    } finally {
      await session.close();
    }
  }

  // ── writes ─────────────────────────────────────────────────────────────────

  async write(ops: WriteOp[]): Promise<WriteResult> {
    if (ops.length === 0) return emptyWriteResult();
    const groups = groupOps(orderForBatching(ops), this.options.chunkSize ?? writeChunkSize);
    return this.lock.run(() =>
      this.writeTx('write', async (tx) => {
        const result = emptyWriteResult();
        for (const group of groups) await this.applyGroup(tx, group, result);
        return result;
      }),
    );
  }

  // ── bulk sessions (see bulk.ts) ────────────────────────────────────────────

  async beginBulk(): Promise<BulkSession> {
    const release = await this.lock.acquire();
    try {
      await this.recoverImports(true);
      const id = randomUUID();
      await this.writeTx('bulk-begin', (tx) =>
        tx.run(
          `CREATE (:${importLabel} {id: $id, owner: $owner, state: 'running', startedAt: toString(datetime()), heartbeat: timestamp(), chunks: 0})`,
          { id, owner: this.owner },
        ),
      );
      let seq = 0;
      let finished = false;
      const finish = (): void => {
        finished = true;
        release();
      };
      const assertActive = (): void => {
        if (finished) throw new Error('the bulk session is already committed or rolled back');
      };
      return {
        write: async (ops: UpsertOp[]) => {
          assertActive();
          if (ops.length === 0) return emptyWriteResult();
          const groups = groupOps(orderForBatching(ops), this.options.chunkSize ?? writeChunkSize);
          const chunk = seq + 1;
          const result = await this.writeTx('bulk-write', async (tx) => {
            const undo = emptyUndo();
            const out = emptyWriteResult();
            for (const g of groups) {
              if (g.op === 'upsertNode') {
                const [created, updated] = await writeNodeGroup(tx, g, undo);
                out.nodesCreated += created;
                out.nodesUpdated += updated;
              } else if (g.op === 'upsertEdge') {
                const written = await writeEdgeGroup(tx, g, undo);
                if (!Array.isArray(written)) {
                  const op = ops[written.missing] as Extract<UpsertOp, { op: 'upsertEdge' }>;
                  throw new MissingNodeError(
                    `${written.end}: node ${nodeId(op.edge[written.end])} does not exist`,
                    written.missing,
                    written.end,
                  );
                }
                out.edgesCreated += written[0];
                out.edgesUpdated += written[1];
              }
            }
            await recordUndo(tx, id, chunk, undo);
            return out;
          });
          seq = chunk;
          return result;
        },
        commit: async () => {
          assertActive();
          try {
            await this.writeTx('bulk-commit', (tx) =>
              tx.run(`MATCH (m:${importLabel} {id: $id}) SET m.state = 'committed'`, { id }),
            );
            await this.forgetImport(id);
          } finally {
            finish();
          }
        },
        rollback: async () => {
          if (finished) return;
          try {
            await this.undoImport(id);
          } finally {
            finish();
          }
        },
      };
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * Finishes what interrupted sessions left: a committed one loses its undo entries, an abandoned
   * running one (its heartbeat older than abandonedAfterMs, or ours) is rolled back. With
   * `exclusive`, a live session of another process is an ImportInProgressError.
   */
  private async recoverImports(exclusive: boolean): Promise<void> {
    const markers = await this.read('bulk-recover', async (tx) => {
      const res = await tx.run(
        `MATCH (m:${importLabel}) RETURN m.id AS id, m.state AS state, m.owner AS owner,
           m.startedAt AS startedAt, timestamp() - m.heartbeat AS idle`,
      );
      return res.records.map((r) => ({
        id: r.get('id') as string,
        state: r.get('state') as string,
        owner: r.get('owner') as string,
        startedAt: r.get('startedAt') as string,
        idle: num(r, 'idle'),
      }));
    });
    const abandonedAfter = this.options.abandonedImportAfterMs ?? abandonedAfterMs;
    for (const m of markers) {
      if (m.state === 'committed') await this.forgetImport(m.id);
      else if (m.owner === this.owner || m.idle >= abandonedAfter) await this.undoImport(m.id);
      else if (exclusive)
        throw new ImportInProgressError(
          `another import is running on this Neo4j database (started ${m.startedAt}, last active ${Math.round(m.idle / 1000)} s ago); try again when it ends`,
        );
    }
  }

  /** Rolls a session back, newest chunk first, each chunk in its own transaction. */
  private async undoImport(id: string): Promise<void> {
    for (;;) {
      const done = await this.writeTx('bulk-rollback', async (tx) => {
        const res = await tx.run(
          `MATCH (u:${undoLabel} {import: $id}) RETURN u.seq AS seq, u.data AS data ORDER BY seq DESC LIMIT 1`,
          { id },
        );
        const last = res.records[0];
        if (!last) return true;
        await applyUndo(tx, JSON.parse(last.get('data') as string) as UndoEntry);
        await tx.run(`MATCH (u:${undoLabel} {import: $id, seq: $seq}) DELETE u`, {
          id,
          seq: last.get('seq') as number,
        });
        return false;
      });
      if (done) break;
    }
    await this.writeTx('bulk-rollback', (tx) =>
      tx.run(`MATCH (m:${importLabel} {id: $id}) DELETE m`, { id }),
    );
  }

  /** Drops a committed session's undo entries (in small transactions), then its marker. */
  private async forgetImport(id: string): Promise<void> {
    for (;;) {
      const removed = await this.writeTx('bulk-forget', async (tx) =>
        num(
          (
            await tx.run(
              `MATCH (u:${undoLabel} {import: $id}) WITH u LIMIT 100 DELETE u RETURN count(*) AS c`,
              { id },
            )
          ).records[0],
          'c',
        ),
      );
      if (removed === 0) break;
    }
    await this.writeTx('bulk-forget', (tx) =>
      tx.run(`MATCH (m:${importLabel} {id: $id}) DELETE m`, { id }),
    );
  }

  private async applyGroup(
    tx: ManagedTransaction,
    group: Group,
    result: WriteResult,
  ): Promise<void> {
    switch (group.op) {
      case 'upsertNode': {
        const set =
          group.mode === 'merge' ? 'SET n += row.props' : 'SET n = row.props SET n.key = row.key';
        const res = await tx.run(
          `UNWIND $rows AS row
           MERGE (n:${label(group.kind)} {key: row.key})
           ON CREATE SET n.__atlasNew = true
           WITH n, row, n.__atlasNew IS NOT NULL AS created
           REMOVE n.__atlasNew
           ${set}
           RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total`,
          { rows: group.rows },
        );
        const created = num(res.records[0], 'created');
        result.nodesCreated += created;
        result.nodesUpdated += num(res.records[0], 'total') - created;
        return;
      }
      case 'upsertEdge': {
        const missing = await tx.run(
          `UNWIND $rows AS row
           OPTIONAL MATCH (a:${label(group.from)} {key: row.from})
           OPTIONAL MATCH (b:${label(group.to)} {key: row.to})
           WITH row, a, b WHERE a IS NULL OR b IS NULL
           RETURN row.i AS i, a IS NULL AS fromMissing ORDER BY i LIMIT 1`,
          { rows: group.rows },
        );
        const first = missing.records[0];
        if (first) {
          const index = num(first, 'i');
          const fromMissing = first.get('fromMissing') as boolean;
          const row = group.rows.find((r) => r.i === index)!;
          const ref = fromMissing
            ? { kind: group.from, key: row.from }
            : { kind: group.to, key: row.to };
          throw new MissingNodeError(
            `${fromMissing ? 'from' : 'to'}: node ${nodeId(ref)} does not exist`,
            index,
            fromMissing ? 'from' : 'to',
          );
        }
        const set = group.mode === 'merge' ? 'SET r += row.props' : 'SET r = row.props';
        const res = await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${label(group.from)} {key: row.from})
           MATCH (b:${label(group.to)} {key: row.to})
           MERGE (a)-[r:${relType(group.rel)}]->(b)
           ON CREATE SET r.__atlasNew = true
           WITH r, row, r.__atlasNew IS NOT NULL AS created
           REMOVE r.__atlasNew
           ${set}
           RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total`,
          { rows: group.rows },
        );
        const created = num(res.records[0], 'created');
        result.edgesCreated += created;
        result.edgesUpdated += num(res.records[0], 'total') - created;
        return;
      }
      case 'removeEdge': {
        const res = await tx.run(
          `UNWIND $rows AS row
           MATCH (:${label(group.from)} {key: row.from})-[r:${relType(group.rel)}]->(:${label(group.to)} {key: row.to})
           DELETE r
           RETURN count(r) AS removed`,
          { rows: group.rows },
        );
        result.edgesRemoved += num(res.records[0], 'removed');
        return;
      }
      case 'removeNode': {
        const res = await tx.run(
          `UNWIND $rows AS row
           MATCH (n:${label(group.kind)} {key: row.key})
           WITH n, COUNT { (n)-[]->() } + COUNT { (n)<-[]-() } - COUNT { (n)-[]->(n) } AS degree
           DETACH DELETE n
           RETURN count(n) AS removed, sum(degree) AS edges`,
          { rows: group.rows },
        );
        result.nodesRemoved += num(res.records[0], 'removed');
        result.edgesRemoved += num(res.records[0], 'edges');
        return;
      }
    }
  }

  // ── reads ──────────────────────────────────────────────────────────────────

  async existing(
    nodes: NodeRef[],
    edges: EdgeRef[],
  ): Promise<{ nodes: Set<string>; edges: Set<string> }> {
    return this.read('existing', async (tx) => {
      const foundNodes = new Set<string>();
      for (const [kind, refs] of groupBy(nodes, (n) => n.kind)) {
        const res = await tx.run(
          `UNWIND $keys AS k MATCH (n:${label(kind)} {key: k}) RETURN n.key AS key`,
          {
            keys: [...new Set(refs.map((r) => r.key))],
          },
        );
        for (const record of res.records)
          foundNodes.add(nodeId({ kind, key: record.get('key') as string }));
      }
      const foundEdges = new Set<string>();
      for (const refs of groupBy(edges, (e) => `${e.rel}|${e.from.kind}|${e.to.kind}`).values()) {
        const { rel, from, to } = refs[0]!;
        const res = await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${label(from.kind)} {key: row.from})-[:${relType(rel)}]->(b:${label(to.kind)} {key: row.to})
           RETURN a.key AS from, b.key AS to`,
          { rows: refs.map((r) => ({ from: r.from.key, to: r.to.key })) },
        );
        for (const record of res.records)
          foundEdges.add(
            edgeId({
              rel,
              from: { kind: from.kind, key: record.get('from') as string },
              to: { kind: to.kind, key: record.get('to') as string },
            }),
          );
      }
      return { nodes: foundNodes, edges: foundEdges };
    });
  }

  async getNode(ref: NodeRef): Promise<NodeRow | null> {
    return this.read('getNode', async (tx) => {
      const res = await tx.run(
        `MATCH (n:${label(ref.kind)} {key: $key}) RETURN properties(n) AS p`,
        { key: ref.key },
      );
      const record = res.records[0];
      return record
        ? {
            kind: ref.kind,
            key: ref.key,
            props: withoutKey(record.get('p') as Record<string, unknown>),
          }
        : null;
    });
  }

  async getEdge(ref: EdgeRef): Promise<EdgeRow | null> {
    return this.read('getEdge', async (tx) => {
      const res = await tx.run(
        `MATCH (:${label(ref.from.kind)} {key: $from})-[r:${relType(ref.rel)}]->(:${label(ref.to.kind)} {key: $to})
         RETURN properties(r) AS p`,
        { from: ref.from.key, to: ref.to.key },
      );
      const record = res.records[0];
      return record
        ? { ...ref, props: toPlainProps(record.get('p') as Record<string, unknown>) }
        : null;
    });
  }

  async relationships(
    ref: NodeRef,
    limit: number,
  ): Promise<{ items: RelationSummary[]; total: number }> {
    return this.read('relationships', async (tx) => {
      const res = await tx.run(
        `MATCH (n:${label(ref.kind)} {key: $key})-[r]-(m)
         RETURN type(r) AS rel, startNode(r) = n AS out, labels(m) AS labels, m.key AS key,
                m.name_zh AS name_zh, m.name_en AS name_en, properties(r) AS props`,
        { key: ref.key },
      );
      const items = res.records.map((record) => {
        const kind = kindOf(record.get('labels') as string[]);
        const key = record.get('key') as string;
        const name_zh = (record.get('name_zh') as string | null) ?? key;
        const name_en = record.get('name_en') as string | null;
        return {
          rel: record.get('rel') as RelType,
          direction: (record.get('out') ? 'out' : 'in') as 'out' | 'in',
          other: { kind, key, name_zh, ...(name_en !== null && { name_en }) },
          props: toPlainProps(record.get('props') as Record<string, unknown>),
          otherId: nodeId({ kind, key }),
        };
      });
      items.sort(
        (a, b) =>
          compareStrings(a.rel, b.rel) ||
          compareStrings(a.direction, b.direction) ||
          compareStrings(a.otherId, b.otherId),
      );
      return {
        items: items.slice(0, limit).map(({ otherId: _otherId, ...item }) => item),
        total: items.length,
      };
    });
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const words = searchWords(query.text);
    const kinds = query.kinds?.length ? query.kinds : undefined;
    const page = { words, kinds, offset: query.offset ?? 0, limit: query.limit };
    if (words.length === 0 && !kinds) return rankCandidates([], page);
    return this.read('search', async (tx) => {
      const rows: NodeRow[] = [];
      const collect = (records: Neo4jRecord[]) => {
        for (const record of records) {
          const kind = kindOf(record.get('labels') as string[]);
          rows.push({
            kind,
            key: record.get('key') as string,
            props: withoutKey(record.get('p') as Record<string, unknown>),
          });
        }
      };
      if (words.length === 0) {
        for (const kind of kinds!)
          collect(
            (
              await tx.run(
                `MATCH (n:${label(kind)}) RETURN labels(n) AS labels, n.key AS key, properties(n) AS p`,
              )
            ).records,
          );
      } else {
        // Candidates for the longest word, over every kind (facets count without the restriction);
        // search-rank.ts checks every word and the kinds.
        const word = words.reduce((a, b) => (b.length > a.length ? b : a));
        const lucene = fullTextQuery(word);
        const fields =
          'labels(n) AS labels, n.key AS key, {name_zh: n.name_zh, name_en: n.name_en, aliases: n.aliases} AS p';
        if (lucene) {
          const res = await tx.run(
            `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node AS n RETURN ${fields}`,
            { index: fullTextIndex.name, lucene },
          );
          collect(res.records);
        } else {
          // The same substring rule as the embedded store, scanning every label.
          for (const kind of nodeKindNames) {
            const res = await tx.run(
              `MATCH (n:${label(kind)})
               WHERE toLower(n.key) CONTAINS $q OR toLower(n.name_zh) CONTAINS $q
                  OR toLower(coalesce(n.name_en, '')) CONTAINS $q
                  OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $q)
               RETURN ${fields}`,
              { q: word },
            );
            collect(res.records);
          }
        }
      }
      return rankCandidates(rows, page);
    });
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    return this.read('neighbourhood', async (tx) => {
      const center = await tx.run(
        `MATCH (n:${label(query.center.kind)} {key: $key}) RETURN elementId(n) AS id`,
        {
          key: query.center.key,
        },
      );
      if (center.records.length === 0) return null;
      const elementIds = new Map<string, string>([
        [nodeId(query.center), center.records[0]!.get('id') as string],
      ]);
      const neighboursOf = async (frontier: string[]) => {
        const res = await tx.run(
          `UNWIND $ids AS id
           MATCH (n) WHERE elementId(n) = id
           MATCH (n)--(m)
           RETURN id, elementId(m) AS mid, labels(m) AS labels, m.key AS key`,
          { ids: frontier.map((f) => elementIds.get(f)!) },
        );
        const byElement = new Map([...elementIds].map(([k, v]) => [v, k]));
        const adjacency = new Map<string, string[]>();
        for (const record of res.records) {
          const from = byElement.get(record.get('id') as string)!;
          const to = nodeId({
            kind: kindOf(record.get('labels') as string[]),
            key: record.get('key') as string,
          });
          elementIds.set(to, record.get('mid') as string);
          const list = adjacency.get(from);
          if (list) list.push(to);
          else adjacency.set(from, [to]);
        }
        return adjacency;
      };
      const { ids, truncated } = await breadthFirstByLevel(
        nodeId(query.center),
        neighboursOf,
        query.depth,
        query.limit,
      );
      const eids = ids.map((id) => elementIds.get(id)!);
      const nodesRes = await tx.run(
        `UNWIND $eids AS id MATCH (n) WHERE elementId(n) = id RETURN id, labels(n) AS labels, n.key AS key, properties(n) AS p`,
        { eids },
      );
      const rows = new Map<string, NodeRow>();
      for (const record of nodesRes.records) {
        const kind = kindOf(record.get('labels') as string[]);
        const key = record.get('key') as string;
        rows.set(nodeId({ kind, key }), {
          kind,
          key,
          props: withoutKey(record.get('p') as Record<string, unknown>),
        });
      }
      const edgesRes = await tx.run(
        `UNWIND $eids AS id
         MATCH (a) WHERE elementId(a) = id
         MATCH (a)-[r]->(b) WHERE elementId(b) IN $eids
         RETURN type(r) AS rel, labels(a) AS fromLabels, a.key AS fromKey, labels(b) AS toLabels, b.key AS toKey, properties(r) AS p`,
        { eids },
      );
      const edges = edgesRes.records.map((record): EdgeRow => ({
        rel: record.get('rel') as RelType,
        from: {
          kind: kindOf(record.get('fromLabels') as string[]),
          key: record.get('fromKey') as string,
        },
        to: {
          kind: kindOf(record.get('toLabels') as string[]),
          key: record.get('toKey') as string,
        },
        props: toPlainProps(record.get('p') as Record<string, unknown>),
      }));
      edges.sort(compareEdgeRows);
      return { nodes: ids.map((id) => rows.get(id)!), edges, truncated };
    });
  }

  getNodes(refs: NodeRef[]) {
    return getNodesNeo4j((operation, work) => this.read(operation, work), refs);
  }

  expand(query: ExpandQuery) {
    return expandNeo4j((operation, work) => this.read(operation, work), query);
  }

  countNeighbours(query: CountQuery) {
    return countNeighboursNeo4j((operation, work) => this.read(operation, work), query);
  }

  async stats(): Promise<Stats> {
    return this.read('stats', async (tx) => {
      // Label and type counts come from Neo4j's count store: constant time.
      const nodeQuery = nodeKindNames
        .map((kind) => `MATCH (n:${label(kind)}) RETURN '${kind}' AS name, count(n) AS c`)
        .join(' UNION ALL ');
      const relQuery = relTypeNames
        .map((rel) => `MATCH ()-[r:${relType(rel)}]->() RETURN '${rel}' AS name, count(r) AS c`)
        .join(' UNION ALL ');
      const byKind: Record<string, number> = {};
      const byRel: Record<string, number> = {};
      let nodes = 0;
      let edges = 0;
      for (const record of (await tx.run(nodeQuery)).records) {
        const c = num(record, 'c');
        nodes += c;
        if (c > 0) byKind[record.get('name') as string] = c;
      }
      for (const record of (await tx.run(relQuery)).records) {
        const c = num(record, 'c');
        edges += c;
        if (c > 0) byRel[record.get('name') as string] = c;
      }
      const sorted = (o: Record<string, number>) =>
        Object.fromEntries(Object.entries(o).sort(([a], [b]) => compareStrings(a, b)));
      return { nodes, edges, byKind: sorted(byKind), byRel: sorted(byRel) };
    });
  }

  async projection(spec: ProjectionSpec): Promise<Subgraph> {
    return this.read('projection', async (tx) => {
      let count = 0;
      for (const kind of spec.kinds)
        count += num(
          (await tx.run(`MATCH (n:${label(kind)}) RETURN count(n) AS c`)).records[0],
          'c',
        );
      if (count > spec.maxNodes) throw projectionTooLarge(count, spec.maxNodes);
      const nodes: NodeRow[] = [];
      for (const kind of spec.kinds) {
        const res = await tx.run(
          `MATCH (n:${label(kind)}) RETURN n.key AS key, properties(n) AS p`,
        );
        for (const r of res.records)
          nodes.push({
            kind,
            key: r.get('key') as string,
            props: withoutKey(r.get('p') as Record<string, unknown>),
          });
      }
      const kinds = new Set<string>(spec.kinds);
      const edges: EdgeRow[] = [];
      for (const rel of spec.rels) {
        const res = await tx.run(
          `MATCH (a)-[r:${relType(rel)}]->(b)
           RETURN labels(a) AS fromLabels, a.key AS fromKey, labels(b) AS toLabels, b.key AS toKey, properties(r) AS p`,
        );
        for (const r of res.records) {
          const from = {
            kind: kindOf(r.get('fromLabels') as string[]),
            key: r.get('fromKey') as string,
          };
          const to = { kind: kindOf(r.get('toLabels') as string[]), key: r.get('toKey') as string };
          if (kinds.has(from.kind) && kinds.has(to.kind))
            edges.push({
              rel,
              from,
              to,
              props: toPlainProps(r.get('p') as Record<string, unknown>),
            });
        }
      }
      nodes.sort(compareNodeRows);
      edges.sort(compareEdgeRows);
      return { nodes, edges, truncated: false };
    });
  }

  /** Streams every node by (kind, key) then every edge by (rel, from, to), page by page. */
  async *exportAll(): AsyncIterable<ExportItem> {
    const pageSize = 5000;
    for (const kind of [...nodeKindNames].sort(compareStrings)) {
      let after: string | null = null;
      for (;;) {
        const page: NodeRow[] = await this.read('export', async (tx) => {
          const res = await tx.run(
            `MATCH (n:${label(kind)}) WHERE $after IS NULL OR n.key > $after
             RETURN n.key AS key, properties(n) AS p ORDER BY n.key LIMIT $limit`,
            { after, limit: neo4j.int(pageSize) },
          );
          return res.records.map((r) => ({
            kind,
            key: r.get('key') as string,
            props: withoutKey(r.get('p') as Record<string, unknown>),
          }));
        });
        for (const row of page) yield { type: 'node', ...row };
        if (page.length < pageSize) break;
        after = page[page.length - 1]!.key;
      }
    }
    for (const rel of [...relTypeNames].sort(compareStrings)) {
      let after: string[] | null = null;
      for (;;) {
        const page: EdgeRow[] = await this.read('export', async (tx) => {
          const res = await tx.run(
            `MATCH (a)-[r:${relType(rel)}]->(b)
             WITH a, r, b, [labels(a)[0], a.key, labels(b)[0], b.key] AS sortKey
             WHERE $after IS NULL OR sortKey > $after
             RETURN labels(a) AS fromLabels, a.key AS fromKey, labels(b) AS toLabels, b.key AS toKey, properties(r) AS p, sortKey
             ORDER BY sortKey LIMIT $limit`,
            { after, limit: neo4j.int(pageSize) },
          );
          return res.records.map((r) => ({
            rel,
            from: {
              kind: kindOf(r.get('fromLabels') as string[]),
              key: r.get('fromKey') as string,
            },
            to: { kind: kindOf(r.get('toLabels') as string[]), key: r.get('toKey') as string },
            props: toPlainProps(r.get('p') as Record<string, unknown>),
          }));
        });
        for (const row of page) yield { type: 'edge', ...row };
        if (page.length < pageSize) break;
        const last = page[page.length - 1]!;
        after = [last.from.kind, last.from.key, last.to.kind, last.to.key];
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function num(record: Neo4jRecord | undefined, field: string): number {
  if (!record) return 0;
  const value = record.get(field) as unknown;
  return typeof value === 'number'
    ? value
    : neo4j.isInt(value)
      ? (value as { toNumber(): number }).toNumber()
      : Number(value ?? 0);
}
