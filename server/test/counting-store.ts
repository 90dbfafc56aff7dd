/**
 * A store decorator for tests that counts what each port call returns — nodes, relationships,
 * count entries, stats — so a test can say how much of the store an analysis read without timing
 * it. Writes and bulk sessions pass straight through.
 */
import type { GraphStore } from '../src/store/port.ts';

export interface ReadTally {
  calls: number;
  rows: number;
  byMethod: Record<string, { calls: number; rows: number }>;
}

export class CountingStore implements GraphStore {
  tally: ReadTally = { calls: 0, rows: 0, byMethod: {} };

  constructor(private readonly inner: GraphStore) {}

  get name() {
    return this.inner.name;
  }

  reset(): ReadTally {
    const last = this.tally;
    this.tally = { calls: 0, rows: 0, byMethod: {} };
    return last;
  }

  private count<T>(method: string, rows: (result: T) => number) {
    return (result: T): T => {
      const entry = (this.tally.byMethod[method] ??= { calls: 0, rows: 0 });
      const n = rows(result);
      entry.calls += 1;
      entry.rows += n;
      this.tally.calls += 1;
      this.tally.rows += n;
      return result;
    };
  }

  write: GraphStore['write'] = (ops, audit) => this.inner.write(ops, audit);
  beginBulk: GraphStore['beginBulk'] = (audit) => this.inner.beginBulk(audit);
  changes: GraphStore['changes'] = (query) => this.inner.changes(query);
  close: GraphStore['close'] = () => this.inner.close();
  exportAll: GraphStore['exportAll'] = () => this.inner.exportAll();

  existing: GraphStore['existing'] = (nodes, edges) =>
    this.inner
      .existing(nodes, edges)
      .then(this.count('existing', (r) => r.nodes.size + r.edges.size));
  getNode: GraphStore['getNode'] = (ref) =>
    this.inner.getNode(ref).then(this.count('getNode', (r) => (r ? 1 : 0)));
  getEdge: GraphStore['getEdge'] = (ref) =>
    this.inner.getEdge(ref).then(this.count('getEdge', (r) => (r ? 1 : 0)));
  getNodes: GraphStore['getNodes'] = (refs) =>
    this.inner.getNodes(refs).then(this.count('getNodes', (r) => r.length));
  relationships: GraphStore['relationships'] = (ref, limit) =>
    this.inner.relationships(ref, limit).then(this.count('relationships', (r) => r.items.length));
  search: GraphStore['search'] = (query) =>
    this.inner.search(query).then(this.count('search', (r) => r.hits.length));
  neighbourhood: GraphStore['neighbourhood'] = (query) =>
    this.inner
      .neighbourhood(query)
      .then(this.count('neighbourhood', (r) => (r ? r.nodes.length + r.edges.length : 0)));
  stats: GraphStore['stats'] = () => this.inner.stats().then(this.count('stats', () => 1));
  projection: GraphStore['projection'] = (spec) =>
    this.inner
      .projection(spec)
      .then(this.count('projection', (r) => r.nodes.length + r.edges.length));
  expand: GraphStore['expand'] = (query) =>
    this.inner.expand(query).then(this.count('expand', (r) => r.nodes.length + r.edges.length));
  firstNodes: GraphStore['firstNodes'] = (query) =>
    this.inner.firstNodes(query).then(this.count('firstNodes', (r) => r.nodes.length));
  countNeighbours: GraphStore['countNeighbours'] = (query) =>
    this.inner
      .countNeighbours(query)
      .then(this.count('countNeighbours', (r) => r.counts.length + 1));
  countRelationships: GraphStore['countRelationships'] = (query) =>
    this.inner.countRelationships(query).then(this.count('countRelationships', (r) => r.length));
  aggregate: GraphStore['aggregate'] = (query) =>
    this.inner.aggregate(query).then(this.count('aggregate', (r) => r.length));
}
