/**
 * Small hand-made analysis answers for the tests: a chain whose two occupations need three
 * competencies, one of them untaught, and a chain of four segments — one missing, one weak.
 */
import type { SkillGapAnswer, WeakLinksAnswer } from './types.ts';

export function sampleSkillGap(): SkillGapAnswer {
  return {
    chain: 'battery',
    region: '350900',
    supplier: { kind: 'Institution', key: 'college' },
    demandMode: 'structural',
    period: null,
    coverage: 0.5,
    totalDemand: 100,
    competencies: [
      {
        key: 'safety',
        name_zh: '安全意识',
        name_en: 'Safety awareness',
        dimension: 'quality',
        demand: 40,
        share: 0.4,
        requiredLevel: 4,
        taughtLevel: 0,
        supply: 0,
        gap: 0.4,
        courses: [],
        occupations: [
          { key: 'operator', contribution: 30 },
          { key: 'engineer', contribution: 10 },
        ],
      },
      {
        key: 'testing',
        name_zh: '电芯测试',
        dimension: 'skill',
        demand: 40,
        share: 0.4,
        requiredLevel: 4,
        taughtLevel: 3,
        supply: 0.75,
        gap: 0.1,
        courses: [{ kind: 'Course', key: 'battery-testing', level: 3 }],
        occupations: [{ key: 'engineer', contribution: 40 }],
      },
      {
        key: 'chemistry',
        name_zh: '电化学',
        dimension: 'knowledge',
        demand: 20,
        share: 0.2,
        requiredLevel: 3,
        taughtLevel: 4,
        supply: 1,
        gap: 0,
        courses: [
          { kind: 'Course', key: 'electrochemistry', level: 4 },
          { kind: 'MicroCredential', key: 'mc-cells', level: 3 },
        ],
        occupations: [{ key: 'engineer', contribution: 20 }],
      },
    ],
    highlight: ['Chain:battery', 'Competency:safety'],
  };
}

export function sampleWeakLinks(): WeakLinksAnswer {
  const segment = (
    key: string,
    order: number,
    position: string,
    status: WeakLinksAnswer['segments'][number]['status'],
    local: string[],
    enterprises: number,
  ) => ({
    key,
    name_zh: key,
    position,
    order,
    localEnterprises: local.length,
    enterprises,
    locationQuotient: local.length === 0 ? 0 : 1,
    status,
    local,
    localShare: local.length / 3,
    baselineShare: enterprises / 8,
    fewEnterprises: local.length === 1,
    candidates:
      status === 'missing' || status === 'weak'
        ? [
            {
              key: `far-${key}`,
              name_zh: `外地企业 ${key}`,
              tier: 'specialised',
              scale: 'medium',
              locations: [{ key: '320400', name_zh: '常州市', kind: 'Region' }],
            },
          ]
        : [],
  });
  return {
    chain: 'battery',
    region: '350900',
    thresholds: { weakBelow: 0.5, strongAbove: 1.5, minLocalEnterprises: 3 },
    localEnterprises: 3,
    enterprises: 8,
    candidateLimit: 5,
    segments: [
      segment('materials', 1, 'upstream', 'normal', ['a', 'b'], 2),
      segment('separator', 2, 'upstream', 'missing', [], 2),
      segment('cells', 3, 'midstream', 'normal', ['b', 'c'], 2),
      segment('recycling', 4, 'downstream', 'weak', ['c'], 2),
    ],
    highlight: ['Chain:battery'],
  };
}
