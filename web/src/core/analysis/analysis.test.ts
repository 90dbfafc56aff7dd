import type { NodeDetail, SearchHit } from '@chanjiao/graph-schema';
import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { chainLanesOf } from '../layout/chain.ts';
import { mixColours } from '../appearance/index.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import { indexSchema } from '../schema/index.ts';
import { sampleSkillGap, sampleWeakLinks } from './fixtures.ts';
import { formatLevel, formatPercent, formatQuotient } from './format.ts';
import {
  candidateColour,
  competencyFocus,
  fillSkillGapGraph,
  fillWeakLinksGraph,
  segmentFocus,
  skillGapNodeRefs,
} from './graphs.ts';
import { forEachLimited, missingNames, namesAdded, namesOf } from './names.ts';
import {
  defaultsFrom,
  optionsFromHits,
  regionDepth,
  relatedKeys,
  type PickerOptions,
} from './options.ts';
import { picked, pickToggled } from './search.ts';
import {
  skillGapDefaultsApplied,
  skillGapFilterChanged,
  skillGapParams,
  skillGapQuery,
  skillGapQueryChanged,
  skillGapSearchSchema,
  supplierOf,
  supplySummary,
} from './skillGap.ts';
import {
  analysisDisplayContext,
  analysisEdgeDisplay,
  analysisNodeDisplay,
  analysisNodeSize,
  statusColours,
  supplyColour,
  supplyColours,
} from './visuals.ts';
import {
  positionRuns,
  segmentOf,
  statusCounts,
  weakLinksDefaultsApplied,
  weakLinksLargeToggled,
  weakLinksParams,
  weakLinksQueryChanged,
  weakLinksSearchSchema,
} from './weakLinks.ts';

const hit = (kind: string, key: string, name_zh = key, name_en?: string): SearchHit =>
  ({ kind, key, name_zh, ...(name_en && { name_en }), score: 0 }) as SearchHit;

function sampleOptions(): PickerOptions {
  return optionsFromHits({
    Chain: [hit('Chain', 'battery', '动力电池产业链', 'Power-battery chain')],
    Region: [hit('Region', '350900', '宁德市'), hit('Region', '350000', '福建省')],
    Institution: [hit('Institution', 'college'), hit('Institution', 'university')],
    Program: [hit('Program', 'nev-technology')],
    MicroCredential: [],
  });
}

describe('picker options and defaults', () => {
  it('keeps names, orders regions by code and lists suppliers per kind', () => {
    const options = sampleOptions();
    expect(options.chains).toEqual([
      { key: 'battery', name_zh: '动力电池产业链', name_en: 'Power-battery chain' },
    ]);
    expect(options.regions.map((r) => r.key)).toEqual(['350000', '350900']);
    expect(options.suppliers.Program.map((p) => p.key)).toEqual(['nev-technology']);
  });

  it('defaults to the first chain, the chain’s region when listed, and the first institution', () => {
    const options = sampleOptions();
    expect(defaultsFrom(options, '350900')).toEqual({
      chain: 'battery',
      region: '350900',
      supplier: { kind: 'Institution', key: 'college' },
    });
    // An unknown or untold region falls back to the first listed.
    expect(defaultsFrom(options, '999999').region).toBe('350000');
    expect(defaultsFrom(options, null).region).toBe('350000');
    const noInstitutions = { ...options, suppliers: { ...options.suppliers, Institution: [] } };
    expect(defaultsFrom(noInstitutions, null).supplier).toEqual({
      kind: 'Program',
      key: 'nev-technology',
    });
  });

  it('finds related nodes of a kind in a node detail', () => {
    const detail = {
      kind: 'Chain',
      key: 'battery',
      props: {},
      degree: 3,
      relationshipsTruncated: false,
      relationships: [
        { rel: 'PART_OF', direction: 'out', other: { kind: 'Cluster', key: 'ningde' }, props: {} },
        { rel: 'PART_OF', direction: 'in', other: { kind: 'Segment', key: 'cells' }, props: {} },
        { rel: 'PART_OF', direction: 'out', other: { kind: 'Chain', key: 'nev' }, props: {} },
      ],
    } as unknown as NodeDetail;
    expect(relatedKeys(detail, 'PART_OF', 'out', 'Cluster')).toEqual(['ningde']);
    expect(relatedKeys(detail, 'PART_OF', 'in', 'Segment')).toEqual(['cells']);
  });

  it('tells the depth of a region code', () => {
    expect(regionDepth('350000')).toBe(0);
    expect(regionDepth('350900')).toBe(1);
    expect(regionDepth('350902')).toBe(2);
    expect(regionDepth('350902001')).toBe(3);
    expect(regionDepth('somewhere')).toBe(0);
  });
});

describe('skill-gap address', () => {
  const defaults = {
    chain: 'battery',
    region: '350900',
    supplier: { kind: 'Institution' as const, key: 'college' },
  };
  const ready = skillGapDefaultsApplied(defaults)({});

  it('fills a bare address with the defaults, and leaves a complete one as it is', () => {
    expect(ready).toEqual({ chain: 'battery', region: '350900', institution: 'college' });
    expect(skillGapDefaultsApplied(defaults)(ready)).toBe(ready);
    // A chain without a region asks for every region: only the supplier is filled.
    const chosen = { chain: 'other' };
    expect(
      skillGapDefaultsApplied({
        ...defaults,
        supplier: { kind: 'Program', key: 'nev-technology' },
      })(chosen),
    ).toEqual({ chain: 'other', program: 'nev-technology' });
  });

  it('reads its parameters leniently: unknown values fall back to the defaults', () => {
    expect(
      skillGapSearchSchema.parse({
        chain: 'battery',
        region: '350900',
        demand: 'weird',
        mappings: 'sometimes',
        period: '',
        sel: 'not an id',
        institution: ['a', 'b'],
        program: 'nev-technology',
      }),
    ).toEqual({ chain: 'battery', region: '350900', program: 'nev-technology' });
    // Several suppliers (a hand-edited link): the first in kind order.
    expect(supplierOf({ program: 'p', institution: 'i' })).toEqual({
      kind: 'Institution',
      key: 'i',
    });
    expect(supplierOf({})).toBeNull();
  });

  it('builds the request, with exactly one supplier and only the parameters given', () => {
    expect(skillGapParams(ready)).toEqual({
      params: {
        chain: 'battery',
        region: '350900',
        demand: 'structural',
        supplier: { kind: 'Institution', key: 'college' },
      },
    });
    const postings = { chain: 'battery', institution: 'college', demand: 'postings' as const };
    expect(skillGapParams({ ...postings, period: ' 2025 ' })).toEqual({
      params: {
        chain: 'battery',
        demand: 'postings',
        period: '2025',
        supplier: { kind: 'Institution', key: 'college' },
      },
    });
  });

  it('asks to follow cross-scheme mappings only when the reader ticks it', () => {
    expect(skillGapQuery(ready).followMappings).toBe(false);
    // Off: no parameter at all, so the request is the one sent before mappings existed.
    expect(skillGapParams(ready)).toEqual({
      params: expect.not.objectContaining({ mappings: expect.anything() }),
    });
    const picked = pickToggled('Competency:safety')(ready);
    const following = skillGapQueryChanged({ followMappings: true }, sampleOptions())(picked);
    expect(following).toEqual({ ...ready, mappings: 'follow' });
    expect(skillGapParams(following)).toEqual({
      params: {
        chain: 'battery',
        region: '350900',
        demand: 'structural',
        mappings: 'follow',
        supplier: { kind: 'Institution', key: 'college' },
      },
    });
    const postings = skillGapQueryChanged(
      { demand: 'postings', period: '2025-H1' },
      null,
    )(following);
    expect(skillGapParams(postings)).toMatchObject({
      params: { demand: 'postings', period: '2025-H1', mappings: 'follow' },
    });
    const off = skillGapQueryChanged({ followMappings: false }, null)(following);
    expect(off).toEqual(ready);
  });

  it('says what is missing or malformed instead of asking', () => {
    expect(skillGapParams({})).toEqual({ problem: 'chain' });
    expect(skillGapParams({ chain: 'battery' })).toEqual({ problem: 'supplier' });
    const postings = { ...ready, demand: 'postings' as const };
    for (const period of ['25', '2025-', '2025-H3', '2025-13', '2025-Q5'])
      expect(skillGapParams({ ...postings, period })).toEqual({ problem: 'period' });
    for (const period of ['2025', '2025-H1', '2025-Q3', '2025-07'])
      expect(skillGapParams({ ...postings, period })).toHaveProperty('params');
    // Structural demand has no period: whatever the address holds is neither checked nor sent.
    expect(skillGapParams({ ...ready, period: '2025-' })).toEqual({
      params: expect.not.objectContaining({ period: expect.anything() }),
    });
    expect(skillGapQueryChanged({ period: '2025' }, null)(ready)).not.toHaveProperty('period');
  });

  it('picks the first supplier of a newly chosen kind and forgets the picked competency', () => {
    const picked = pickToggled('Competency:safety')(ready);
    const changed = skillGapQueryChanged({ supplierKind: 'Program' }, sampleOptions())(picked);
    expect(changed).toEqual({ chain: 'battery', region: '350900', program: 'nev-technology' });
    const none = skillGapQueryChanged({ supplierKind: 'MicroCredential' }, sampleOptions())(ready);
    expect(skillGapQuery(none)).toMatchObject({ supplierKind: 'Institution', supplier: '' });
    expect(skillGapParams(none)).toEqual({ problem: 'supplier' });
  });

  it('toggles the picked node, keeping the rest of the address', () => {
    const once = pickToggled('Competency:safety')(ready);
    expect(once).toEqual({ ...ready, sel: 'Competency:safety' });
    expect(pickToggled('Competency:safety')(once)).toEqual(ready);
    expect(pickToggled(null)(once)).toEqual(ready);
    expect(picked('Competency:safety')(once)).toBe(once);
    expect(picked(null)(once)).toEqual(ready);
  });

  it('counts fully, partly and not supplied competencies', () => {
    expect(supplySummary(sampleSkillGap().competencies)).toEqual({ full: 1, partial: 1, none: 1 });
  });
});

describe('weak-links address', () => {
  const ready = weakLinksDefaultsApplied({ chain: 'battery', region: '350900', supplier: null })(
    {},
  );

  it('needs a chain and a region, filling what is missing from the defaults', () => {
    expect(ready).toEqual({ chain: 'battery', region: '350900' });
    expect(weakLinksParams(ready)).toEqual({ params: { chain: 'battery', region: '350900' } });
    expect(weakLinksParams({ chain: 'battery' })).toEqual({ problem: 'region' });
    expect(weakLinksParams({})).toEqual({ problem: 'chain' });
    const complete = { chain: 'other', region: '350000', sel: 'Segment:x' };
    expect(
      weakLinksDefaultsApplied({ chain: 'battery', region: '350900', supplier: null })(complete),
    ).toBe(complete);
    expect(weakLinksSearchSchema.parse({ chain: 'battery', region: 350900 })).toEqual({
      chain: 'battery',
    });
  });

  it('keeps the picked segment for another region of the same chain only', () => {
    const withPick = { ...ready, sel: 'Segment:separator' };
    expect(weakLinksQueryChanged({ region: '350000' })(withPick)).toEqual({
      chain: 'battery',
      region: '350000',
      sel: 'Segment:separator',
    });
    expect(weakLinksQueryChanged({ chain: 'other' })(withPick)).toEqual({
      chain: 'other',
      region: '350900',
    });
    expect(segmentOf(sampleWeakLinks(), 'separator')?.status).toBe('missing');
    expect(segmentOf(sampleWeakLinks(), 'nowhere')).toBeNull();
  });

  it('opens the lanes large and back, keeping it across chains, regions and defaults', () => {
    const withPick = { ...ready, sel: 'Segment:separator' };
    const large = weakLinksLargeToggled(withPick);
    expect(large).toEqual({ ...withPick, large: true });
    expect(weakLinksLargeToggled(large)).toEqual(withPick);
    expect(weakLinksSearchSchema.parse({ ...ready, large: 'true' }).large).toBe(true);
    expect(weakLinksSearchSchema.parse({ ...ready, large: 'yes' }).large).toBeUndefined();
    expect(weakLinksQueryChanged({ chain: 'other' })(large)).toEqual({
      chain: 'other',
      region: '350900',
      large: true,
    });
    expect(
      weakLinksDefaultsApplied({ chain: 'battery', region: '350900', supplier: null })({
        large: true,
      }),
    ).toEqual({ ...ready, large: true });
  });

  it('counts segments per status and groups them by position in chain order', () => {
    const { segments } = sampleWeakLinks();
    expect(statusCounts(segments)).toEqual({ missing: 1, weak: 1, normal: 2, strong: 0 });
    expect(
      positionRuns(segments).map((run) => [run.position, run.segments.map((s) => s.key)]),
    ).toEqual([
      ['upstream', ['materials', 'separator']],
      ['midstream', ['cells']],
      ['downstream', ['recycling']],
    ]);
  });
});

describe('names', () => {
  it('adds names without replacing known ones by nothing, and returns the same map when unchanged', () => {
    const names = namesAdded([['Occupation:tester', { name_zh: '测试员' }]])(new Map());
    expect(names.get('Occupation:tester')).toEqual({ name_zh: '测试员' });
    expect(namesAdded([['Occupation:tester', {}]])(names)).toBe(names);
    expect(namesAdded([['Occupation:tester', { name_zh: '测试员' }]])(names)).toBe(names);
    const failed = namesAdded([['Course:gone', {}]])(names);
    expect(failed.has('Course:gone')).toBe(true);
  });

  it('lists each unknown id once, skipping those being fetched', () => {
    const names = new Map([['A:1', {}]]);
    expect(missingNames(['A:1', 'B:2', 'B:2', 'C:3'], names, new Set(['C:3']))).toEqual(['B:2']);
  });

  it('reads names from props, hits and rows', () => {
    const props: Record<string, unknown> = { name_zh: '电池', name_en: 'Battery', other: 1 };
    expect(namesOf(props)).toEqual({
      name_zh: '电池',
      name_en: 'Battery',
    });
    expect(namesOf({ name_zh: 3 })).toEqual({});
  });

  it('runs tasks with bounded concurrency', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      done.push(n);
      running--;
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('formatting', () => {
  it('writes percentages, quotients and levels', () => {
    expect(formatPercent('zh', 0.387)).toBe('38.7%');
    expect(formatPercent('en', 1)).toBe('100.0%');
    expect(formatPercent('en', 0.0523, 2)).toBe('5.23%');
    expect(formatPercent('en', 0)).toBe('0.0%');
    expect(formatPercent('en', 0.00001)).toBe('<0.1%');
    expect(formatPercent('en', Number.NaN)).toBe('—');
    expect(formatQuotient('en', 1.1666)).toBe('1.17');
    expect(formatQuotient('en', null)).toBe('—');
    expect(formatLevel(4)).toBe('L4');
    expect(formatLevel(0)).toBe('—');
  });
});

describe('skill-gap graph', () => {
  it('draws occupations → competencies ← teaching items with weights from the answer', () => {
    const graph = createAtlasGraph();
    const answer = sampleSkillGap();
    const { added } = fillSkillGapGraph(graph, answer);
    expect(added).toBe(8);
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(7);
    expect(graph.getNodeAttributes('Competency:safety')).toMatchObject({
      role: 'competency',
      name_en: 'Safety awareness',
      share: 0.4,
      supply: 0,
      weight: 1,
    });
    expect(graph.getNodeAttribute('Competency:chemistry', 'weight')).toBeCloseTo(0.5);
    // The engineer brings 10 + 40 + 20 = 70 of demand, the operator 30.
    expect(graph.getNodeAttribute('Occupation:engineer', 'weight')).toBe(1);
    expect(graph.getNodeAttribute('Occupation:operator', 'weight')).toBeCloseTo(30 / 70);
    expect(graph.getNodeAttribute('MicroCredential:mc-cells', 'role')).toBe('teaching');
    expect(
      graph.getEdgeAttributes('REQUIRES|Occupation:engineer|Competency:testing'),
    ).toMatchObject({ rel: 'REQUIRES', weight: 1 });
    expect(
      graph.getEdgeAttribute('TEACHES|Course:electrochemistry|Competency:chemistry', 'weight'),
    ).toBeCloseTo(0.8);
    graph.forEachNode((_node, { x, y }) => expect(Number.isFinite(x + y)).toBe(true));
  });

  it('keeps the positions of nodes drawn before', () => {
    const graph = createAtlasGraph();
    fillSkillGapGraph(graph, sampleSkillGap());
    graph.setNodeAttribute('Competency:safety', 'x', 123);
    const answer = sampleSkillGap();
    answer.competencies = answer.competencies.slice(0, 1);
    const { added } = fillSkillGapGraph(graph, answer);
    expect(added).toBe(0);
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute('Competency:safety', 'x')).toBe(123);
  });

  it('names the nodes whose names to fetch and the nodes a picked competency brings forward', () => {
    const answer = sampleSkillGap();
    expect(skillGapNodeRefs(answer)).toEqual([
      'Course:battery-testing',
      'Course:electrochemistry',
      'MicroCredential:mc-cells',
      'Occupation:engineer',
      'Occupation:operator',
    ]);
    expect([...competencyFocus(answer, 'chemistry')].sort()).toEqual([
      'Competency:chemistry',
      'Course:electrochemistry',
      'MicroCredential:mc-cells',
      'Occupation:engineer',
    ]);
    expect(competencyFocus(answer, 'unknown').size).toBe(0);
  });
});

describe('chain in lanes', () => {
  it('puts the chain above, the segments in their lanes upstream → downstream, in order', () => {
    const graph = createAtlasGraph();
    fillWeakLinksGraph(graph, sampleWeakLinks(), { name_zh: '动力电池产业链' });
    const at = (key: string) => graph.getNodeAttributes(`Segment:${key}`);
    const chain = graph.getNodeAttributes('Chain:battery');
    expect(chain).toMatchObject({ name_zh: '动力电池产业链' });
    for (const key of ['materials', 'separator', 'cells', 'recycling'])
      expect(at(key).y).toBeLessThan(chain.y);
    // Lanes left to right; within the upstream lane, order top to bottom (sigma's y points up).
    expect(at('materials').x).toBe(at('separator').x);
    expect(at('materials').y).toBeGreaterThan(at('separator').y);
    expect(at('materials').x).toBeLessThan(at('cells').x);
    expect(at('cells').x).toBeLessThan(at('recycling').x);
    expect(at('separator').status).toBe('missing');
    expect(chainLanesOf(graph)?.map((l) => [l.lane, l.segments])).toEqual([
      ['upstream', 2],
      ['midstream', 1],
      ['downstream', 1],
    ]);
  });

  it('draws each local enterprise once, under its first segment, linked to all its segments', () => {
    const graph = createAtlasGraph();
    fillWeakLinksGraph(graph, sampleWeakLinks());
    // The chain, 4 segments, 3 local enterprises and one candidate each for the missing and weak ones.
    expect(graph.order).toBe(1 + 4 + 3 + 2);
    expect(graph.hasEdge('OPERATES_IN|Enterprise:far-separator|Segment:separator')).toBe(true);
    const far = graph.getNodeAttributes('Enterprise:far-separator');
    expect(far.colour).toBe(candidateColour);
    expect(Math.hypot(far.x, far.y)).toBeGreaterThan(
      Math.hypot(
        graph.getNodeAttribute('Enterprise:b', 'x'),
        graph.getNodeAttribute('Enterprise:b', 'y'),
      ),
    );
    expect([...segmentFocus(sampleWeakLinks(), 'recycling')].sort()).toEqual([
      'Chain:battery',
      'Enterprise:c',
      'Enterprise:far-recycling',
      'Segment:recycling',
    ]);
    expect(graph.hasEdge('OPERATES_IN|Enterprise:b|Segment:materials')).toBe(true);
    expect(graph.hasEdge('OPERATES_IN|Enterprise:b|Segment:cells')).toBe(true);
    expect(graph.hasEdge('PART_OF|Segment:separator|Chain:battery')).toBe(true);
    const b = graph.getNodeAttributes('Enterprise:b');
    const materials = graph.getNodeAttributes('Segment:materials');
    // Under materials (its first segment), above the next segment of the lane.
    expect(b.x).toBeGreaterThan(materials.x);
    expect(b.y).toBeLessThan(materials.y);
    expect(b.y).toBeGreaterThan(graph.getNodeAttribute('Segment:separator', 'y'));
    expect([...segmentFocus(sampleWeakLinks(), 'cells')].sort()).toEqual([
      'Chain:battery',
      'Enterprise:b',
      'Enterprise:c',
      'Segment:cells',
    ]);
  });
});

describe('analysis visuals', () => {
  const schema = indexSchema(describeSchema());

  it('colours supply from red through amber to green, and status by its colour', () => {
    expect(supplyColour(0)).toBe(supplyColours.none);
    expect(supplyColour(0.5)).toBe(supplyColours.half);
    expect(supplyColour(1)).toBe(supplyColours.full);
    expect(supplyColour(2)).toBe(supplyColours.full);
    expect(supplyColour(0.25)).toBe(mixColours(supplyColours.none, supplyColours.half, 0.5));
    expect(analysisNodeSize('competency', 1)).toBeGreaterThan(analysisNodeSize('competency', 0.1));
  });

  it('brings the picked nodes forward with labels and dims the rest', () => {
    const graph = createAtlasGraph();
    const answer = sampleSkillGap();
    fillSkillGapGraph(graph, answer);
    const names = new Map([['Occupation:engineer', { name_zh: '电池工程师' }]]);
    const base = { schema, language: 'zh' as const, names, hovered: null };
    const idle = analysisDisplayContext(graph, { ...base, focus: null });
    const safety = analysisNodeDisplay(
      'Competency:safety',
      graph.getNodeAttributes('Competency:safety'),
      idle,
    );
    expect(safety.color).toBe(supplyColours.none);
    expect(
      analysisNodeDisplay(
        'Occupation:engineer',
        graph.getNodeAttributes('Occupation:engineer'),
        idle,
      ).label,
    ).toBe('电池工程师');
    expect(
      analysisNodeDisplay(
        'Occupation:operator',
        graph.getNodeAttributes('Occupation:operator'),
        idle,
      ).label,
    ).toBe('operator');

    const picked = analysisDisplayContext(graph, {
      ...base,
      focus: competencyFocus(answer, 'testing'),
    });
    const inside = analysisNodeDisplay(
      'Competency:testing',
      graph.getNodeAttributes('Competency:testing'),
      picked,
    );
    expect(inside).toMatchObject({ labelVisibility: 'visible', depth: 'topNodes' });
    const outside = analysisNodeDisplay(
      'Competency:safety',
      graph.getNodeAttributes('Competency:safety'),
      picked,
    );
    expect(outside.labelVisibility).toBe('hidden');
    expect(outside.color).not.toBe(supplyColours.none);

    const edge = (source: string, target: string) =>
      analysisEdgeDisplay(
        graph.getEdgeAttributes(`REQUIRES|${source}|${target}`),
        source,
        target,
        picked,
      );
    expect(edge('Occupation:engineer', 'Competency:testing').depth).toBe('topEdges');
    expect(edge('Occupation:operator', 'Competency:safety').depth).toBeUndefined();
  });

  it('colours segments by status', () => {
    const graph = createAtlasGraph();
    fillWeakLinksGraph(graph, sampleWeakLinks());
    const context = analysisDisplayContext(graph, {
      schema,
      language: 'en',
      names: new Map(),
      focus: null,
      hovered: 'Segment:separator',
    });
    const separator = analysisNodeDisplay(
      'Segment:separator',
      graph.getNodeAttributes('Segment:separator'),
      context,
    );
    expect(separator.color).toBe(statusColours.missing);
    expect(separator.labelVisibility).toBe('visible');
    // Hovering highlights the neighbours (the chain), not the other segments.
    expect(context.highlighted.has('Chain:battery')).toBe(true);
    expect(context.highlighted.has('Segment:cells')).toBe(false);
  });
});

describe('skill gap table filter in the address', () => {
  it('keeps the filter, also across a new question, and drops it when emptied', () => {
    const search = { chain: 'battery', institution: 'college', filter: '未开设' };
    expect(skillGapFilterChanged('')(search)).toEqual({ chain: 'battery', institution: 'college' });
    expect(skillGapFilterChanged('安全')(search).filter).toBe('安全');
    expect(skillGapQueryChanged({ demand: 'postings' }, null)(search).filter).toBe('未开设');
    expect(skillGapParams(search)).toEqual(
      skillGapParams({ chain: 'battery', institution: 'college' }),
    );
  });
});
