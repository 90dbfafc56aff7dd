import { describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../graph/utils.ts';
import type { ExpertFinder, RelatedOccupations } from './answers.ts';
import {
  expertScoreParts,
  expertsDefaultsApplied,
  expertsFocus,
  expertsLayers,
  expertsParams,
  expertsSearchSchema,
  requestedIds,
  requestSize,
  requestToggled,
} from './experts.ts';
import type { KindOptions } from './kindOptions.ts';
import { fillLayeredGraph } from './layered.ts';
import {
  relatedDefaultsApplied,
  relatedFocus,
  relatedLayers,
  relatedParams,
  relatedRows,
  relatedSubjectChanged,
  type RelatedAnswer,
} from './related.ts';

const options: KindOptions = new Map([
  ['Occupation', { type: 'ready', options: [{ key: 'mechanic', name_zh: '汽修工' }] }],
  ['Segment', { type: 'ready', options: [{ key: 'separator', name_zh: '隔膜' }] }],
]);

function relatedAnswer(): RelatedAnswer {
  const result: RelatedOccupations = {
    occupation: { key: 'mechanic', name_zh: '汽修工', competencies: 3 },
    total: 1,
    related: [
      {
        key: 'charging',
        name_zh: '充电运维',
        similarity: 0.2,
        intersection: 1,
        union: 5,
        shared: [
          {
            key: 'safety',
            name_zh: '安全',
            dimension: 'quality',
            weight: 0.8,
            targetWeight: 1,
            level: 3,
            targetLevel: 4,
            levelGap: 1,
          },
        ],
        missing: [{ key: 'chargers', name_zh: '充电桩', dimension: 'skill', weight: 1, level: 3 }],
      },
    ],
    highlight: [],
  };
  return { kind: 'occupation', result };
}

describe('related', () => {
  it('asks about the occupation or the segment the address names, the first occupation by default', () => {
    expect(relatedParams({ occupation: 'mechanic', limit: '5' })).toEqual({
      params: { kind: 'occupation', occupation: 'mechanic', limit: 5 },
    });
    expect(relatedParams({ segment: 'separator', limit: '0' })).toEqual({
      params: { kind: 'segment', segment: 'separator' },
    });
    expect(relatedParams({})).toEqual({ problem: 'occupation' });
    expect(relatedDefaultsApplied(options)({})).toEqual({ occupation: 'mechanic' });
    expect(
      relatedSubjectChanged(
        { kind: 'segment' },
        options,
      )({ occupation: 'mechanic', sel: 'Occupation:x' }),
    ).toEqual({
      segment: 'separator',
    });
  });

  it('draws the subject → related → what a move must learn, and focuses a pick on its gap', () => {
    const answer = relatedAnswer();
    expect(relatedRows(answer)).toMatchObject([
      { id: 'Occupation:charging', shared: 1, missing: 1, rank: 1 },
    ]);
    const graph = createAtlasGraph();
    const { layers, edges } = relatedLayers(answer, () => '#000');
    fillLayeredGraph(graph, layers, edges);
    expect(
      graph.getEdgeAttribute('RELATED|Occupation:mechanic|Occupation:charging', 'weight'),
    ).toBe(0.2);
    expect(graph.hasEdge('REQUIRES|Occupation:charging|Competency:chargers')).toBe(true);
    expect([...relatedFocus(answer, 'Occupation:charging')].sort()).toEqual([
      'Competency:chargers',
      'Occupation:charging',
      'Occupation:mechanic',
    ]);
  });
});

function expertsAnswer(): ExpertFinder {
  return {
    request: {
      competencies: ['thermal'],
      industries: [],
      chains: ['battery'],
      segments: [],
      region: null,
    },
    considered: 3,
    excludedByRegion: 0,
    total: 1,
    experts: [
      {
        key: 'ding',
        name_zh: '专家丁',
        title: null,
        affiliations: [{ key: 'lab', name_zh: '检测公司', kind: 'Enterprise' }],
        services: [],
        score: 0.65,
        competencyScore: 0.8,
        fieldScore: 0.5,
        competencies: [{ key: 'thermal', name_zh: '热失控', level: 4, match: 0.8 }],
        fields: [
          {
            key: 'battery',
            name_zh: '电池链',
            kind: 'Chain',
            match: 0.5,
            via: { kind: 'Segment', key: 'cells', hops: 1 },
          },
        ],
        uncovered: [],
      },
    ],
    highlight: [],
  };
}

describe('experts', () => {
  it('lists the request under the API’s repeated parameters and needs at least one item', () => {
    const search = expertsSearchSchema.parse({
      competency: ['a', 'b', 'a'],
      chain: 'c',
      limit: '7',
    });
    expect(requestedIds(search)).toEqual(['Competency:a', 'Competency:b', 'Chain:c']);
    expect(expertsParams(search)).toEqual({
      params: { competency: ['a', 'b'], chain: ['c'], limit: 7 },
    });
    expect(expertsParams({})).toEqual({ problem: 'request' });
    expect(expertsDefaultsApplied({ chain: 'battery', region: '', supplier: null })({})).toEqual({
      chain: ['battery'],
    });
  });

  it('adds and removes items, forgetting the pick', () => {
    const search = { competency: ['a'], sel: 'Expert:x' };
    expect(requestToggled('Chain:c')(search)).toEqual({ competency: ['a'], chain: ['c'] });
    expect(requestToggled('Competency:a')(search)).toEqual({});
    expect(requestToggled('Bogus:x')(search)).toBe(search);
  });

  it('splits a score into its competency and field parts over the requested items', () => {
    const answer = expertsAnswer();
    expect(requestSize(answer)).toBe(2);
    const parts = expertScoreParts(answer.experts[0]!, 2);
    expect(parts.competencies).toBeCloseTo(0.4);
    expect(parts.fields).toBeCloseTo(0.25);
    expect(parts.competencies + parts.fields).toBeCloseTo(answer.experts[0]!.score);
  });

  it('draws the request ← experts → affiliations and focuses an expert on what ranked it', () => {
    const answer = expertsAnswer();
    const graph = createAtlasGraph();
    const { layers, edges } = expertsLayers(answer, () => ({}));
    fillLayeredGraph(graph, layers, edges);
    expect(graph.getNodeAttribute('Chain:battery', 'name_zh')).toBe('电池链');
    expect(graph.getEdgeAttribute('SPECIALISES_IN|Expert:ding|Chain:battery', 'weight')).toBe(0.5);
    expect([...expertsFocus(answer, 'Expert:ding')].sort()).toEqual([
      'Chain:battery',
      'Competency:thermal',
      'Enterprise:lab',
      'Expert:ding',
    ]);
  });
});
