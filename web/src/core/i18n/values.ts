/**
 * The values of the schema's enumerated properties in Chinese and English: what a reader sees for
 * `position: midstream` (中游), `clusterType: pillar` (支柱), `tier: little-giant` (专精特新“小巨人”).
 * The schema names properties in both languages but stores values as English codes; this table is
 * the other half. A value means the same wherever it occurs (`secondary-vocational` is 中职 as an
 * institution's type, a program's level and a posting's minimum education), so it is keyed by value.
 * A test checks that every value the schema allows has its names here. Terms follow
 * `docs/glossary.md`.
 */
import type { Language, Names } from './index.ts';

export const enumValueNames: Readonly<Record<string, Names>> = {
  // Region level
  province: { zh: '省级', en: 'province' },
  city: { zh: '地市级', en: 'city' },
  county: { zh: '县级', en: 'county' },
  town: { zh: '乡镇级', en: 'town' },
  // Park level
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
  other: { zh: '其他', en: 'other' },
  // Cluster type
  pillar: { zh: '支柱', en: 'pillar' },
  characteristic: { zh: '特色', en: 'characteristic' },
  emerging: { zh: '新兴', en: 'emerging' },
  // Segment position
  upstream: { zh: '上游', en: 'upstream' },
  midstream: { zh: '中游', en: 'midstream' },
  downstream: { zh: '下游', en: 'downstream' },
  // GB/T 4754 level
  section: { zh: '门类', en: 'section' },
  division: { zh: '大类', en: 'division' },
  group: { zh: '中类', en: 'group' },
  class: { zh: '小类', en: 'class' },
  // Enterprise scale and tier
  micro: { zh: '微型', en: 'micro' },
  small: { zh: '小型', en: 'small' },
  medium: { zh: '中型', en: 'medium' },
  large: { zh: '大型', en: 'large' },
  innovative: { zh: '创新型中小企业', en: 'innovative SME' },
  specialised: { zh: '专精特新中小企业', en: 'specialised SME' },
  'little-giant': { zh: '专精特新“小巨人”', en: '“little giant”' },
  // Competency dimension
  knowledge: { zh: '知识', en: 'knowledge' },
  skill: { zh: '技能', en: 'skill' },
  quality: { zh: '素质', en: 'quality' },
  // Education levels and institution types
  'secondary-vocational': { zh: '中职', en: 'secondary vocational' },
  'higher-vocational': { zh: '高职', en: 'higher vocational' },
  'vocational-bachelor': { zh: '职业本科', en: 'vocational bachelor' },
  bachelor: { zh: '本科', en: 'bachelor' },
  master: { zh: '硕士', en: 'master' },
  doctorate: { zh: '博士', en: 'doctorate' },
  university: { zh: '本科院校', en: 'university' },
  // Candidate status
  student: { zh: '在校生', en: 'student' },
  graduate: { zh: '毕业生', en: 'graduate' },
  jobseeker: { zh: '求职者', en: 'job seeker' },
  // Micro-credential type
  'micro-major': { zh: '微专业', en: 'micro-major' },
  'micro-course': { zh: '微课程', en: 'micro-course' },
  'micro-certificate': { zh: '微证书', en: 'micro-certificate' },
  // Resource type
  textbook: { zh: '教材', en: 'textbook' },
  case: { zh: '案例', en: 'case' },
  'training-package': { zh: '培训包', en: 'training package' },
  // Training base type
  'production-line': { zh: '生产线', en: 'production line' },
  remote: { zh: '远程', en: 'remote' },
  'virtual-simulation': { zh: '虚拟仿真', en: 'virtual simulation' },
  // Service type
  'pilot-testing': { zh: '中试', en: 'pilot testing' },
  'process-improvement': { zh: '工艺改进', en: 'process improvement' },
  consulting: { zh: '技术咨询', en: 'consulting' },
  'technology-transfer': { zh: '成果转化', en: 'technology transfer' },
  // Project status
  planned: { zh: '计划中', en: 'planned' },
  running: { zh: '进行中', en: 'running' },
  finished: { zh: '已完成', en: 'finished' },
  // Consortium role
  lead: { zh: '牵头单位', en: 'lead' },
  member: { zh: '成员单位', en: 'member' },
};

/** A value in the language; a value the table does not know is shown as stored. */
export function valueName(value: string, language: Language): string {
  return enumValueNames[value]?.[language] ?? value;
}
