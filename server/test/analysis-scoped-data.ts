/**
 * Test data for the scoped-analysis suite: the demo region plus a few invented records that reach
 * the corners loaders must get right — an occupation without a profile mapped over SAME_AS /
 * BROADER_MATCH, SAME_AS competency classes whose taught member is taught only by another
 * institution, an institution with no location, an enterprise operating in two segments and
 * located in two regions, a posting without requirements, a candidate without a location, an
 * expert affiliated nowhere and one specialising deep in the industry tree.
 */
import { demoRegionRecords } from '@chanjiao/seed-data';
import type { NodeKind, Props, RelType } from '@chanjiao/graph-schema';
import type { WriteOp } from '../src/store/port.ts';

const source = 'test data — invented for the scoped-analysis tests';

const node = (kind: NodeKind, key: string, props: Props = {}): WriteOp => ({
  op: 'upsertNode',
  node: { kind, key, props: { name_zh: key, source, ...props } },
  mode: 'merge',
});

const edge = (
  rel: RelType,
  from: [NodeKind, string],
  to: [NodeKind, string],
  props: Props = {},
): WriteOp => ({
  op: 'upsertEdge',
  edge: {
    rel,
    from: { kind: from[0], key: from[1] },
    to: { kind: to[0], key: to[1] },
    props,
  },
  mode: 'merge',
});

export const extraRecords: WriteOp[] = [
  // An occupation employed by the chain with no profile, mapped to imported ones.
  node('Occupation', 'x-local-operator', { name_en: 'Local operator' }),
  node('Occupation', 'x-onet-51-9141', { scheme: 'onet' }),
  node('Occupation', 'x-isco-8131', { scheme: 'isco' }),
  node('Occupation', 'x-esco-empty', { scheme: 'esco' }),
  node('Competency', 'x-onet-skill-a', { dimension: 'skill' }),
  node('Competency', 'x-esco-skill-z', { dimension: 'skill' }),
  node('Competency', 'x-ext-quality', { dimension: 'quality' }),
  node('Competency', 'x-isco-skill', { dimension: 'knowledge' }),
  edge('EMPLOYS', ['Segment', 'cell-manufacturing'], ['Occupation', 'x-local-operator'], {
    demand: 7,
  }),
  edge('SAME_AS', ['Occupation', 'x-local-operator'], ['Occupation', 'x-onet-51-9141'], {
    score: 0.8,
  }),
  edge('SAME_AS', ['Occupation', 'x-esco-empty'], ['Occupation', 'x-local-operator'], {
    score: 0.95,
  }),
  edge('BROADER_MATCH', ['Occupation', 'x-local-operator'], ['Occupation', 'x-isco-8131']),
  edge('REQUIRES', ['Occupation', 'x-onet-51-9141'], ['Competency', 'x-onet-skill-a'], {
    importance: 4,
    level: 4,
  }),
  edge('REQUIRES', ['Occupation', 'x-onet-51-9141'], ['Competency', 'x-ext-quality'], {
    importance: 3.5,
    level: 5,
  }),
  edge('REQUIRES', ['Occupation', 'x-onet-51-9141'], ['Competency', 'electrode-coating'], {
    importance: 5,
    level: 3,
  }),
  edge('REQUIRES', ['Occupation', 'x-isco-8131'], ['Competency', 'x-isco-skill'], {
    essential: true,
  }),
  // Classes: {x-onet-skill-a, battery-safety-standards, x-esco-skill-z} where only x-esco-skill-z
  // is taught (by another institution's course); {x-ext-quality, quality-awareness}.
  edge('SAME_AS', ['Competency', 'x-onet-skill-a'], ['Competency', 'battery-safety-standards'], {
    score: 1,
  }),
  edge('SAME_AS', ['Competency', 'x-esco-skill-z'], ['Competency', 'x-onet-skill-a']),
  edge('SAME_AS', ['Competency', 'quality-awareness'], ['Competency', 'x-ext-quality']),
  edge(
    'BROADER_MATCH',
    ['Competency', 'x-isco-skill'],
    ['Competency', 'electrochemistry-fundamentals'],
  ),
  // An institution nowhere, with a program serving the chain and a course teaching x-esco-skill-z.
  node('Institution', 'x-unlocated-institute', { institutionType: 'higher-vocational' }),
  node('Program', 'x-safety-program', { level: 'higher-vocational' }),
  node('Course', 'x-safety-course'),
  node('Cohort', 'x-safety-cohort-2025', {
    year: 2025,
    graduates: 30,
    employed: 25,
    stayedInRegion: 10,
  }),
  edge('OFFERS', ['Institution', 'x-unlocated-institute'], ['Program', 'x-safety-program']),
  edge('OFFERS', ['Institution', 'x-unlocated-institute'], ['Course', 'x-safety-course']),
  edge('INCLUDES', ['Program', 'x-safety-program'], ['Course', 'x-safety-course']),
  edge('TEACHES', ['Course', 'x-safety-course'], ['Competency', 'x-esco-skill-z'], { level: 4 }),
  edge('TEACHES', ['Course', 'x-safety-course'], ['Competency', 'battery-safety-standards']),
  edge('SERVES', ['Program', 'x-safety-program'], ['Chain', 'nev-power-battery-chain']),
  edge('PREPARES_FOR', ['Program', 'x-safety-program'], ['Occupation', 'battery-test-engineer']),
  edge('COHORT_OF', ['Cohort', 'x-safety-cohort-2025'], ['Program', 'x-safety-program']),
  edge('OUTCOME', ['Cohort', 'x-safety-cohort-2025'], ['Occupation', 'battery-test-engineer'], {
    count: 12,
  }),
  // An enterprise in two segments and two regions, one in a Xiamen park.
  node('Enterprise', 'x-two-segment-firm', { scale: 'medium', tier: 'specialised' }),
  node('Park', 'x-xiamen-park'),
  node('Enterprise', 'x-xiamen-firm', { scale: 'small' }),
  edge('OPERATES_IN', ['Enterprise', 'x-two-segment-firm'], ['Segment', 'separator']),
  edge('OPERATES_IN', ['Enterprise', 'x-two-segment-firm'], ['Segment', 'electrolyte']),
  edge('LOCATED_IN', ['Enterprise', 'x-two-segment-firm'], ['Region', '350921']),
  edge('LOCATED_IN', ['Enterprise', 'x-two-segment-firm'], ['Region', '350205']),
  edge('LOCATED_IN', ['Park', 'x-xiamen-park'], ['Region', '350205']),
  edge('LOCATED_IN', ['Enterprise', 'x-xiamen-firm'], ['Park', 'x-xiamen-park']),
  edge('OPERATES_IN', ['Enterprise', 'x-xiamen-firm'], ['Segment', 'separator']),
  // A posting without requirements in the Xiamen park; a candidate nowhere.
  node('Posting', 'x-bare-posting', { period: '2025-H1', headcount: 3 }),
  edge('FOR', ['Posting', 'x-bare-posting'], ['Occupation', 'battery-test-engineer']),
  edge('POSTED', ['Enterprise', 'x-xiamen-firm'], ['Posting', 'x-bare-posting']),
  edge('LOCATED_IN', ['Posting', 'x-bare-posting'], ['Park', 'x-xiamen-park']),
  node('Candidate', 'x-nowhere-candidate', { status: 'graduate', graduationYear: 2025 }),
  edge(
    'HAS_COMPETENCY',
    ['Candidate', 'x-nowhere-candidate'],
    ['Competency', 'electrode-coating'],
    {
      level: 4,
    },
  ),
  // Experts: one affiliated nowhere, one in the Xiamen firm specialising in a class of 3841.
  node('Expert', 'x-free-expert', { title: 'Consultant' }),
  edge('HAS_COMPETENCY', ['Expert', 'x-free-expert'], ['Competency', 'battery-safety-standards'], {
    level: 5,
  }),
  node('Industry', 'x-3841-class', { name_en: 'A class below 3841' }),
  edge('PART_OF', ['Industry', 'x-3841-class'], ['Industry', '3841']),
  node('Expert', 'x-xiamen-expert'),
  edge('AFFILIATED_WITH', ['Expert', 'x-xiamen-expert'], ['Enterprise', 'x-xiamen-firm']),
  edge('SPECIALISES_IN', ['Expert', 'x-xiamen-expert'], ['Industry', 'x-3841-class']),
  edge('SPECIALISES_IN', ['Expert', 'x-xiamen-expert'], ['Segment', 'separator']),
  // For the lists: a training base in a local park supporting the unlocated institute's course, a
  // rig hosted in Xiamen, a service of the university and the expert affiliated nowhere.
  node('TrainingBase', 'x-park-base', { baseType: 'remote', capacity: 12 }),
  edge('LOCATED_IN', ['TrainingBase', 'x-park-base'], ['Park', 'ningde-demo-lithium-park']),
  edge('SUPPORTS', ['TrainingBase', 'x-park-base'], ['Course', 'x-safety-course']),
  node('Equipment', 'x-xiamen-rig', { model: 'X-1' }),
  edge('HOSTS', ['Enterprise', 'x-xiamen-firm'], ['Equipment', 'x-xiamen-rig']),
  edge('SUPPORTS', ['Equipment', 'x-xiamen-rig'], ['Course', 'x-safety-course']),
  node('Service', 'x-free-service', { serviceType: 'consulting' }),
  edge('PROVIDES', ['Expert', 'x-free-expert'], ['Service', 'x-free-service']),
  edge('PROVIDES', ['Institution', 'ningde-demo-university'], ['Service', 'x-free-service']),
];

/** The demo region's writes followed by the extra records. */
export function scopedTestData(): WriteOp[] {
  const demo: WriteOp[] = demoRegionRecords().map((r) =>
    r.type === 'node'
      ? { op: 'upsertNode', node: { kind: r.kind, key: r.key, props: r.props }, mode: 'merge' }
      : {
          op: 'upsertEdge',
          edge: { rel: r.rel, from: r.from, to: r.to, props: r.props ?? {} },
          mode: 'merge',
        },
  );
  return [...demo, ...extraRecords];
}
