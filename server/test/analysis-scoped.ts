/**
 * Loaders read only what a question reaches, and the answers stay exactly what the whole graph
 * gives: for every analysis and many parameter sets (regions at every level, postings demand,
 * mappings, suppliers of each kind, unknown keys), the pure function on the loader's scoped graph
 * must equal — to the last bit, or in the error it throws — the same function on the complete
 * graph read through `exportAll`. Run on each store: it judges the store's scoped reads and the
 * loaders together. Each answer also parses with its wire schema from graph-schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNames, type Supplier } from '@chanjiao/graph-schema';
import { AnalysisGraph } from '../src/analysis/graph.ts';
import { analyses, type Analysis } from '../src/analysis/registry.ts';
import type { TalentMapQuery } from '../src/analysis/talent-map.ts';
import type { EdgeRow, GraphStore, NodeRow, WriteOp } from '../src/store/port.ts';
import { scopedTestData } from './analysis-scoped-data.ts';

interface Case<Q> {
  name: string;
  analysis: Analysis<Q, unknown>;
  queries: Q[];
}

const chain = 'nev-power-battery-chain';
const ndvc = 'ningde-demo-vocational-college';
const ndu = 'ningde-demo-university';
const unlocated = 'x-unlocated-institute';

const chainQueries: TalentMapQuery[] = [
  { chain },
  { chain, region: '350900' },
  { chain, region: '350900', demand: 'postings', period: '2025' },
  { chain, region: '350000', demand: 'postings', period: '2024' },
  { chain, region: '350200', demand: 'postings' },
  { chain, demand: 'postings' },
  { chain, mappings: 'follow' },
  { chain, region: '350900', demand: 'postings', period: '2025', mappings: 'follow' },
  { chain: 'no-such-chain' },
  { chain, region: '999999' },
];

const suppliers: Supplier[] = [
  { kind: 'Institution', key: ndvc },
  { kind: 'Institution', key: ndu },
  { kind: 'Institution', key: unlocated },
  { kind: 'Program', key: 'ndvc-ess-application' },
  { kind: 'Program', key: 'x-safety-program' },
  { kind: 'MicroCredential', key: 'ndvc-mc-hv-safety' },
  { kind: 'Institution', key: 'no-such-institution' },
];

const cases: Case<never>[] = [
  {
    name: 'talent map',
    analysis: analyses.talentMap,
    queries: chainQueries,
  },
  {
    name: 'skill gap',
    analysis: analyses.skillGap,
    queries: suppliers.flatMap((supplier) =>
      [chainQueries[0]!, chainQueries[2]!, chainQueries[6]!, chainQueries[7]!].map((q) => ({
        ...q,
        supplier,
      })),
    ),
  },
  {
    name: 'weak links',
    analysis: analyses.weakLinks,
    queries: [
      ...['350900', '350000', '350902', '350921', '350200', '320400', '999999'].map((region) => ({
        chain,
        region,
      })),
      { chain, region: '350900', candidates: 20 },
      { chain, region: '350900', candidates: 0 },
      { chain, region: '350900', thresholds: { weakBelow: 0.9, minLocalEnterprises: 5 } },
    ],
  },
  {
    name: 'alignment',
    analysis: analyses.alignment,
    queries: [
      { institution: ndu },
      { institution: ndvc },
      { institution: ndvc, chain },
      { institution: ndu, demand: 'postings', region: '350900', period: '2025' },
      { institution: ndvc, demand: 'postings' },
      { institution: unlocated },
      { institution: ndu, chain: 'no-such-chain' },
      { institution: 'no-such-institution' },
    ],
  },
  {
    name: 'program adjustment',
    analysis: analyses.programAdjustment,
    queries: [
      { institution: ndvc },
      { institution: ndu },
      { institution: ndvc, region: '350000' },
      { institution: ndvc, period: '2025', previousPeriod: '2024' },
      { institution: ndu, chain },
      { institution: unlocated },
      { institution: unlocated, region: '350200' },
      { institution: ndvc, region: '999999' },
    ],
  },
  {
    name: 'candidates for a posting',
    analysis: analyses.candidatesForPosting,
    queries: [
      { posting: 'posting-2025-045' },
      { posting: 'posting-2025-045', region: '350900', limit: 5 },
      { posting: 'posting-2025-045', limit: 1 },
      { posting: 'posting-2025-045', limit: 3, minLevel: 1 },
      { posting: 'posting-2025-045', limit: 2, minScore: 0.3 },
      { posting: 'posting-2025-045', region: '350000', limit: 500 },
      { posting: 'posting-2025-045', minLevel: 3 },
      { posting: 'posting-2024-001', region: '350000', minScore: 0.5 },
      { posting: 'posting-2024-001', region: '350000', minScore: 0, limit: 2 },
      { posting: 'x-bare-posting' },
      { posting: 'x-bare-posting', limit: 3 },
      { posting: 'no-such-posting' },
    ],
  },
  {
    name: 'postings for a candidate',
    analysis: analyses.postingsForCandidate,
    queries: [
      { candidate: 'cand-0011', region: '350900', period: '2025' },
      { candidate: 'cand-0001' },
      { candidate: 'cand-0003', region: '350200' },
      { candidate: 'x-nowhere-candidate', minScore: 0.2, limit: 10 },
      { candidate: 'cand-0002', region: '999999' },
      // Cut lists: the postings sharing none of the candidate's competencies are counted, and
      // only the first of them by key that fill the list are read.
      { candidate: 'cand-0001', limit: 1 },
      { candidate: 'cand-0001', limit: 20 },
      { candidate: 'cand-0003', limit: 500 },
      { candidate: 'cand-0011', period: '2025', limit: 3 },
      { candidate: 'cand-0011', region: '350900', limit: 2 },
      { candidate: 'cand-0003', region: '350000', minScore: 0, limit: 4 },
      { candidate: 'cand-0003', minScore: 0.2, limit: 5 },
      { candidate: 'x-nowhere-candidate', limit: 3 },
      { candidate: 'x-nowhere-candidate', period: '2024', limit: 500 },
    ],
  },
  {
    name: 'related occupations',
    analysis: analyses.relatedOccupations,
    queries: [
      { occupation: 'automotive-mechanic' },
      { occupation: 'battery-cell-process-engineer', limit: 3 },
      // Small limits: most related occupations are ranked out by their bounds, unscored.
      { occupation: 'battery-cell-process-engineer', limit: 1 },
      { occupation: 'automotive-mechanic', limit: 2 },
      { occupation: 'automotive-mechanic', limit: 5 },
      { occupation: 'x-onet-51-9141', limit: 1 },
      { occupation: 'x-onet-51-9141' },
      { occupation: 'x-local-operator' },
      { occupation: 'no-such-occupation' },
    ],
  },
  {
    name: 'related segments',
    analysis: analyses.relatedSegments,
    queries: [
      { segment: 'separator' },
      { segment: 'cell-manufacturing', limit: 4 },
      { segment: 'no-such-segment' },
    ],
  },
  {
    name: 'expert finder',
    analysis: analyses.experts,
    queries: [
      { competencies: ['thermal-runaway-analysis', 'battery-safety-standards'] },
      { industries: ['C'], competencies: ['bms-state-estimation'] },
      { industries: ['3841', '26'], region: '350900' },
      { chains: [chain], region: '350000' },
      { segments: ['separator', 'cathode-materials'], region: '350200' },
      { segments: ['separator'], industries: ['x-3841-class'] },
      { competencies: ['battery-safety-standards'], region: '999999' },
      { competencies: ['no-such-competency'] },
    ].map((q) => ({ competencies: [], industries: [], chains: [], segments: [], ...q })),
  },
  {
    name: 'region overview',
    analysis: analyses.overview,
    queries: ['350900', '350000', '350902', '350200', '320400', '999999'].map((region) => ({
      region,
    })),
  },
  {
    name: 'the N lists, one at a time',
    analysis: analyses.list,
    queries: listNames.flatMap((list) => [
      { list, chain, region: '350900' },
      { list, chain, region: '350000', demand: 'postings', period: '2025' },
      { list, chain, region: '350205' },
      ...(list === 'demand' ? [{ list, chain, region: '350902', period: '2024' }] : []),
      ...(list === 'services' ? [{ list, chain, region: '999999' }] : []),
      ...(list === 'courses' ? [{ list, chain: 'no-such-chain', region: '350900' }] : []),
    ]),
  },
  {
    name: 'trends',
    analysis: analyses.trends,
    queries: [
      { chain, region: '350900' },
      { chain, region: '350902', from: 2018, to: 2025, window: 3 },
      { chain, region: '350000' },
      { chain, region: '350200' },
      { chain, region: '320400', from: 2020 },
      { chain, region: '999999' },
    ],
  },
  {
    name: 'the N lists, all at once',
    analysis: analyses.lists,
    queries: [
      { chain, region: '350900' },
      { chain, region: '350921', demand: 'postings' },
      { chain, region: '320400' },
      { chain, region: '999999' },
    ],
  },
] as unknown as Case<never>[];

/** The complete graph, read through `exportAll`. */
async function wholeGraph(store: GraphStore): Promise<AnalysisGraph> {
  const nodes: NodeRow[] = [];
  const edges: EdgeRow[] = [];
  for await (const item of store.exportAll()) {
    const { type, ...row } = item;
    if (type === 'node') nodes.push(row as NodeRow);
    else edges.push(row as EdgeRow);
  }
  return new AnalysisGraph({ nodes, edges });
}

function outcome(work: () => unknown): unknown {
  try {
    return { answer: work() };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

export function describeScopedAnalyses(name: string, open: () => Promise<GraphStore>): void {
  describe(`analyses on scoped reads: ${name}`, () => {
    let store: GraphStore;
    let whole: AnalysisGraph;
    const data = scopedTestData();

    beforeAll(async () => {
      store = await open();
      await store.write(data);
      const stats = await store.stats();
      whole = await wholeGraph(store);
      expect(whole.nodesOf('Posting').length).toBe(stats.byKind.Posting);
    });

    afterAll(async () => {
      const removals: WriteOp[] = data
        .filter((op) => op.op === 'upsertNode')
        .map((op) => ({ op: 'removeNode', ref: { kind: op.node.kind, key: op.node.key } }));
      await store?.write(removals);
      await store?.close();
    });

    for (const c of cases)
      it(`${c.name}: the same answers as on the whole graph`, async () => {
        let answered = 0;
        for (const query of c.queries) {
          const scoped = await c.analysis.load(store, query, 1_000_000);
          const expected = outcome(() => c.analysis.run(whole, query));
          const actual = outcome(() => c.analysis.run(scoped, query));
          expect(actual, `${c.name} ${JSON.stringify(query)}`).toEqual(expected);
          if ('answer' in (expected as object)) {
            answered += 1;
            // Every field it sends is declared in the answer's wire schema (strict objects).
            const parsed = c.analysis.schema.safeParse((expected as { answer: unknown }).answer);
            expect(parsed.error?.issues, `${c.name} ${JSON.stringify(query)}`).toBeUndefined();
            expect(scoped.size().nodes, JSON.stringify(query)).toBeLessThan(whole.size().nodes);
          }
        }
        // Most parameter sets answer; the rest check that unknown keys fail alike.
        expect(answered).toBeGreaterThan(c.queries.length / 2);
      });

    // When every posting of the store requires something, postings for a candidate without a region
    // or a period read only those sharing a competency with the candidate and the first others by
    // key; the rest are counted. The data above has a posting requiring nothing, so this removes
    // it for the length of the test.
    it('postings for a candidate, every posting requiring something: the same answers, fewer read', async () => {
      const bare = { kind: 'Posting' as const, key: 'x-bare-posting' };
      const restore = data.filter(
        (op) =>
          (op.op === 'upsertNode' && op.node.key === bare.key) ||
          (op.op === 'upsertEdge' && [op.edge.from.key, op.edge.to.key].includes(bare.key)),
      );
      expect(restore.length).toBeGreaterThan(1);
      await store.write([{ op: 'removeNode', ref: bare }]);
      try {
        const complete = await wholeGraph(store);
        const postings = complete.nodesOf('Posting').length;
        const queries = [
          { candidate: 'cand-0001', limit: 1 },
          { candidate: 'cand-0001', limit: 20 },
          { candidate: 'cand-0002', limit: 3 },
          { candidate: 'cand-0003', limit: 500 },
          { candidate: 'cand-0003', minScore: 0, limit: 4 },
          { candidate: 'cand-0003', minScore: 0.2, limit: 5 },
          { candidate: 'cand-0011', minScore: 0.9, limit: 5 },
          { candidate: 'x-nowhere-candidate', limit: 3 },
          { candidate: 'no-such-candidate', limit: 3 },
        ];
        for (const query of queries) {
          const analysis = analyses.postingsForCandidate;
          const scoped = await analysis.load(store, query, 1_000_000);
          const expected = outcome(() => analysis.run(complete, query));
          expect(
            outcome(() => analysis.run(scoped, query)),
            JSON.stringify(query),
          ).toEqual(expected);
          if ('answer' in (expected as object) && query.limit < 100)
            expect(scoped.nodesOf('Posting').length, JSON.stringify(query)).toBeLessThan(postings);
        }
      } finally {
        await store.write(restore);
      }
    });
  });
}
