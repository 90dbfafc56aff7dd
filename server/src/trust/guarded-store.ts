/**
 * The store as one writer sees it: every batch and every bulk chunk is checked against the owners
 * of the records it touches — read from the store first, in the same request — and stamped with
 * the server's provenance before it reaches the adapter, which records each change with the
 * writer's audit stamp (who, when, which request) in the write's own transaction. Above the store port, so both stores
 * enforce the same rule with no adapter code. Reads pass through unchanged (a Proxy, so methods the
 * port gains later pass through too).
 */
import { nodeId } from '@chanjiao/graph-schema';
import type { AuditStamp, BulkSession, GraphStore, NodeRow, WriteOp } from '../store/port.ts';
import { guardBatch, ownersToRead } from './ownership.ts';
import type { Writer } from './writer.ts';

async function guarded<T extends WriteOp>(
  store: GraphStore,
  writer: Writer,
  ops: readonly T[],
): Promise<T[]> {
  const refs = ownersToRead(ops);
  const stored = new Map<string, NodeRow>();
  if (refs.length) for (const node of await store.getNodes(refs)) stored.set(nodeId(node), node);
  return guardBatch(ops, stored, writer);
}

export function guardedStore(store: GraphStore, writer: Writer): GraphStore {
  const audit: AuditStamp = { by: writer.username, at: writer.at, requestId: writer.requestId };
  const write: GraphStore['write'] = async (ops) =>
    store.write(await guarded(store, writer, ops), audit);
  const beginBulk: GraphStore['beginBulk'] = async () => {
    const session = await store.beginBulk(audit);
    const checked: BulkSession = {
      write: async (ops) => session.write(await guarded(store, writer, ops)),
      commit: () => session.commit(),
      rollback: () => session.rollback(),
    };
    return checked;
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'write') return write;
      if (property === 'beginBulk') return beginBulk;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
