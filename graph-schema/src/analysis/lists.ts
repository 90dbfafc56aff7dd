/**
 * The N lists (1 图 N 清单) of a chain in a region — the tables a consortium hands to officials:
 * key enterprises, talent demand, skill gaps, the courses that close them, experts, training
 * bases, shared equipment and technology services. Each list is declared here once: its title,
 * where its rows come from, the order of its rows, and its columns, each with what it counts. The
 * server fills the rows; the CSV and XLSX writers and the web client read the same declaration, so
 * a column means the same thing in every format.
 *
 * Rows are flat: every cell is a key, text, a number, a yes/no, or a reference to other nodes
 * (their ids `Kind:key`, named in the answer's `names`), so a row is a line of a spreadsheet.
 */
import { z } from 'zod';
import { demandModeSchema, named, namedSchema } from './common.ts';

export const listColumnTypes = [
  'key',
  'text',
  'texts',
  'integer',
  'number',
  'share',
  'boolean',
  'ref',
  'refs',
] as const;
export type ListColumnType = (typeof listColumnTypes)[number];

/** What a column's metadata says: its names and what it counts. */
export interface ListColumnMeta {
  zh: string;
  en: string;
  counts: string;
  column: ListColumnType;
  [key: string]: unknown;
}

const meta = (column: ListColumnType, zh: string, en: string, counts: string) => ({
  zh,
  en,
  counts,
  column,
});

/** Cell schemas; everything but the row's key may be empty (null). */
const cell = {
  key: (zh: string, en: string, counts: string) => z.string().meta(meta('key', zh, en, counts)),
  text: (zh: string, en: string, counts: string) =>
    z
      .string()
      .nullable()
      .meta(meta('text', zh, en, counts)),
  texts: (zh: string, en: string, counts: string) =>
    z.array(z.string()).meta(meta('texts', zh, en, counts)),
  integer: (zh: string, en: string, counts: string) =>
    z
      .number()
      .int()
      .nullable()
      .meta(meta('integer', zh, en, counts)),
  number: (zh: string, en: string, counts: string) =>
    z
      .number()
      .nullable()
      .meta(meta('number', zh, en, counts)),
  share: (zh: string, en: string, counts: string) =>
    z
      .number()
      .nullable()
      .meta(meta('share', zh, en, counts)),
  boolean: (zh: string, en: string, counts: string) =>
    z
      .boolean()
      .nullable()
      .meta(meta('boolean', zh, en, counts)),
  ref: (zh: string, en: string, counts: string) =>
    z
      .string()
      .nullable()
      .meta(meta('ref', zh, en, counts)),
  refs: (zh: string, en: string, counts: string) =>
    z.array(z.string()).meta(meta('refs', zh, en, counts)),
};

const name = {
  name_zh: cell.text('中文名称', 'Name (Chinese)', 'name_zh of the row’s node'),
  name_en: cell.text('英文名称', 'Name (English)', 'name_en of the row’s node'),
};
const source = cell.text(
  '数据来源',
  'Source',
  'the `source` property of the row’s node: where its data come from',
);

// ── The rows of each list ────────────────────────────────────────────────────

export const enterpriseListRowSchema = z.strictObject({
  segment: cell.ref('链环节', 'Segment', 'the chain segment the enterprise OPERATES_IN'),
  position: cell.text(
    '位置',
    'Position',
    'the segment’s position: upstream, midstream, downstream',
  ),
  key: cell.key('企业标识', 'Enterprise key', 'the enterprise’s key (credit code or slug)'),
  ...name,
  tier: cell.text(
    '梯度',
    'SME tier',
    'innovative / specialised / little-giant (创新型/专精特新/小巨人); empty without a tier',
  ),
  tierYear: cell.integer('认定年份', 'Tier year', 'the year the tier was recognised'),
  scale: cell.text('规模', 'Scale', 'micro / small / medium / large'),
  employees: cell.integer('员工人数', 'Employees', 'the enterprise’s employees'),
  founded: cell.integer('成立年份', 'Founded', 'the year the enterprise was founded'),
  revenueShare: cell.share(
    '营收占比',
    'Revenue share',
    'OPERATES_IN.revenueShare: the part of its revenue from this segment',
  ),
  places: cell.refs('所在地', 'Located in', 'the regions and parks it is LOCATED_IN'),
  source,
});

export const demandListRowSchema = z.strictObject({
  key: cell.key('职业标识', 'Occupation key', 'the occupation’s key (职业分类大典 code or slug)'),
  ...name,
  segments: cell.refs('用工环节', 'Segments', 'the chain’s segments that EMPLOY the occupation'),
  structuralDemand: cell.number(
    '结构性需求',
    'Structural demand',
    'Σ EMPLOYS.demand over the chain’s segments (new hires a year in the chain model)',
  ),
  headcount: cell.integer(
    '在岗人数',
    'Headcount in post',
    'Σ EMPLOYS.headcount over the chain’s segments; empty when none is recorded',
  ),
  postings: cell.integer(
    '招聘条数',
    'Postings',
    'postings FOR the occupation located in the region (or below, or in its parks), in the period',
  ),
  postedHeadcount: cell.integer('招聘人数', 'Posted headcount', 'Σ headcount of those postings'),
  periods: cell.texts('招聘时期', 'Posting periods', 'the periods of those postings'),
  demand: cell.number(
    '需求量 d_o',
    'Demand d_o',
    'the occupation’s demand d_o in the chosen demand mode (structural or postings)',
  ),
  competencies: cell.refs(
    '核心能力',
    'Core competencies',
    'competencies the occupation REQUIRES with weight w ≥ 0.8 (importance ≥ 4 or essential), by weight',
  ),
  requirements: cell.integer('能力要求数', 'Requirements', 'competencies the occupation REQUIRES'),
  digital: cell.boolean('数字职业', 'Digital', 'the occupation’s digital (S) mark'),
  green: cell.boolean('绿色职业', 'Green', 'the occupation’s green (L) mark'),
  source,
});

export const skillGapListRowSchema = z.strictObject({
  key: cell.key('能力标识', 'Competency key', 'the competency’s key'),
  ...name,
  dimension: cell.text('维度', 'Dimension', 'knowledge / skill / quality (知识/能力/素质)'),
  demand: cell.number(
    '需求 D_c',
    'Demand D_c',
    'D_c = Σ_o d_o · w_oc over the chain’s occupations',
  ),
  share: cell.share('需求占比 δ_c', 'Share δ_c', 'δ_c = D_c / Σ D: its part of the chain’s demand'),
  requiredLevel: cell.number(
    '要求水平',
    'Required level',
    'the highest level (1–5) an occupation with demand requires',
  ),
  taughtLevel: cell.number(
    '培养水平',
    'Taught level',
    'the highest level any course or micro-credential of the region’s institutions teaches it; 0 when none',
  ),
  supply: cell.share('供给 S_c', 'Supply S_c', 'S_c = min(1, taught level / required level)'),
  gap: cell.share('缺口 g_c', 'Gap g_c', 'g_c = δ_c · (1 − S_c): the share of demand left unmet'),
  taughtBy: cell.refs(
    '现有课程',
    'Taught by',
    'the region’s courses and micro-credentials that teach it at the taught level',
  ),
  occupations: cell.refs('需求职业', 'Occupations', 'the occupations whose demand it carries'),
  source,
});

export const courseListRowSchema = z.strictObject({
  competency: cell.ref('缺口能力', 'Competency', 'a competency with a gap (g_c > 0)'),
  gap: cell.share('缺口 g_c', 'Gap g_c', 'the competency’s gap in the region'),
  requiredLevel: cell.number(
    '要求水平',
    'Required level',
    'the level the chain’s occupations need',
  ),
  supply: cell.share('现有供给 S_c', 'Supply now S_c', 'the region’s supply of the competency now'),
  item: cell.ref(
    '课程/微证书',
    'Course or micro-credential',
    'a course or micro-credential that TEACHES the competency, anywhere; empty when nothing teaches it',
  ),
  itemType: cell.text(
    '类型',
    'Type',
    'course, or the micro-credential’s type: micro-major / micro-course / micro-certificate',
  ),
  level: cell.number('培养水平', 'Level taught', 'TEACHES.level (default 3)'),
  reaches: cell.boolean(
    '达到要求',
    'Reaches the level',
    'whether the level taught reaches the required level',
  ),
  offeredBy: cell.refs(
    '开设院校',
    'Offered by',
    'institutions that OFFER it, or a program or micro-credential that INCLUDES it',
  ),
  local: cell.boolean(
    '本地',
    'Local',
    'offered by an institution located in the region; its teaching already counts in the supply',
  ),
  gain: cell.share(
    '可补缺口',
    'Gap it would close',
    'δ_c · max(0, min(1, level / required) − S_c): how much coverage would rise were it taught in the region',
  ),
  source,
});

export const expertListRowSchema = z.strictObject({
  key: cell.key('专家标识', 'Expert key', 'the expert’s key'),
  ...name,
  title: cell.text('职称', 'Title', 'the expert’s title'),
  affiliations: cell.refs(
    '任职单位',
    'Affiliations',
    'institutions and enterprises AFFILIATED_WITH',
  ),
  local: cell.boolean(
    '本地',
    'Local',
    'affiliated with an institution or enterprise located in the region',
  ),
  specialisms: cell.refs(
    '专长领域',
    'Specialisms',
    'the chain, its segments or their industries the expert SPECIALISES_IN',
  ),
  competencies: cell.refs(
    '相关能力',
    'Chain competencies',
    'competencies of the chain’s demand the expert HAS_COMPETENCY, by share',
  ),
  demandShare: cell.share(
    '覆盖需求',
    'Demand share',
    'Σ δ_c over those competencies: the part of the chain’s demand the expert knows',
  ),
  gapShare: cell.share(
    '覆盖缺口',
    'Gap share',
    'Σ g_c over those competencies: the part of the region’s gap the expert could help close',
  ),
  services: cell.refs('技术服务', 'Services', 'services the expert PROVIDES'),
  source,
});

const hostedResource = {
  hosts: cell.refs('承载单位', 'Hosted by', 'institutions, enterprises and parks that HOST it'),
  supports: cell.refs('支撑课程', 'Supports', 'courses and micro-credentials it SUPPORTS'),
  competencies: cell.refs(
    '相关能力',
    'Chain competencies',
    'competencies of the chain’s demand that the courses it supports TEACH, by share',
  ),
  demandShare: cell.share(
    '覆盖需求',
    'Demand share',
    'Σ δ_c over those competencies: the part of the chain’s demand its courses teach',
  ),
  chainHost: cell.boolean(
    '链上企业承载',
    'Hosted in the chain',
    'hosted by an enterprise that OPERATES_IN one of the chain’s segments',
  ),
};

export const trainingBaseListRowSchema = z.strictObject({
  key: cell.key('基地标识', 'Training base key', 'the training base’s key'),
  ...name,
  baseType: cell.text(
    '类型',
    'Type',
    'production-line / remote / virtual-simulation (生产线/远程/虚拟仿真)',
  ),
  capacity: cell.integer('工位数', 'Capacity', 'training places'),
  places: cell.refs('所在地', 'Located in', 'the regions and parks it is LOCATED_IN'),
  ...hostedResource,
  source,
});

export const equipmentListRowSchema = z.strictObject({
  key: cell.key('设备标识', 'Equipment key', 'the equipment’s key'),
  ...name,
  model: cell.text('型号', 'Model', 'the model'),
  valueCny: cell.number('原值（元）', 'Value (CNY)', 'the original value in yuan'),
  ...hostedResource,
  source,
});

export const serviceListRowSchema = z.strictObject({
  key: cell.key('服务标识', 'Service key', 'the service’s key'),
  ...name,
  serviceType: cell.text(
    '类型',
    'Type',
    'pilot-testing / process-improvement / consulting / technology-transfer (中试/工艺改进/技术咨询/成果转化)',
  ),
  providers: cell.refs('提供方', 'Providers', 'everyone who PROVIDES it'),
  localProviders: cell.refs(
    '本地提供方',
    'Local providers',
    'of those: the region’s institutions, the region’s enterprises of the chain, and experts affiliated with either',
  ),
  segments: cell.refs(
    '相关环节',
    'Segments',
    'the chain’s segments its enterprise providers OPERATE_IN or its expert providers SPECIALISE_IN',
  ),
  source,
});

// ── The lists ────────────────────────────────────────────────────────────────

export const listNames = [
  'enterprises',
  'demand',
  'skill-gaps',
  'courses',
  'experts',
  'training-bases',
  'equipment',
  'services',
] as const;
export const listNameSchema = z.enum(listNames);
export type ListName = z.infer<typeof listNameSchema>;

export const listRowSchemas = {
  enterprises: enterpriseListRowSchema,
  demand: demandListRowSchema,
  'skill-gaps': skillGapListRowSchema,
  courses: courseListRowSchema,
  experts: expertListRowSchema,
  'training-bases': trainingBaseListRowSchema,
  equipment: equipmentListRowSchema,
  services: serviceListRowSchema,
} satisfies Record<ListName, z.ZodObject>;

export type ListRows = { [L in ListName]: z.infer<(typeof listRowSchemas)[L]> };

export interface ListColumn {
  key: string;
  /**
   * A stable code for what the column counts (`demand.structuralDemand`, or the bare key for the
   * columns every list shares: `name_zh`, `name_en`, `source`), so a client can show `counts` in
   * another language from its own dictionary.
   */
  code: string;
  zh: string;
  en: string;
  type: ListColumnType;
  counts: string;
}

export interface ListDefinition {
  zh: string;
  en: string;
  /** Where the rows come from: which nodes, reached how. */
  rowsFrom: string;
  /** How the rows are ordered. */
  order: string;
  columns: ListColumn[];
}

/** Columns that mean the same in every list share one code. */
const sharedColumns = new Set(['name_zh', 'name_en', 'source']);

function columnsOf(list: ListName, schema: z.ZodObject): ListColumn[] {
  return Object.entries(schema.shape).map(([key, column]) => {
    const m = (column as z.ZodType).meta() as ListColumnMeta;
    const code = sharedColumns.has(key) ? key : `${list}.${key}`;
    return { key, code, zh: m.zh, en: m.en, type: m.column, counts: m.counts };
  });
}

const chainEnterprises =
  'enterprises that OPERATE_IN a segment of the chain and are LOCATED_IN the region, a region below it, or a park there';
const localInstitutions = 'institutions LOCATED_IN the region, a region below it, or a park there';

const definitions: Record<ListName, Omit<ListDefinition, 'columns'>> = {
  enterprises: {
    zh: '重点企业清单',
    en: 'Key enterprises',
    rowsFrom: `One row per enterprise and segment: the ${chainEnterprises}.`,
    order:
      'By segment (its order, then key); within a segment by tier (little giant, specialised, innovative, none), employees (most first), key.',
  },
  demand: {
    zh: '人才需求清单',
    en: 'Talent demand',
    rowsFrom:
      'One row per occupation the chain’s segments EMPLOY; postings are those FOR it located in the region (or below, or in its parks) within the period (all periods when none is given).',
    order: 'By demand d_o (largest first), then key.',
  },
  'skill-gaps': {
    zh: '技能缺口清单',
    en: 'Skill gaps',
    rowsFrom: `One row per competency of the chain’s demand with a gap g_c > 0, the supply being what the courses and micro-credentials of the ${localInstitutions} teach (as the skill gap analysis with every such institution as supplier).`,
    order: 'By gap (largest first), then demand, then key.',
  },
  courses: {
    zh: '课程与微证书清单',
    en: 'Courses and micro-credentials that close the gaps',
    rowsFrom:
      'One row per competency with a gap and course or micro-credential anywhere that TEACHES it; one row with no course for a gap competency nothing teaches.',
    order:
      'By the competency’s gap (largest first), then the gap the item would close, the level taught (highest first), the item id.',
  },
  experts: {
    zh: '专家清单',
    en: 'Experts',
    rowsFrom:
      'Experts who SPECIALISE_IN the chain, one of its segments or an industry a segment is CLASSIFIED_AS, or who HAVE a competency of the chain’s demand — wherever they work.',
    order: 'Local experts first, then by gap share, demand share (largest first), key.',
  },
  'training-bases': {
    zh: '实训基地清单',
    en: 'Training bases',
    rowsFrom: `Training bases in the region — LOCATED_IN it (or below, or a park there), or HOSTED by one of the ${localInstitutions} or by one of the ${chainEnterprises} — that SUPPORT a course teaching a competency of the chain’s demand, or are hosted by an enterprise of the chain.`,
    order: 'By demand share (largest first), then key.',
  },
  equipment: {
    zh: '共享设备清单',
    en: 'Shared equipment',
    rowsFrom: `Equipment HOSTED by one of the ${localInstitutions} or by one of the ${chainEnterprises}, that SUPPORTS a course teaching a competency of the chain’s demand or is hosted by an enterprise of the chain.`,
    order: 'By demand share (largest first), then key.',
  },
  services: {
    zh: '技术服务清单',
    en: 'Technology services',
    rowsFrom: `Services PROVIDED by one of the ${localInstitutions}, by one of the ${chainEnterprises}, or by an expert AFFILIATED_WITH either.`,
    order: 'By service type, then key.',
  },
};

export const listDefinitions = Object.fromEntries(
  listNames.map((list) => [
    list,
    { ...definitions[list], columns: columnsOf(list, listRowSchemas[list]) },
  ]),
) as Record<ListName, ListDefinition>;

// ── Answers ──────────────────────────────────────────────────────────────────

export const listColumnSchema = z.strictObject({
  key: z.string(),
  code: z
    .string()
    .describe(
      'A stable code for what the column counts (`<list>.<key>`, or the key alone for name_zh, name_en and source): clients show `counts` in their own language by it',
    ),
  zh: z.string(),
  en: z.string(),
  type: z.enum(listColumnTypes),
  counts: z.string().describe('What the column counts'),
});

const listContext = {
  chain: namedSchema,
  region: named({}),
  demandMode: demandModeSchema,
  period: z.string().nullable(),
};

const namesSchema = z
  .record(z.string(), z.strictObject({ name_zh: z.string(), name_en: z.string().optional() }))
  .describe('Names of every node a `ref` or `refs` cell names, by id `Kind:key`');

function listAnswer<L extends ListName>(list: L) {
  return z.strictObject({
    list: z.literal(list),
    zh: z.string(),
    en: z.string(),
    ...listContext,
    rowsFrom: z.string().describe('Where the rows come from'),
    order: z.string().describe('How the rows are ordered'),
    columns: z.array(listColumnSchema),
    summary: z
      .record(z.string(), z.number().nullable())
      .describe('Totals of the list (e.g. coverage for the skill gaps)'),
    names: namesSchema,
    rows: z.array(listRowSchemas[list]),
  });
}

export const listAnswerSchemas = {
  enterprises: listAnswer('enterprises'),
  demand: listAnswer('demand'),
  'skill-gaps': listAnswer('skill-gaps'),
  courses: listAnswer('courses'),
  experts: listAnswer('experts'),
  'training-bases': listAnswer('training-bases'),
  equipment: listAnswer('equipment'),
  services: listAnswer('services'),
};
export type ListAnswer<L extends ListName = ListName> = z.infer<(typeof listAnswerSchemas)[L]>;

/** Any one list (the answer of `GET /api/lists/:list`). */
export const listSchema = z.discriminatedUnion('list', [
  listAnswerSchemas.enterprises,
  listAnswerSchemas.demand,
  listAnswerSchemas['skill-gaps'],
  listAnswerSchemas.courses,
  listAnswerSchemas.experts,
  listAnswerSchemas['training-bases'],
  listAnswerSchemas.equipment,
  listAnswerSchemas.services,
]);

/** Every list of a chain and region at once (the answer of `GET /api/lists`). */
export const allListsSchema = z.strictObject({
  ...listContext,
  lists: z.strictObject(listAnswerSchemas),
});
export type AllLists = z.infer<typeof allListsSchema>;
