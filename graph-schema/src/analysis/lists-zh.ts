/**
 * The N lists' declaration in Chinese: where each list's rows come from, their order, and what
 * each column counts (by the column's `code`). The English is the declaration itself
 * (`lists.ts`); the Chinese is kept beside it so the web client and the server's XLSX explanation
 * sheet say the same thing, and a test catches a column declared without its Chinese.
 */
import type { ListName } from './lists.ts';

export const listRowsFromZh: Record<ListName, string> = {
  enterprises:
    '每个企业与环节一行：在该链条某环节经营（OPERATES_IN），且位于该地区、其下级地区或区内园区（LOCATED_IN）的企业。',
  demand:
    '链条各环节所用（EMPLOYS）的每个职业一行；招聘为位于该地区（含下级地区与园区）、在所选时期内面向该职业的招聘（未选时期则为全部时期）。',
  'skill-gaps':
    '链条能力需求中缺口 g_c > 0 的每项能力一行；供给为位于该地区（含下级地区与园区）的院校所开课程与微证书的培养（等同以所有本地院校为供给方的技能缺口分析）。',
  courses:
    '每项有缺口的能力与任何地方培养（TEACHES）它的每门课程或微证书一行；没有任何课程培养的缺口能力单列一行（无课程）。',
  experts:
    '专长（SPECIALISES_IN）为该链条、其环节或环节所属行业，或具备（HAS_COMPETENCY）链条所需能力的专家，无论在何处任职。',
  'training-bases':
    '该地区的实训基地——位于该地区（含下级地区与园区），或由本地院校、本地链上企业承载（HOSTS）——支撑培养链条所需能力的课程，或由链上企业承载。',
  equipment:
    '由本地院校或本地链上企业承载（HOSTS）的设备，支撑培养链条所需能力的课程，或由链上企业承载。',
  services:
    '由本地院校、本地链上企业，或在二者任职（AFFILIATED_WITH）的专家提供（PROVIDES）的技术服务。',
};

export const listOrderZh: Record<ListName, string> = {
  enterprises:
    '按环节（顺序，再按标识）；同一环节内按梯度（小巨人、专精特新、创新型、未认定）、员工数（多者在前）、标识。',
  demand: '按需求量 d_o（大者在前），再按标识。',
  'skill-gaps': '按缺口（大者在前），再按需求、标识。',
  courses: '按能力缺口（大者在前），再按该项可补的缺口、培养水平（高者在前）、课程标识。',
  experts: '本地专家在前，再按覆盖缺口、覆盖需求（大者在前）、标识。',
  'training-bases': '按覆盖需求（大者在前），再按标识。',
  equipment: '按覆盖需求（大者在前），再按标识。',
  services: '按服务类型，再按标识。',
};

/** What each column counts, by its code (`<list>.<key>`, or the key alone for shared columns). */
export const listColumnCountsZh: Readonly<Record<string, string>> = {
  name_zh: '该行节点的中文名称（name_zh）',
  name_en: '该行节点的英文名称（name_en）',
  source: '该行节点的数据来源（source 属性）',
  'enterprises.segment': '企业经营（OPERATES_IN）的链条环节',
  'enterprises.position': '该环节在链条中的位置：上游、中游、下游',
  'enterprises.key': '企业的标识（统一社会信用代码或自拟标识）',
  'enterprises.tier': '创新型中小企业 / 专精特新中小企业 / 专精特新“小巨人”；未认定则为空',
  'enterprises.tierYear': '梯度认定的年份',
  'enterprises.scale': '微型 / 小型 / 中型 / 大型',
  'enterprises.employees': '企业的员工人数',
  'enterprises.founded': '企业的成立年份',
  'enterprises.revenueShare':
    '经营关系的营收占比（OPERATES_IN.revenueShare）：来自该环节的营收所占比例',
  'enterprises.places': '企业所在（LOCATED_IN）的地区与园区',
  'demand.key': '职业的标识（职业分类大典编码或自拟标识）',
  'demand.segments': '用工（EMPLOYS）该职业的链条环节',
  'demand.structuralDemand': '链条各环节 EMPLOYS.demand 之和（链条模型中的年新增用工）',
  'demand.headcount': '链条各环节 EMPLOYS.headcount 之和；无记录则为空',
  'demand.postings': '所选时期内、位于该地区（含下级地区与园区）面向（FOR）该职业的招聘条数',
  'demand.postedHeadcount': '上述招聘的人数之和',
  'demand.periods': '上述招聘所属的时期',
  'demand.demand': '按所选需求口径（结构性或招聘）计的职业需求量 d_o',
  'demand.competencies':
    '该职业要求（REQUIRES）且权重 w ≥ 0.8（重要度 ≥ 4 或必备）的能力，按权重排列',
  'demand.requirements': '该职业要求（REQUIRES）的能力项数',
  'demand.digital': '该职业是否带数字职业标识（S）',
  'demand.green': '该职业是否带绿色职业标识（L）',
  'skill-gaps.key': '能力的标识',
  'skill-gaps.dimension': '知识 / 技能 / 素质',
  'skill-gaps.demand': 'D_c = Σ_o d_o · w_oc，对链条各职业求和',
  'skill-gaps.share': 'δ_c = D_c / Σ D：该能力占链条需求的比例',
  'skill-gaps.requiredLevel': '有需求的职业所要求的最高水平（1–5）',
  'skill-gaps.taughtLevel': '本地院校的课程或微证书培养该能力的最高水平；无则为 0',
  'skill-gaps.supply': 'S_c = min(1, 培养水平 / 要求水平)',
  'skill-gaps.gap': 'g_c = δ_c · (1 − S_c)：未被满足的需求比例',
  'skill-gaps.taughtBy': '以该培养水平培养此能力的本地课程与微证书',
  'skill-gaps.occupations': '需求中含有该能力的职业',
  'courses.competency': '有缺口（g_c > 0）的能力',
  'courses.gap': '该能力在本地区的缺口',
  'courses.requiredLevel': '链条各职业所需的水平',
  'courses.supply': '本地区目前对该能力的供给',
  'courses.item': '任何地方培养（TEACHES）该能力的课程或微证书；无任何课程培养时为空',
  'courses.itemType': '课程，或微证书的类型：微专业 / 微课程 / 微证书',
  'courses.level': '培养水平 TEACHES.level（默认 3）',
  'courses.reaches': '培养水平是否达到要求水平',
  'courses.offeredBy': '开设（OFFERS）它的院校，或包含（INCLUDES）它的专业或微证书',
  'courses.local': '由位于本地区的院校开设；其培养已计入供给',
  'courses.gain':
    'δ_c · max(0, min(1, 培养水平 / 要求水平) − S_c)：若在本地区开设，覆盖率可提高多少',
  'experts.key': '专家的标识',
  'experts.title': '专家的职称',
  'experts.affiliations': '专家任职（AFFILIATED_WITH）的院校与企业',
  'experts.local': '任职于位于本地区的院校或企业',
  'experts.specialisms': '专家专长（SPECIALISES_IN）的链条、环节或其所属行业',
  'experts.competencies': '专家具备（HAS_COMPETENCY）的链条所需能力，按需求占比排列',
  'experts.demandShare': '上述能力的 δ_c 之和：专家掌握的链条需求比例',
  'experts.gapShare': '上述能力的 g_c 之和：专家可帮助弥补的本地缺口比例',
  'experts.services': '专家提供（PROVIDES）的技术服务',
  'training-bases.key': '实训基地的标识',
  'training-bases.baseType': '生产线 / 远程 / 虚拟仿真',
  'training-bases.capacity': '实训工位数',
  'training-bases.places': '基地所在（LOCATED_IN）的地区与园区',
  'training-bases.hosts': '承载（HOSTS）它的院校、企业与园区',
  'training-bases.supports': '它支撑（SUPPORTS）的课程与微证书',
  'training-bases.competencies': '其支撑的课程所培养（TEACHES）的链条所需能力，按需求占比排列',
  'training-bases.demandShare': '上述能力的 δ_c 之和：其课程所培养的链条需求比例',
  'training-bases.chainHost': '由经营（OPERATES_IN）链条某环节的企业承载',
  'equipment.key': '设备的标识',
  'equipment.model': '设备型号',
  'equipment.valueCny': '设备原值，单位为元',
  'equipment.hosts': '承载（HOSTS）它的院校、企业与园区',
  'equipment.supports': '它支撑（SUPPORTS）的课程与微证书',
  'equipment.competencies': '其支撑的课程所培养（TEACHES）的链条所需能力，按需求占比排列',
  'equipment.demandShare': '上述能力的 δ_c 之和：其课程所培养的链条需求比例',
  'equipment.chainHost': '由经营（OPERATES_IN）链条某环节的企业承载',
  'services.key': '技术服务的标识',
  'services.serviceType': '中试 / 工艺改进 / 技术咨询 / 成果转化',
  'services.providers': '提供（PROVIDES）它的全部主体',
  'services.localProviders': '其中的本地院校、本地链上企业，以及在二者任职的专家',
  'services.segments': '其企业提供方经营（OPERATE_IN）或专家提供方专长（SPECIALISE_IN）的链条环节',
};
