/**
 * The node kinds of the Chanjiao Atlas graph: industry, occupation, education and collaboration
 * sides. Adding a kind is one entry here; types, validation, OpenAPI, database constraints and the
 * web legend all follow from it.
 */
import { defineKind, prop } from './define.ts';

const slug = {
  zh: '稳定的英文短标识（小写字母、数字、连字符）',
  en: 'a stable slug (lower-case letters, digits, hyphens)',
};
const codeOrSlug = (zhCode: string, enCode: string) => ({
  zh: `${zhCode}（有官方代码时），否则稳定短标识`,
  en: `${enCode} where one exists, else a stable slug`,
});

export const nodeKinds = {
  // ── Industry side ──────────────────────────────────────────────────────────
  Region: defineKind({
    zh: '行政区划',
    en: 'Region',
    group: 'industry',
    keyRule: {
      zh: '统计用区划代码（6 位或 12 位数字）',
      en: 'statistical division code (6 or 12 digits)',
    },
    keyPattern: /^(\d{6}|\d{12})$/,
    colour: '#1e293b',
    size: 2.4,
    glyph: '区',
    glyphEn: 'Rg',
    props: {
      level: prop.oneOf(['province', 'city', 'county', 'town'], '层级', 'Level'),
    },
    indexed: ['level'],
  }),
  Park: defineKind({
    zh: '园区',
    en: 'Park',
    group: 'industry',
    keyRule: slug,
    colour: '#64748b',
    size: 1.8,
    glyph: '园',
    glyphEn: 'Pk',
    props: {
      parkLevel: prop
        .oneOf(['national', 'provincial', 'municipal', 'other'], '园区级别', 'Park level')
        .optional(),
      areaKm2: prop.num('面积（平方公里）', 'Area (km²)', 0).optional(),
    },
  }),
  Cluster: defineKind({
    zh: '产业集群',
    en: 'Industrial cluster',
    group: 'industry',
    keyRule: slug,
    colour: '#44403c',
    size: 2.4,
    glyph: '集',
    glyphEn: 'Cl',
    props: {
      clusterType: prop.oneOf(
        ['pillar', 'characteristic', 'emerging'],
        '类型（支柱/特色/新兴）',
        'Type (pillar/characteristic/emerging)',
      ),
    },
    indexed: ['clusterType'],
  }),
  Chain: defineKind({
    zh: '产业链',
    en: 'Industry chain',
    group: 'industry',
    keyRule: slug,
    colour: '#7c2d12',
    size: 2.6,
    glyph: '链',
    glyphEn: 'Ch',
    props: {},
  }),
  Segment: defineKind({
    zh: '链环节',
    en: 'Chain segment',
    group: 'industry',
    keyRule: slug,
    colour: '#f97316',
    size: 2,
    glyph: '环',
    glyphEn: 'Sg',
    props: {
      position: prop.oneOf(
        ['upstream', 'midstream', 'downstream'],
        '位置（上游/中游/下游）',
        'Position (upstream/midstream/downstream)',
      ),
      order: prop.int('顺序', 'Order').optional(),
    },
    indexed: ['position'],
  }),
  Industry: defineKind({
    zh: '行业',
    en: 'Industry',
    group: 'industry',
    keyRule: codeOrSlug('国民经济行业分类代码（GB/T 4754-2017）', 'GB/T 4754-2017 code'),
    colour: '#78716c',
    size: 1.6,
    glyph: '业',
    glyphEn: 'In',
    props: {
      scheme: prop.text('分类体系', 'Classification scheme').optional(),
      level: prop
        .oneOf(['section', 'division', 'group', 'class'], '层级（门类/大类/中类/小类）', 'Level')
        .optional(),
    },
    indexed: ['scheme'],
  }),
  Product: defineKind({
    zh: '产品',
    en: 'Product',
    group: 'industry',
    keyRule: slug,
    colour: '#a8a29e',
    size: 1.4,
    glyph: '品',
    glyphEn: 'Pd',
    props: {},
  }),
  Enterprise: defineKind({
    zh: '企业',
    en: 'Enterprise',
    group: 'industry',
    keyRule: codeOrSlug('统一社会信用代码', 'unified social credit code'),
    colour: '#b45309',
    size: 1.5,
    glyph: '企',
    glyphEn: 'En',
    props: {
      scale: prop.oneOf(['micro', 'small', 'medium', 'large'], '规模', 'Scale').optional(),
      tier: prop
        .oneOf(
          ['innovative', 'specialised', 'little-giant'],
          '梯度（创新型/专精特新/小巨人）',
          'SME tier (innovative / specialised / little giant)',
        )
        .optional(),
      tierYear: prop.year('认定年份', 'Tier year').optional(),
      founded: prop.year('成立年份', 'Founded').optional(),
      employees: prop.int('员工人数', 'Employees').optional(),
    },
    indexed: ['tier', 'scale'],
  }),

  // ── Occupation side ────────────────────────────────────────────────────────
  Occupation: defineKind({
    zh: '职业',
    en: 'Occupation',
    group: 'occupation',
    keyRule: codeOrSlug('职业分类大典（2022）代码', 'occupation classification (2022) code'),
    colour: '#1e3a8a',
    size: 2,
    glyph: '职',
    glyphEn: 'Oc',
    props: {
      digital: prop.bool('数字职业（S）', 'Digital occupation (S)').optional(),
      green: prop.bool('绿色职业（L）', 'Green occupation (L)').optional(),
      scheme: prop.text('分类体系', 'Classification scheme').optional(),
      escoUri: prop.url('ESCO URI', 'ESCO URI').optional(),
      iscoCode: prop.text('ISCO-08 代码', 'ISCO-08 code').optional(),
    },
  }),
  Task: defineKind({
    zh: '典型工作任务',
    en: 'Typical work task',
    group: 'occupation',
    keyRule: slug,
    colour: '#93c5fd',
    size: 1.2,
    glyph: '任',
    glyphEn: 'Tk',
    props: {},
  }),
  Competency: defineKind({
    zh: '能力要素',
    en: 'Competency',
    group: 'occupation',
    keyRule: codeOrSlug('ESCO/O*NET 标识', 'ESCO or O*NET identifier'),
    colour: '#9333ea',
    size: 1.3,
    glyph: '能',
    glyphEn: 'Cp',
    props: {
      dimension: prop.oneOf(
        ['knowledge', 'skill', 'quality'],
        '维度（知识/技能/素质）',
        'Dimension (knowledge/skill/quality)',
      ),
      escoUri: prop.url('ESCO URI', 'ESCO URI').optional(),
      onetElementId: prop.text('O*NET 要素编号', 'O*NET element id').optional(),
      scheme: prop.text('分类体系', 'Classification scheme').optional(),
    },
    indexed: ['dimension'],
  }),
  Posting: defineKind({
    zh: '招聘需求',
    en: 'Job posting',
    group: 'occupation',
    keyRule: slug,
    colour: '#0e7490',
    size: 1.2,
    glyph: '聘',
    glyphEn: 'Po',
    props: {
      period: prop.period('时期', 'Period'),
      headcount: prop.int('招聘人数', 'Headcount'),
      salaryMin: prop.num('月薪下限（元）', 'Monthly salary min (CNY)', 0).optional(),
      salaryMax: prop.num('月薪上限（元）', 'Monthly salary max (CNY)', 0).optional(),
      minEducation: prop
        .oneOf(
          ['secondary-vocational', 'higher-vocational', 'bachelor', 'master', 'doctorate'],
          '最低学历',
          'Minimum education',
        )
        .optional(),
    },
    indexed: ['period'],
  }),
  Candidate: defineKind({
    zh: '求职者',
    en: 'Candidate',
    group: 'occupation',
    keyRule: {
      zh: '匿名编号（不得使用姓名、身份证号）',
      en: 'a pseudonymous id (never a name or ID number)',
    },
    keyPattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    colour: '#818cf8',
    size: 1.1,
    glyph: '人',
    glyphEn: 'Cd',
    props: {
      status: prop.oneOf(['student', 'graduate', 'jobseeker'], '状态', 'Status').optional(),
      graduationYear: prop.year('毕业年份', 'Graduation year').optional(),
    },
  }),

  // ── Education side ─────────────────────────────────────────────────────────
  Institution: defineKind({
    zh: '院校',
    en: 'Institution',
    group: 'education',
    keyRule: codeOrSlug('学校标识码', 'school identification code'),
    colour: '#155e75',
    size: 2.4,
    glyph: '校',
    glyphEn: 'Is',
    props: {
      institutionType: prop.oneOf(
        ['university', 'higher-vocational', 'secondary-vocational'],
        '类型（本科/高职/中职）',
        'Type',
      ),
    },
  }),
  Program: defineKind({
    zh: '专业',
    en: 'Program',
    group: 'education',
    keyRule: slug,
    colour: '#064e3b',
    size: 1.8,
    glyph: '专',
    glyphEn: 'Pg',
    props: {
      catalogueCode: prop.text('专业目录代码', 'Catalogue code').optional(),
      level: prop.oneOf(
        ['secondary-vocational', 'higher-vocational', 'vocational-bachelor', 'bachelor', 'master'],
        '层次',
        'Level',
      ),
    },
  }),
  ProgramGroup: defineKind({
    zh: '专业群',
    en: 'Program group',
    group: 'education',
    keyRule: slug,
    colour: '#0891b2',
    size: 2,
    glyph: '群',
    glyphEn: 'Gr',
    props: {},
  }),
  Course: defineKind({
    zh: '课程',
    en: 'Course',
    group: 'education',
    keyRule: slug,
    colour: '#16a34a',
    size: 1.2,
    glyph: '课',
    glyphEn: 'Co',
    props: {
      hours: prop.num('学时', 'Hours', 0).optional(),
      credits: prop.num('学分', 'Credits', 0).optional(),
    },
  }),
  MicroCredential: defineKind({
    zh: '微专业/微课程/微证书',
    en: 'Micro-credential',
    group: 'education',
    keyRule: slug,
    colour: '#34d399',
    size: 1.4,
    glyph: '微',
    glyphEn: 'MC',
    props: {
      credentialType: prop.oneOf(
        ['micro-major', 'micro-course', 'micro-certificate'],
        '类型',
        'Type',
      ),
    },
  }),
  Resource: defineKind({
    zh: '教学资源',
    en: 'Resource',
    group: 'education',
    keyRule: slug,
    colour: '#22d3ee',
    size: 1.1,
    glyph: '资',
    glyphEn: 'Rs',
    props: {
      resourceType: prop.oneOf(
        ['textbook', 'case', 'training-package', 'other'],
        '类型（教材/案例/培训包）',
        'Type',
      ),
    },
  }),
  Cohort: defineKind({
    zh: '毕业届',
    en: 'Graduate cohort',
    group: 'education',
    keyRule: slug,
    colour: '#3f6212',
    size: 1.2,
    glyph: '届',
    glyphEn: 'Ct',
    props: {
      year: prop.year('毕业年份', 'Graduation year'),
      graduates: prop.int('毕业人数', 'Graduates'),
      employed: prop.int('就业人数', 'Employed').optional(),
      employedInTarget: prop.int('对口就业人数', 'Employed in target occupations').optional(),
      stayedInRegion: prop.int('留在本地人数', 'Stayed in region').optional(),
    },
    indexed: ['year'],
  }),

  // ── Collaboration side ─────────────────────────────────────────────────────
  Consortium: defineKind({
    zh: '产教科融合联合体',
    en: 'Consortium',
    group: 'collaboration',
    keyRule: slug,
    colour: '#831843',
    size: 2.6,
    glyph: '联',
    glyphEn: 'Cs',
    props: {
      founded: prop.year('成立年份', 'Founded').optional(),
    },
  }),
  Expert: defineKind({
    zh: '专家',
    en: 'Expert',
    group: 'collaboration',
    keyRule: slug,
    colour: '#e11d48',
    size: 1.3,
    glyph: '家',
    glyphEn: 'Ex',
    props: {
      title: prop.text('职称', 'Title').optional(),
    },
  }),
  TrainingBase: defineKind({
    zh: '实训基地',
    en: 'Training base',
    group: 'collaboration',
    keyRule: slug,
    colour: '#ec4899',
    size: 1.5,
    glyph: '训',
    glyphEn: 'TB',
    props: {
      baseType: prop.oneOf(
        ['production-line', 'remote', 'virtual-simulation'],
        '类型（生产线/远程/虚拟仿真）',
        'Type',
      ),
      capacity: prop.int('工位数', 'Capacity').optional(),
    },
  }),
  Equipment: defineKind({
    zh: '共享设备',
    en: 'Shared equipment',
    group: 'collaboration',
    keyRule: slug,
    colour: '#c084fc',
    size: 1.1,
    glyph: '设',
    glyphEn: 'Eq',
    props: {
      model: prop.text('型号', 'Model').optional(),
      valueCny: prop.num('原值（元）', 'Value (CNY)', 0).optional(),
    },
  }),
  Service: defineKind({
    zh: '技术服务',
    en: 'Technology service',
    group: 'collaboration',
    keyRule: slug,
    colour: '#fda4af',
    size: 1.3,
    glyph: '服',
    glyphEn: 'Sv',
    props: {
      serviceType: prop.oneOf(
        ['pilot-testing', 'process-improvement', 'consulting', 'technology-transfer'],
        '类型（中试/工艺改进/技术咨询/成果转化）',
        'Type',
      ),
    },
  }),
  Project: defineKind({
    zh: '合作项目',
    en: 'Project',
    group: 'collaboration',
    keyRule: slug,
    colour: '#6b21a8',
    size: 1.4,
    glyph: '项',
    glyphEn: 'Pj',
    props: {
      startYear: prop.year('开始年份', 'Start year').optional(),
      status: prop.oneOf(['planned', 'running', 'finished'], '状态', 'Status').optional(),
    },
  }),
};

export type NodeKind = keyof typeof nodeKinds;
export const nodeKindNames = Object.keys(nodeKinds) as NodeKind[];

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && Object.hasOwn(nodeKinds, value);
}
