import type { NodeDetail, SearchHit } from '@chanjiao/graph-schema';
import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { mixColours } from '../appearance/index.ts';
import { createAtlasGraph } from '../graph/utils.ts';
import { indexSchema } from '../schema/index.ts';
import { sampleSkillGap, sampleWeakLinks } from './fixtures.ts';
import { formatLevel, formatPercent, formatQuotient } from './format.ts';
import {
  competencyFocus,
  fillSkillGapGraph,
  fillWeakLinksGraph,
  segmentFocus,
  skillGapNodeRefs,
} from './graphs.ts';
import { hashOfMode, modeFromHash } from './mode.ts';
import { forEachLimited, missingNames, namesAdded, namesOf } from './names.ts';
import {
  defaultsFrom,
  optionsFromHits,
  regionDepth,
  relatedKeys,
  type PickerOptions,
} from './options.ts';
import { answerOf } from './result.ts';
import {
  competencyToggled,
  initialSkillGapState,
  skillGapAnswered,
  skillGapDefaultsApplied,
  skillGapFailed,
  skillGapParams,
  skillGapQueryChanged,
  skillGapRequested,
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
  initialWeakLinksState,
  positionRuns,
  segmentOf,
  statusCounts,
  weakLinksAnswered,
  weakLinksDefaultsApplied,
  weakLinksParams,
  weakLinksQueryChanged,
  weakLinksRequested,
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

describe('mode', () => {
  it('reads and writes the URL hash, the explorer being the default', () => {
    expect(modeFromHash('#skill-gap')).toBe('skill-gap');
    expect(modeFromHash('#/weak-links')).toBe('weak-links');
    expect(modeFromHash('')).toBe('explorer');
    expect(modeFromHash('#explorer')).toBe('explorer');
    expect(modeFromHash('#nonsense')).toBe('explorer');
    expect(hashOfMode('explorer')).toBe('');
    expect(hashOfMode('weak-links')).toBe('#weak-links');
  });
});

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

describe('skill-gap state', () => {
  const ready = skillGapDefaultsApplied({
    chain: 'battery',
    region: '350900',
    supplier: { kind: 'Institution', key: 'college' },
  })(initialSkillGapState);

  it('builds the request, with exactly one supplier and only the parameters given', () => {
    expect(skillGapParams(ready.query)).toEqual({
      params: {
        chain: 'battery',
        region: '350900',
        demand: 'structural',
        supplier: { kind: 'Institution', key: 'college' },
      },
    });
    const postings = { ...ready.query, region: '', demand: 'postings' as const, period: ' 2025 ' };
    expect(skillGapParams(postings)).toEqual({
      params: {
        chain: 'battery',
        demand: 'postings',
        period: '2025',
        supplier: { kind: 'Institution', key: 'college' },
      },
    });
  });

  it('asks to follow cross-scheme mappings only when the reader ticks it', () => {
    expect(initialSkillGapState.query.followMappings).toBe(false);
    // Off: no parameter at all, so the request is the one sent before mappings existed.
    expect(skillGapParams(ready.query)).toEqual({
      params: expect.not.objectContaining({ mappings: expect.anything() }),
    });
    const picked = competencyToggled('safety')(ready);
    const following = skillGapQueryChanged({ followMappings: true }, sampleOptions())(picked);
    expect(following.query).toEqual({ ...ready.query, followMappings: true });
    expect(following.selected).toBeNull();
    expect(skillGapParams(following.query)).toEqual({
      params: {
        chain: 'battery',
        region: '350900',
        demand: 'structural',
        mappings: 'follow',
        supplier: { kind: 'Institution', key: 'college' },
      },
    });
    const postings = { ...following.query, demand: 'postings' as const, period: '2025-H1' };
    expect(skillGapParams(postings)).toMatchObject({
      params: { demand: 'postings', period: '2025-H1', mappings: 'follow' },
    });
    const off = skillGapQueryChanged({ followMappings: false }, null)(following);
    expect(off.query.followMappings).toBe(false);
    expect(skillGapParams(off.query)).toEqual(skillGapParams(ready.query));
  });

  it('says what is missing or malformed instead of asking', () => {
    expect(skillGapParams(initialSkillGapState.query)).toEqual({ problem: 'chain' });
    expect(skillGapParams({ ...ready.query, supplier: '' })).toEqual({ problem: 'supplier' });
    const postings = { ...ready.query, demand: 'postings' as const };
    for (const period of ['25', '2025-', '2025-H3', '2025-13', '2025-Q5'])
      expect(skillGapParams({ ...postings, period })).toEqual({ problem: 'period' });
    for (const period of ['2025', '2025-H1', '2025-Q3', '2025-07'])
      expect(skillGapParams({ ...postings, period })).toHaveProperty('params');
    // Structural demand has no period: whatever was typed is neither checked nor sent.
    expect(skillGapParams({ ...ready.query, period: '2025-' })).toEqual({
      params: expect.not.objectContaining({ period: expect.anything() }),
    });
    const answered = skillGapAnswered(1, sampleSkillGap())(skillGapRequested()(ready));
    const halfTyped = skillGapQueryChanged(
      { demand: 'postings', period: '2025-H' },
      null,
    )(answered);
    // The answer stays on screen while the period is being typed.
    expect(skillGapRequested()(halfTyped).result).toEqual({
      type: 'invalid',
      problem: 'period',
      previous: answerOf(answered.result),
    });
  });

  it('does not overwrite a choice the reader made with a default', () => {
    const chosen = skillGapQueryChanged({ chain: 'other' }, null)(initialSkillGapState);
    const filled = skillGapDefaultsApplied({
      chain: 'battery',
      region: '350900',
      supplier: { kind: 'Program', key: 'nev-technology' },
    })(chosen);
    expect(filled.query).toMatchObject({
      chain: 'other',
      region: '350900',
      supplierKind: 'Program',
      supplier: 'nev-technology',
    });
  });

  it('picks the first supplier of a newly chosen kind and forgets the picked competency', () => {
    const picked = competencyToggled('safety')(ready);
    const changed = skillGapQueryChanged({ supplierKind: 'Program' }, sampleOptions())(picked);
    expect(changed.query).toMatchObject({ supplierKind: 'Program', supplier: 'nev-technology' });
    expect(changed.selected).toBeNull();
    const none = skillGapQueryChanged({ supplierKind: 'MicroCredential' }, sampleOptions())(ready);
    expect(none.query.supplier).toBe('');
  });

  it('keeps the previous answer on screen while loading and ignores stale answers', () => {
    const answer = sampleSkillGap();
    const first = skillGapRequested()(ready);
    expect(first.result).toEqual({ type: 'loading', requestId: 1, previous: null });
    const answered = skillGapAnswered(1, answer)(first);
    expect(answerOf(answered.result)).toBe(answer);
    const second = skillGapRequested()(competencyToggled('testing')(answered));
    expect(answerOf(second.result)).toBe(answer);
    // The answer to request 1 arriving late changes nothing; request 2's failure is shown.
    expect(skillGapAnswered(1, answer)(second)).toBe(second);
    expect(skillGapFailed(2, 'HTTP 500')(second).result).toEqual({
      type: 'error',
      requestId: 2,
      message: 'HTTP 500',
    });
    // A picked competency survives a new answer that still has it.
    expect(skillGapAnswered(2, answer)(second).selected).toBe('testing');
    const without = { ...answer, competencies: answer.competencies.slice(0, 1) };
    expect(skillGapAnswered(2, without)(second).selected).toBeNull();
  });

  it('toggles the picked competency', () => {
    const once = competencyToggled('safety')(ready);
    expect(once.selected).toBe('safety');
    expect(competencyToggled('safety')(once).selected).toBeNull();
    expect(competencyToggled(null)(once).selected).toBeNull();
  });

  it('counts fully, partly and not supplied competencies', () => {
    expect(supplySummary(sampleSkillGap().competencies)).toEqual({ full: 1, partial: 1, none: 1 });
  });
});

describe('weak-links state', () => {
  const ready = weakLinksDefaultsApplied({ chain: 'battery', region: '350900', supplier: null })(
    initialWeakLinksState,
  );

  it('needs a chain and a region', () => {
    expect(weakLinksParams(ready.query)).toEqual({
      params: { chain: 'battery', region: '350900' },
    });
    expect(weakLinksParams({ chain: 'battery', region: '' })).toEqual({ problem: 'region' });
    expect(weakLinksRequested()(initialWeakLinksState).result).toEqual({
      type: 'invalid',
      problem: 'chain',
      previous: null,
    });
  });

  it('keeps the picked segment for another region of the same chain only', () => {
    const answered = weakLinksAnswered(1, sampleWeakLinks())(weakLinksRequested()(ready));
    const picked = { ...answered, selected: 'separator' };
    expect(weakLinksQueryChanged({ region: '350000' })(picked).selected).toBe('separator');
    expect(weakLinksQueryChanged({ chain: 'other' })(picked).selected).toBeNull();
    expect(segmentOf(answerOf(picked.result), 'separator')?.status).toBe('missing');
    expect(segmentOf(answerOf(picked.result), 'nowhere')).toBeNull();
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

describe('chain wheel', () => {
  it('puts the chain in the middle and the segments clockwise from the top', () => {
    const graph = createAtlasGraph();
    fillWeakLinksGraph(graph, sampleWeakLinks(), { name_zh: '动力电池产业链' });
    expect(graph.getNodeAttributes('Chain:battery')).toMatchObject({
      name_zh: '动力电池产业链',
      x: 0,
      y: 0,
    });
    const at = (key: string) => graph.getNodeAttributes(`Segment:${key}`);
    // Four segments: top, right, bottom, left (sigma's y points up).
    expect(at('materials').y).toBeGreaterThan(0);
    expect(Math.abs(at('materials').x)).toBeLessThan(1e-9);
    expect(at('separator').x).toBeGreaterThan(0);
    expect(at('cells').y).toBeLessThan(0);
    expect(at('recycling').x).toBeLessThan(0);
    expect(at('separator').status).toBe('missing');
  });

  it('draws each local enterprise once, outside its first segment, linked to all its segments', () => {
    const graph = createAtlasGraph();
    fillWeakLinksGraph(graph, sampleWeakLinks());
    expect(graph.order).toBe(1 + 4 + 3);
    expect(graph.hasEdge('OPERATES_IN|Enterprise:b|Segment:materials')).toBe(true);
    expect(graph.hasEdge('OPERATES_IN|Enterprise:b|Segment:cells')).toBe(true);
    expect(graph.hasEdge('PART_OF|Segment:separator|Chain:battery')).toBe(true);
    const b = graph.getNodeAttributes('Enterprise:b');
    expect(b.y).toBeGreaterThan(0);
    expect(Math.hypot(b.x, b.y)).toBeGreaterThan(
      Math.hypot(graph.getNodeAttribute('Segment:materials', 'y'), 0),
    );
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
