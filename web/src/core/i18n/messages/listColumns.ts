/**
 * What each column of the N lists counts, by the column's code in the API's declaration
 * (graph-schema `analysis/lists.ts`: `<list>.<key>`, or the bare key for the columns every list
 * shares). The Chinese is written here; the English is the declaration's own text, so the two
 * cannot drift apart in English and a new column without a translation is caught by a test.
 */
import { listDefinitions } from '@chanjiao/graph-schema';

const declared = new Map(
  Object.values(listDefinitions).flatMap((list) =>
    list.columns.map((column) => [column.code, column.counts] as const),
  ),
);

/** The API's English text for a column code; an unknown code is a mistake in this file. */
function en(code: string): string {
  const counts = declared.get(code);
  if (counts === undefined) throw new Error(`No list column has the code ${code}`);
  return counts;
}

const column = (code: string, zh: string) => ({ zh, en: en(code) });

export const listColumnMessages = {
  'lists.column.name_zh': column('name_zh', '该行节点的中文名称（name_zh）'),
  'lists.column.name_en': column('name_en', '该行节点的英文名称（name_en）'),
  'lists.column.source': column('source', '该行节点的数据来源（source 属性）'),

  'lists.column.enterprises.segment': column(
    'enterprises.segment',
    '企业经营（OPERATES_IN）的链条环节',
  ),
  'lists.column.enterprises.position': column(
    'enterprises.position',
    '该环节在链条中的位置：上游、中游、下游',
  ),
  'lists.column.enterprises.key': column(
    'enterprises.key',
    '企业的标识（统一社会信用代码或自拟标识）',
  ),
  'lists.column.enterprises.tier': column(
    'enterprises.tier',
    '创新型中小企业 / 专精特新中小企业 / 专精特新“小巨人”；未认定则为空',
  ),
  'lists.column.enterprises.tierYear': column('enterprises.tierYear', '梯度认定的年份'),
  'lists.column.enterprises.scale': column('enterprises.scale', '微型 / 小型 / 中型 / 大型'),
  'lists.column.enterprises.employees': column('enterprises.employees', '企业的员工人数'),
  'lists.column.enterprises.founded': column('enterprises.founded', '企业的成立年份'),
  'lists.column.enterprises.revenueShare': column(
    'enterprises.revenueShare',
    '经营关系的营收占比（OPERATES_IN.revenueShare）：来自该环节的营收所占比例',
  ),
  'lists.column.enterprises.places': column(
    'enterprises.places',
    '企业所在（LOCATED_IN）的地区与园区',
  ),

  'lists.column.demand.key': column('demand.key', '职业的标识（职业分类大典编码或自拟标识）'),
  'lists.column.demand.segments': column('demand.segments', '用工（EMPLOYS）该职业的链条环节'),
  'lists.column.demand.structuralDemand': column(
    'demand.structuralDemand',
    '链条各环节 EMPLOYS.demand 之和（链条模型中的年新增用工）',
  ),
  'lists.column.demand.headcount': column(
    'demand.headcount',
    '链条各环节 EMPLOYS.headcount 之和；无记录则为空',
  ),
  'lists.column.demand.postings': column(
    'demand.postings',
    '所选时期内、位于该地区（含下级地区与园区）面向（FOR）该职业的招聘条数',
  ),
  'lists.column.demand.postedHeadcount': column('demand.postedHeadcount', '上述招聘的人数之和'),
  'lists.column.demand.periods': column('demand.periods', '上述招聘所属的时期'),
  'lists.column.demand.demand': column(
    'demand.demand',
    '按所选需求口径（结构性或招聘）计的职业需求量 d_o',
  ),
  'lists.column.demand.competencies': column(
    'demand.competencies',
    '该职业要求（REQUIRES）且权重 w ≥ 0.8（重要度 ≥ 4 或必备）的能力，按权重排列',
  ),
  'lists.column.demand.requirements': column(
    'demand.requirements',
    '该职业要求（REQUIRES）的能力项数',
  ),
  'lists.column.demand.digital': column('demand.digital', '该职业是否带数字职业标识（S）'),
  'lists.column.demand.green': column('demand.green', '该职业是否带绿色职业标识（L）'),

  'lists.column.skill-gaps.key': column('skill-gaps.key', '能力的标识'),
  'lists.column.skill-gaps.dimension': column('skill-gaps.dimension', '知识 / 技能 / 素质'),
  'lists.column.skill-gaps.demand': column(
    'skill-gaps.demand',
    'D_c = Σ_o d_o · w_oc，对链条各职业求和',
  ),
  'lists.column.skill-gaps.share': column(
    'skill-gaps.share',
    'δ_c = D_c / Σ D：该能力占链条需求的比例',
  ),
  'lists.column.skill-gaps.requiredLevel': column(
    'skill-gaps.requiredLevel',
    '有需求的职业所要求的最高水平（1–5）',
  ),
  'lists.column.skill-gaps.taughtLevel': column(
    'skill-gaps.taughtLevel',
    '本地院校的课程或微证书培养该能力的最高水平；无则为 0',
  ),
  'lists.column.skill-gaps.supply': column(
    'skill-gaps.supply',
    'S_c = min(1, 培养水平 / 要求水平)',
  ),
  'lists.column.skill-gaps.gap': column(
    'skill-gaps.gap',
    'g_c = δ_c · (1 − S_c)：未被满足的需求比例',
  ),
  'lists.column.skill-gaps.taughtBy': column(
    'skill-gaps.taughtBy',
    '以该培养水平培养此能力的本地课程与微证书',
  ),
  'lists.column.skill-gaps.occupations': column('skill-gaps.occupations', '需求中含有该能力的职业'),

  'lists.column.courses.competency': column('courses.competency', '有缺口（g_c > 0）的能力'),
  'lists.column.courses.gap': column('courses.gap', '该能力在本地区的缺口'),
  'lists.column.courses.requiredLevel': column('courses.requiredLevel', '链条各职业所需的水平'),
  'lists.column.courses.supply': column('courses.supply', '本地区目前对该能力的供给'),
  'lists.column.courses.item': column(
    'courses.item',
    '任何地方培养（TEACHES）该能力的课程或微证书；无任何课程培养时为空',
  ),
  'lists.column.courses.itemType': column(
    'courses.itemType',
    '课程，或微证书的类型：微专业 / 微课程 / 微证书',
  ),
  'lists.column.courses.level': column('courses.level', '培养水平 TEACHES.level（默认 3）'),
  'lists.column.courses.reaches': column('courses.reaches', '培养水平是否达到要求水平'),
  'lists.column.courses.offeredBy': column(
    'courses.offeredBy',
    '开设（OFFERS）它的院校，或包含（INCLUDES）它的专业或微证书',
  ),
  'lists.column.courses.local': column('courses.local', '由位于本地区的院校开设；其培养已计入供给'),
  'lists.column.courses.gain': column(
    'courses.gain',
    'δ_c · max(0, min(1, 培养水平 / 要求水平) − S_c)：若在本地区开设，覆盖率可提高多少',
  ),

  'lists.column.experts.key': column('experts.key', '专家的标识'),
  'lists.column.experts.title': column('experts.title', '专家的职称'),
  'lists.column.experts.affiliations': column(
    'experts.affiliations',
    '专家任职（AFFILIATED_WITH）的院校与企业',
  ),
  'lists.column.experts.local': column('experts.local', '任职于位于本地区的院校或企业'),
  'lists.column.experts.specialisms': column(
    'experts.specialisms',
    '专家专长（SPECIALISES_IN）的链条、环节或其所属行业',
  ),
  'lists.column.experts.competencies': column(
    'experts.competencies',
    '专家具备（HAS_COMPETENCY）的链条所需能力，按需求占比排列',
  ),
  'lists.column.experts.demandShare': column(
    'experts.demandShare',
    '上述能力的 δ_c 之和：专家掌握的链条需求比例',
  ),
  'lists.column.experts.gapShare': column(
    'experts.gapShare',
    '上述能力的 g_c 之和：专家可帮助弥补的本地缺口比例',
  ),
  'lists.column.experts.services': column('experts.services', '专家提供（PROVIDES）的技术服务'),

  'lists.column.training-bases.key': column('training-bases.key', '实训基地的标识'),
  'lists.column.training-bases.baseType': column(
    'training-bases.baseType',
    '生产线 / 远程 / 虚拟仿真',
  ),
  'lists.column.training-bases.capacity': column('training-bases.capacity', '实训工位数'),
  'lists.column.training-bases.places': column(
    'training-bases.places',
    '基地所在（LOCATED_IN）的地区与园区',
  ),
  'lists.column.training-bases.hosts': column(
    'training-bases.hosts',
    '承载（HOSTS）它的院校、企业与园区',
  ),
  'lists.column.training-bases.supports': column(
    'training-bases.supports',
    '它支撑（SUPPORTS）的课程与微证书',
  ),
  'lists.column.training-bases.competencies': column(
    'training-bases.competencies',
    '其支撑的课程所培养（TEACHES）的链条所需能力，按需求占比排列',
  ),
  'lists.column.training-bases.demandShare': column(
    'training-bases.demandShare',
    '上述能力的 δ_c 之和：其课程所培养的链条需求比例',
  ),
  'lists.column.training-bases.chainHost': column(
    'training-bases.chainHost',
    '由经营（OPERATES_IN）链条某环节的企业承载',
  ),

  'lists.column.equipment.key': column('equipment.key', '设备的标识'),
  'lists.column.equipment.model': column('equipment.model', '设备型号'),
  'lists.column.equipment.valueCny': column('equipment.valueCny', '设备原值，单位为元'),
  'lists.column.equipment.hosts': column('equipment.hosts', '承载（HOSTS）它的院校、企业与园区'),
  'lists.column.equipment.supports': column(
    'equipment.supports',
    '它支撑（SUPPORTS）的课程与微证书',
  ),
  'lists.column.equipment.competencies': column(
    'equipment.competencies',
    '其支撑的课程所培养（TEACHES）的链条所需能力，按需求占比排列',
  ),
  'lists.column.equipment.demandShare': column(
    'equipment.demandShare',
    '上述能力的 δ_c 之和：其课程所培养的链条需求比例',
  ),
  'lists.column.equipment.chainHost': column(
    'equipment.chainHost',
    '由经营（OPERATES_IN）链条某环节的企业承载',
  ),

  'lists.column.services.key': column('services.key', '技术服务的标识'),
  'lists.column.services.serviceType': column(
    'services.serviceType',
    '中试 / 工艺改进 / 技术咨询 / 成果转化',
  ),
  'lists.column.services.providers': column('services.providers', '提供（PROVIDES）它的全部主体'),
  'lists.column.services.localProviders': column(
    'services.localProviders',
    '其中的本地院校、本地链上企业，以及在二者任职的专家',
  ),
  'lists.column.services.segments': column(
    'services.segments',
    '其企业提供方经营（OPERATE_IN）或专家提供方专长（SPECIALISE_IN）的链条环节',
  ),
} as const;
