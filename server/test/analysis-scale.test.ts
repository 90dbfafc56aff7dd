/**
 * At 200,000 generated nodes, every analysis reads a small part of the store: the store is wrapped
 * in a decorator that counts the rows each port call returns, each analysis runs through its
 * loader, and what it read is compared with the nodes of the kinds it loaded whole before scoped
 * reads (counted, not timed). The generated graph has no regions (it never invents official
 * codes), so the test adds three invented ones and places a few synthetic parks in them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeKind, Stats } from '@chanjiao/graph-schema';
import { generateGraph } from '@chanjiao/seed-data';
import { alignment } from '../src/analysis/alignment.ts';
import { findExperts } from '../src/analysis/experts.ts';
import type { AnalysisGraph } from '../src/analysis/graph.ts';
import { loadSkillGap, loadTalentMap, loadWeakLinks } from '../src/analysis/load/chains.ts';
import {
  loadCandidatesForPosting,
  loadExperts,
  loadPostingsForCandidate,
  loadRelatedOccupations,
  loadRelatedSegments,
} from '../src/analysis/load/people.ts';
import { loadAlignment, loadProgramAdjustment } from '../src/analysis/load/programs.ts';
import { loadOverview } from '../src/analysis/load/region.ts';
import { candidatesForPosting } from '../src/analysis/matching.ts';
import { postingsForCandidate } from '../src/analysis/postings-for-candidate.ts';
import { regionOverview } from '../src/analysis/overview.ts';
import { programAdjustment } from '../src/analysis/program-adjustment.ts';
import { relatedOccupations, relatedSegments } from '../src/analysis/relatedness.ts';
import { skillGap } from '../src/analysis/skill-gap.ts';
import { talentMap } from '../src/analysis/talent-map.ts';
import { weakLinks } from '../src/analysis/weak-links.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import type { GraphStore, UpsertOp, WriteOp } from '../src/store/port.ts';
import { CountingStore } from './counting-store.ts';
import { tempDir } from './helpers.ts';

const nodes = 200_000;
const source = 'test data — invented regions for the scale test';

/** The kinds each analysis loaded whole through `projection()` before it had a loader. */
const chainSkills: NodeKind[] = [
  'Chain',
  'Segment',
  'Occupation',
  'Competency',
  'Posting',
  'Region',
  'Park',
  'Course',
  'Program',
  'Institution',
  'MicroCredential',
];
const chainEnterprises: NodeKind[] = ['Chain', 'Segment', 'Enterprise', 'Region', 'Park'];
const matching: NodeKind[] = [
  'Candidate',
  'Posting',
  'Competency',
  'Occupation',
  'Enterprise',
  'Region',
  'Park',
];
const relatedness: NodeKind[] = ['Occupation', 'Competency', 'Segment', 'Chain'];
const experts: NodeKind[] = [
  'Expert',
  'Competency',
  'Industry',
  'Chain',
  'Segment',
  'Institution',
  'Enterprise',
  'Region',
  'Park',
  'Service',
];
const overview: NodeKind[] = [
  'Region',
  'Enterprise',
  'Institution',
  'Cluster',
  'Park',
  'Consortium',
  'Posting',
  'Candidate',
  'TrainingBase',
  'Chain',
  'Segment',
  'Program',
  'ProgramGroup',
  'Cohort',
];

interface ScaleCase {
  name: string;
  before: NodeKind[];
  /** What it read must be below this share of the nodes it used to load. */
  atMost: number;
  run: (store: GraphStore) => Promise<unknown>;
}

const max = 500_000;
const chain = 'syn-chain-0001';
const region = 'test-city';
const institution = 'syn-inst-0001';
const via =
  <Q>(
    load: (s: GraphStore, q: Q, m: number) => Promise<AnalysisGraph>,
    run: (g: AnalysisGraph, q: Q) => unknown,
  ) =>
  (query: Q) =>
  async (store: GraphStore) =>
    run(await load(store, query, max), query);

const cases: ScaleCase[] = [
  {
    name: 'talent map',
    before: chainSkills,
    atMost: 0.05,
    run: via(loadTalentMap, talentMap)({ chain }),
  },
  {
    name: 'talent map, postings in a region',
    before: chainSkills,
    atMost: 0.1,
    run: via(
      loadTalentMap,
      talentMap,
    )({ chain, region, demand: 'postings' as const, period: '2025' }),
  },
  {
    name: 'skill gap, chain × institution',
    before: chainSkills,
    atMost: 0.05,
    run: via(
      loadSkillGap,
      skillGap,
    )({ chain, supplier: { kind: 'Institution' as const, key: institution } }),
  },
  {
    name: 'skill gap, mappings followed',
    before: chainSkills,
    atMost: 0.05,
    run: via(
      loadSkillGap,
      skillGap,
    )({
      chain,
      mappings: 'follow' as const,
      supplier: { kind: 'Program' as const, key: 'syn-prog-0001' },
    }),
  },
  {
    name: 'weak links',
    before: chainEnterprises,
    atMost: 0.15,
    run: via(loadWeakLinks, weakLinks)({ chain, region }),
  },
  {
    name: 'alignment',
    before: [...chainSkills, 'ProgramGroup'],
    atMost: 0.05,
    run: via(loadAlignment, alignment)({ institution }),
  },
  {
    name: 'program adjustment',
    before: [...chainSkills, 'ProgramGroup', 'Cohort'],
    atMost: 0.2,
    run: via(loadProgramAdjustment, programAdjustment)({ institution, region }),
  },
  {
    name: 'candidates for a posting, in a region',
    before: matching,
    atMost: 0.05,
    run: via(loadCandidatesForPosting, candidatesForPosting)({ posting: 'syn-post-00001', region }),
  },
  {
    name: 'candidates for a posting, the whole store',
    before: matching,
    atMost: 0.01,
    run: via(
      loadCandidatesForPosting,
      candidatesForPosting,
    )({ posting: 'syn-post-00001', limit: 20 }),
  },
  {
    name: 'postings for a candidate, in a region',
    before: matching,
    atMost: 0.25,
    run: via(
      loadPostingsForCandidate,
      postingsForCandidate,
    )({ candidate: 'syn-cand-0001', region }),
  },
  // Without a region every posting is ranked. Every generated posting requires something (counted
  // in the store), so those sharing no competency with the candidate all score 0: only those
  // sharing one are read whole, and the first 20 others by key (the API's default limit); the
  // enterprise and places only of the 20 listed. Before, this read every posting's requirements,
  // enterprise and places: more rows than these kinds hold, and a 422 at 1M nodes.
  {
    name: 'postings for a candidate, the whole store',
    before: matching,
    atMost: 0.35,
    run: via(
      loadPostingsForCandidate,
      postingsForCandidate,
    )({ candidate: 'syn-cand-0001', limit: 20 }),
  },
  // Related occupations scores every occupation sharing a competency with the source from those
  // requirements and its profile's total (counted in the store), and reads whole only the 20 it
  // lists (the API's default limit). Before, it read every occupation–competency relationship.
  {
    name: 'related occupations, the first 20',
    before: relatedness,
    atMost: 1,
    run: via(loadRelatedOccupations, relatedOccupations)({ occupation: 'syn-occ-0001', limit: 20 }),
  },
  // Related segments compares the source with every segment sharing a competency, each with its
  // whole profile; hub competencies make that most segments here. The occupations sharing one are
  // found from the segments' side (only employed occupations relate segments), not through every
  // requirement of the competencies, most of them postings'.
  {
    name: 'related segments',
    before: relatedness,
    atMost: 1,
    run: via(loadRelatedSegments, relatedSegments)({ segment: 'syn-seg-0001' }),
  },
  {
    name: 'expert finder',
    before: experts,
    atMost: 0.1,
    run: via(
      loadExperts,
      findExperts,
    )({
      competencies: ['syn-comp-0050'],
      industries: [],
      chains: [],
      segments: ['syn-seg-0001'],
      region,
    }),
  },
  // Counted in the store (grouped aggregates): only what the answer names is read as nodes.
  {
    name: 'region overview',
    before: overview,
    atMost: 0.05,
    run: via(loadOverview, (g, q: { region: string }) => regionOverview(g, q))({ region }),
  },
];

describe(`analyses at ${nodes.toLocaleString('en')} generated nodes`, () => {
  let inner: EmbeddedStore;
  let store: CountingStore;
  let stats: Stats;

  beforeAll(async () => {
    inner = EmbeddedStore.open({ dataDir: tempDir('atlas-scale-') });
    const session = await inner.beginBulk();
    let ops: UpsertOp[] = [];
    for (const r of generateGraph({ nodes, seed: 42 })) {
      ops.push(
        r.type === 'node'
          ? {
              op: 'upsertNode',
              node: { kind: r.kind, key: r.key, props: r.props },
              mode: 'replace',
            }
          : {
              op: 'upsertEdge',
              edge: { rel: r.rel, from: r.from, to: r.to, props: r.props ?? {} },
              mode: 'replace',
            },
      );
      if (ops.length === 10_000) {
        await session.write(ops);
        ops = [];
      }
    }
    const place = (park: string, to: string): WriteOp => ({
      op: 'upsertEdge',
      edge: {
        rel: 'LOCATED_IN',
        from: { kind: 'Park', key: park },
        to: { kind: 'Region', key: to },
        props: {},
      },
      mode: 'merge',
    });
    const regionNode = (key: string, level: string): WriteOp => ({
      op: 'upsertNode',
      node: { kind: 'Region', key, props: { name_zh: key, level, source } },
      mode: 'merge',
    });
    const partOf = (from: string, to: string): WriteOp => ({
      op: 'upsertEdge',
      edge: {
        rel: 'PART_OF',
        from: { kind: 'Region', key: from },
        to: { kind: 'Region', key: to },
        props: {},
      },
      mode: 'merge',
    });
    // In the same bulk session: a plain write would build the whole in-memory graph first.
    await session.write([
      ...ops,
      regionNode('test-province', 'province'),
      regionNode(region, 'city'),
      regionNode('test-county', 'county'),
      partOf(region, 'test-province'),
      partOf('test-county', region),
      place('syn-park-0037', 'test-county'),
      place('syn-park-0040', 'test-county'),
      place('syn-park-0061', region),
    ] as UpsertOp[]);
    await session.commit();
    store = new CountingStore(inner);
    stats = await inner.stats();
  }, 600_000);

  afterAll(async () => {
    await inner?.close();
  });

  for (const c of cases)
    it(`${c.name}: reads a small part of what it loaded whole before`, async () => {
      store.reset();
      const answer = await c.run(store);
      expect(answer).toBeTruthy();
      const read = store.reset();
      const before = c.before.reduce((sum, kind) => sum + (stats.byKind[kind] ?? 0), 0);
      console.log(
        `${c.name.padEnd(40)} read ${String(read.rows).padStart(7)} rows in ${String(read.calls).padStart(3)} calls; ` +
          `loaded ${before} nodes before (${((100 * read.rows) / before).toFixed(2)} %)`,
      );
      expect(read.rows).toBeLessThan(before * c.atMost);
    });
});
