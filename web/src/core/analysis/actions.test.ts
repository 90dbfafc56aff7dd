import type { NodeDetail, SearchHit } from '@chanjiao/graph-schema';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client.ts';
import { unusedAnalysisApi } from '../api/analysisClient.ts';
import type { NodeRef, SearchParams } from '../api/urls.ts';
import { sampleSkillGap, sampleWeakLinks } from './fixtures.ts';
import type { SkillGapParams, WeakLinksParams } from './types.ts';

// The layout is about positions; these tests are about state and requests.
const layout = vi.hoisted(() => ({ synced: [] as number[] }));
vi.mock('../layout/index.ts', () => ({
  layoutDurations: { full: 2500, settle: 1500 },
  layoutModeAtom: { get: () => ({ type: 'idle' }), subscribe: () => () => undefined },
  forceAtlas2Steps: (_graph: unknown, iterations: number) => layout.synced.push(iterations),
  startLayout: () => undefined,
  stopLayout: () => undefined,
}));

type Analysis = typeof import('./index.ts');

/** A fresh copy of the module state for each test (the choices are loaded once per session). */
async function freshAnalysis(): Promise<Analysis> {
  vi.resetModules();
  return import('./index.ts');
}

const hit = (kind: string, key: string, name_zh = key): SearchHit =>
  ({ kind, key, name_zh, score: 0 }) as SearchHit;

function detail(ref: NodeRef, related: [string, 'out' | 'in', string, string][] = []): NodeDetail {
  return {
    kind: ref.kind,
    key: ref.key,
    props: { name_zh: `名称 ${ref.key}`, name_en: `Name ${ref.key}` },
    degree: related.length,
    relationshipsTruncated: false,
    relationships: related.map(([rel, direction, kind, key]) => ({
      rel,
      direction,
      other: { kind, key, name_zh: key },
      props: {},
    })),
  } as unknown as NodeDetail;
}

interface Calls {
  search: SearchParams[];
  node: string[];
  skillGap: SkillGapParams[];
  weakLinks: WeakLinksParams[];
}

function fakeClient(calls: Calls, options: { failSkillGap?: string } = {}): ApiClient {
  const lists: Record<string, SearchHit[]> = {
    Chain: [hit('Chain', 'battery')],
    Region: [hit('Region', '350000'), hit('Region', '350900')],
    Institution: [hit('Institution', 'college')],
    Program: [],
    MicroCredential: [],
  };
  return {
    ...unusedAnalysisApi(),
    schema: () => Promise.reject(new Error('not used')),
    health: () => Promise.reject(new Error('not used')),
    neighbourhood: () => Promise.reject(new Error('not used')),
    async search(params) {
      calls.search.push(params);
      return lists[params.kind ?? ''] ?? [];
    },
    async node(ref) {
      calls.node.push(`${ref.kind}:${ref.key}`);
      if (ref.kind === 'Chain') return detail(ref, [['PART_OF', 'out', 'Cluster', 'ningde']]);
      if (ref.kind === 'Cluster') return detail(ref, [['LOCATED_IN', 'out', 'Region', '350900']]);
      if (ref.key === 'operator') throw new Error('HTTP 500');
      return detail(ref);
    },
    async skillGap(params) {
      calls.skillGap.push(params);
      if (options.failSkillGap) throw new Error(options.failSkillGap);
      return sampleSkillGap();
    },
    async weakLinks(params) {
      calls.weakLinks.push(params);
      return sampleWeakLinks();
    },
  };
}

const noCalls = (): Calls => ({ search: [], node: [], skillGap: [], weakLinks: [] });

beforeEach(() => {
  layout.synced = [];
});

describe('analysis actions', () => {
  it('lists the choices once and defaults to the region of the chain’s cluster', async () => {
    const analysis = await freshAnalysis();
    const calls = noCalls();
    const client = fakeClient(calls);
    await Promise.all([analysis.loadPickerOptions(client), analysis.loadPickerOptions(client)]);
    expect(calls.search.map((s) => s.kind)).toEqual([
      'Chain',
      'Region',
      'Institution',
      'Program',
      'MicroCredential',
    ]);
    expect(calls.search.every((s) => s.q === '' && s.limit === 200)).toBe(true);
    expect(calls.node).toEqual(['Chain:battery', 'Cluster:ningde']);
    expect(analysis.pickerOptionsAtom.get()).toMatchObject({
      type: 'ready',
      defaults: {
        chain: 'battery',
        region: '350900',
        supplier: { kind: 'Institution', key: 'college' },
      },
    });
    expect(analysis.namesAtom.get().get('Institution:college')).toEqual({ name_zh: 'college' });
  });

  it('answers the skill gap of an address: graph laid out, names fetched (a failure shows the key)', async () => {
    const analysis = await freshAnalysis();
    const calls = noCalls();
    const search = { chain: 'battery', region: '350900', institution: 'college' };
    await analysis.skillGap.ask(search, fakeClient(calls));
    expect(calls.skillGap).toEqual([
      {
        chain: 'battery',
        region: '350900',
        demand: 'structural',
        supplier: { kind: 'Institution', key: 'college' },
      },
    ]);
    expect(analysis.skillGap.atom.get().result.type).toBe('ready');
    expect(analysis.skillGapGraph.order).toBe(8);
    expect(layout.synced).toEqual([analysis.skillGapLayoutIterations.fresh]);
    await vi.waitFor(() => expect(analysis.namesAtom.get().has('Occupation:operator')).toBe(true));
    expect(analysis.namesAtom.get().get('Occupation:engineer')).toEqual({
      name_zh: '名称 engineer',
      name_en: 'Name engineer',
    });
    expect(analysis.namesAtom.get().get('Occupation:operator')).toEqual({});
    expect(analysis.namesAtom.get().get('Competency:safety')).toMatchObject({
      name_zh: '安全意识',
    });

    // The same parameters (a pick, a revisit) do not ask again; new ones do, and settle the layout.
    await analysis.skillGap.ask({ ...search, sel: 'Competency:safety' }, fakeClient(calls));
    expect(calls.skillGap).toHaveLength(1);
    await analysis.skillGap.ask(
      { ...search, demand: 'postings', period: '2025' },
      fakeClient(calls),
    );
    expect(calls.skillGap[1]).toMatchObject({ demand: 'postings', period: '2025' });
    expect(calls.skillGap[1]).not.toHaveProperty('mappings');
    expect(layout.synced).toEqual([
      analysis.skillGapLayoutIterations.fresh,
      analysis.skillGapLayoutIterations.settle,
    ]);
    await analysis.skillGap.ask(
      { ...search, demand: 'postings', period: '2025', mappings: 'follow' },
      fakeClient(calls),
    );
    expect(calls.skillGap[2]).toMatchObject({ demand: 'postings', mappings: 'follow' });
  });

  it('does not ask with a malformed period, and shows the server’s message on failure', async () => {
    const analysis = await freshAnalysis();
    const calls = noCalls();
    const search = { chain: 'battery', institution: 'college', demand: 'postings' as const };
    await analysis.skillGap.ask({ ...search, period: '2025-H' }, fakeClient(calls));
    expect(analysis.skillGap.atom.get().result).toEqual({
      type: 'invalid',
      problem: 'period',
      previous: null,
    });
    expect(calls.skillGap).toHaveLength(0);
    await analysis.skillGap.ask(search, fakeClient(calls, { failSkillGap: 'boom' }));
    expect(analysis.skillGap.atom.get().result).toMatchObject({ type: 'error', message: 'boom' });
  });

  it('answers the weak links of an address and draws the chain in its lanes', async () => {
    const analysis = await freshAnalysis();
    const calls = noCalls();
    await analysis.loadPickerOptions(fakeClient(calls));
    await analysis.weakLinks.ask(
      { chain: 'battery', region: '350900', sel: 'Segment:separator' },
      fakeClient(calls),
    );
    expect(calls.weakLinks).toEqual([{ chain: 'battery', region: '350900' }]);
    expect(analysis.weakLinksGraph.order).toBe(10);
    expect(analysis.weakLinksGraph.getNodeAttribute('Chain:battery', 'name_zh')).toBe('battery');
    const view = analysis.analysisView(
      analysis.weakLinks.definition,
      analysis.weakLinks.atom.get(),
      'Segment:separator',
    );
    expect([...(view.focus ?? [])].sort()).toEqual([
      'Chain:battery',
      'Enterprise:far-separator',
      'Segment:separator',
    ]);
    await vi.waitFor(() => expect(analysis.namesAtom.get().has('Enterprise:c')).toBe(true));
  });
});
