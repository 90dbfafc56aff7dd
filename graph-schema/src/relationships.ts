/**
 * The relationship types of the graph, each with the (from kind, to kind) pairs it may join and
 * its properties. Direction matters: a relationship reads "from REL to" (an occupation REQUIRES a
 * competency). Between two nodes there is at most one relationship of each type.
 */
import { defineRel, every, prop, type PropertyShape, type RelSpec } from './define.ts';
import type { NodeKind } from './kinds.ts';

/** Declares a relationship type whose pairs are checked against the node kinds. */
const rel = <P extends PropertyShape = Record<never, never>>(spec: RelSpec<P, NodeKind>) =>
  defineRel(spec);

const scale15 = (zh: string, en: string) => prop.num(zh, en, 1, 5);

export const relationshipTypes = {
  PART_OF: rel({
    zh: '隶属于',
    en: 'part of',
    colour: '#94a3b8',
    pairs: [
      ['Region', 'Region'],
      ['Park', 'Region'],
      ['Segment', 'Chain'],
      ['Chain', 'Cluster'],
      ['Industry', 'Industry'],
      ['Occupation', 'Occupation'],
      ['Competency', 'Competency'],
      ['Program', 'ProgramGroup'],
      ['Product', 'Product'],
    ],
    props: {},
  }),
  LOCATED_IN: rel({
    zh: '位于',
    en: 'located in',
    colour: '#cbd5e1',
    pairs: every<NodeKind>(
      [
        'Enterprise',
        'Institution',
        'Cluster',
        'Park',
        'Consortium',
        'Posting',
        'Candidate',
        'TrainingBase',
      ],
      ['Region', 'Park'],
    ).filter(([from, to]) => !(from === 'Park' && to === 'Park')),
    props: {},
  }),
  UPSTREAM_OF: rel({
    zh: '上游于',
    en: 'upstream of',
    colour: '#ea580c',
    pairs: [
      ['Segment', 'Segment'],
      ['Product', 'Product'],
      ['Industry', 'Industry'],
    ],
    props: { share: prop.num('投入占比', 'Input share', 0, 1).optional() },
  }),
  CLASSIFIED_AS: rel({
    zh: '归属行业',
    en: 'classified as',
    colour: '#a16207',
    pairs: every<NodeKind>(['Segment', 'Enterprise', 'Chain'], ['Industry']),
    props: {},
  }),
  OPERATES_IN: rel({
    zh: '经营于',
    en: 'operates in',
    colour: '#f59e0b',
    pairs: [['Enterprise', 'Segment']],
    props: { revenueShare: prop.num('营收占比', 'Revenue share', 0, 1).optional() },
  }),
  MAKES: rel({
    zh: '生产',
    en: 'makes',
    colour: '#d97706',
    pairs: every<NodeKind>(['Enterprise', 'Segment'], ['Product']),
    props: {},
  }),
  EMPLOYS: rel({
    zh: '用工',
    en: 'employs',
    colour: '#2563eb',
    pairs: every<NodeKind>(['Segment', 'Enterprise'], ['Occupation']),
    props: {
      headcount: prop.int('在岗人数', 'Headcount').optional(),
      demand: prop.num('需求量', 'Demand', 0).optional(),
      period: prop.period('时期', 'Period').optional(),
    },
  }),
  REQUIRES: rel({
    zh: '要求',
    en: 'requires',
    colour: '#7c3aed',
    pairs: every<NodeKind>(['Occupation', 'Posting', 'Task'], ['Competency']),
    props: {
      importance: scale15('重要度（1–5）', 'Importance (1–5)').optional(),
      level: scale15('要求水平（1–5）', 'Required level (1–5)').optional(),
      levelRaw: prop.num('原始水平（O*NET 0–7）', 'Raw level (O*NET, 0–7)', 0, 7).optional(),
      essential: prop.bool('必备', 'Essential').optional(),
    },
  }),
  PERFORMS: rel({
    zh: '承担',
    en: 'performs',
    colour: '#60a5fa',
    pairs: [['Occupation', 'Task']],
    props: {},
  }),
  TEACHES: rel({
    zh: '培养',
    en: 'teaches',
    colour: '#10b981',
    pairs: every<NodeKind>(['Course', 'MicroCredential'], ['Competency']),
    props: {
      level: scale15('培养水平（1–5）', 'Level taught (1–5)').optional(),
      hours: prop.num('学时', 'Hours', 0).optional(),
    },
  }),
  INCLUDES: rel({
    zh: '包含',
    en: 'includes',
    colour: '#34d399',
    pairs: every<NodeKind>(['Program', 'MicroCredential'], ['Course']),
    props: {},
  }),
  OFFERS: rel({
    zh: '开设',
    en: 'offers',
    colour: '#059669',
    pairs: every<NodeKind>(
      ['Institution'],
      ['Program', 'ProgramGroup', 'MicroCredential', 'Course'],
    ),
    props: {},
  }),
  PREPARES_FOR: rel({
    zh: '面向职业',
    en: 'prepares for',
    colour: '#0d9488',
    pairs: every<NodeKind>(['Program', 'MicroCredential'], ['Occupation']),
    props: {},
  }),
  SERVES: rel({
    zh: '服务产业链',
    en: 'serves',
    colour: '#047857',
    pairs: every<NodeKind>(['ProgramGroup', 'Program'], ['Chain']),
    props: {},
  }),
  MEMBER_OF: rel({
    zh: '成员',
    en: 'member of',
    colour: '#be123c',
    pairs: every<NodeKind>(['Institution', 'Enterprise', 'Park', 'Expert'], ['Consortium']),
    props: { role: prop.oneOf(['lead', 'member'], '角色（牵头/成员）', 'Role').optional() },
  }),
  HAS_COMPETENCY: rel({
    zh: '具备能力',
    en: 'has competency',
    colour: '#8b5cf6',
    pairs: every<NodeKind>(['Expert', 'Candidate'], ['Competency']),
    props: {
      level: scale15('水平（1–5）', 'Level (1–5)').optional(),
      evidence: prop.text('依据', 'Evidence').optional(),
    },
  }),
  AFFILIATED_WITH: rel({
    zh: '任职于',
    en: 'affiliated with',
    colour: '#e11d48',
    pairs: every<NodeKind>(['Expert'], ['Institution', 'Enterprise']),
    props: {},
  }),
  SPECIALISES_IN: rel({
    zh: '专长',
    en: 'specialises in',
    colour: '#f43f5e',
    pairs: every<NodeKind>(['Expert'], ['Industry', 'Chain', 'Segment']),
    props: {},
  }),
  COHORT_OF: rel({
    zh: '届别',
    en: 'cohort of',
    colour: '#15803d',
    pairs: [['Cohort', 'Program']],
    props: {},
  }),
  GRADUATED_FROM: rel({
    zh: '毕业于',
    en: 'graduated from',
    colour: '#16a34a',
    pairs: [['Candidate', 'Program']],
    props: { year: prop.year('毕业年份', 'Year').optional() },
  }),
  HOSTS: rel({
    zh: '承载',
    en: 'hosts',
    colour: '#fb7185',
    pairs: every<NodeKind>(['Institution', 'Enterprise', 'Park'], ['TrainingBase', 'Equipment']),
    props: {},
  }),
  POSTED: rel({
    zh: '发布',
    en: 'posted',
    colour: '#0ea5e9',
    pairs: [['Enterprise', 'Posting']],
    props: {},
  }),
  FOR: rel({
    zh: '招聘职业',
    en: 'for',
    colour: '#0284c7',
    pairs: [['Posting', 'Occupation']],
    props: {},
  }),
  OUTCOME: rel({
    zh: '去向',
    en: 'outcome',
    colour: '#65a30d',
    pairs: every<NodeKind>(['Cohort'], ['Occupation', 'Industry', 'Region']),
    props: { count: prop.int('人数', 'Count') },
  }),
  PROVIDES: rel({
    zh: '提供',
    en: 'provides',
    colour: '#db2777',
    pairs: every<NodeKind>(['Institution', 'Enterprise', 'Expert'], ['Service', 'Resource']),
    props: {},
  }),
  SUPPORTS: rel({
    zh: '支撑',
    en: 'supports',
    colour: '#f472b6',
    pairs: every<NodeKind>(
      ['Resource', 'TrainingBase', 'Equipment'],
      ['Course', 'MicroCredential'],
    ),
    props: {},
  }),
  PARTICIPATES_IN: rel({
    zh: '参与',
    en: 'participates in',
    colour: '#9d174d',
    pairs: every<NodeKind>(['Institution', 'Enterprise', 'Expert', 'Consortium'], ['Project']),
    props: { role: prop.oneOf(['lead', 'member'], '角色', 'Role').optional() },
  }),
  SAME_AS: rel({
    zh: '等同',
    en: 'same as',
    colour: '#a855f7',
    pairs: [
      ['Competency', 'Competency'],
      ['Occupation', 'Occupation'],
      ['Industry', 'Industry'],
    ],
    props: {
      method: prop.text('映射方法', 'Method').optional(),
      score: prop.num('置信度', 'Score', 0, 1).optional(),
    },
  }),
  BROADER_MATCH: rel({
    zh: '上位映射',
    en: 'broader match',
    colour: '#c084fc',
    pairs: [
      ['Competency', 'Competency'],
      ['Occupation', 'Occupation'],
      ['Industry', 'Industry'],
    ],
    props: {
      method: prop.text('映射方法', 'Method').optional(),
      score: prop.num('置信度', 'Score', 0, 1).optional(),
    },
  }),
  RELATED_TO: rel({
    zh: '相关职业',
    en: 'related to',
    colour: '#3b82f6',
    pairs: [['Occupation', 'Occupation']],
    props: {
      tier: prop.text('相关层级', 'Relatedness tier').optional(),
      index: prop.int('相关排序', 'Relatedness rank', 1).optional(),
    },
  }),
};

export type RelType = keyof typeof relationshipTypes;
export const relTypeNames = Object.keys(relationshipTypes) as RelType[];

export function isRelType(value: unknown): value is RelType {
  return typeof value === 'string' && Object.hasOwn(relationshipTypes, value);
}

export function allowsPair(rel: RelType, from: NodeKind, to: NodeKind): boolean {
  return relationshipTypes[rel].pairs.some(([f, t]) => f === from && t === to);
}
