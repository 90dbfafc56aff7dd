/**
 * Strings of the N lists view (1 图 N 清单). List and column names come from the API's declaration;
 * what each column counts is in `listColumns.ts`.
 */
import { listDefinitions } from '@chanjiao/graph-schema';

export const listsMessages = {
  'mode.lists': { zh: '一图N清单', en: 'N lists' },
  'lists.title': { zh: '一图N清单', en: 'The N lists' },
  'lists.intro': {
    zh: '{chain}在{region}的清单：重点企业、人才需求、技能缺口、补缺课程与微证书、专家、实训基地、共享设备、技术服务。每张表可排序、筛选并导出 CSV 或 Excel。',
    en: 'The lists of {chain} in {region}: key enterprises, talent demand, skill gaps, the courses and micro-credentials that close them, experts, training bases, shared equipment and technology services. Every table sorts, filters and exports as CSV or Excel.',
  },
  'lists.show': { zh: '显示清单', en: 'Lists shown' },
  'lists.all': { zh: '全部', en: 'All' },
  'lists.downloadAll': { zh: '下载全部清单（Excel）', en: 'Download every list (Excel)' },
  'lists.downloadAllHint': {
    zh: '一个工作簿：说明页，然后每张清单一页，由服务器生成。',
    en: 'One workbook from the server: a sheet explaining each list, then one sheet per list.',
  },
  'lists.docs': { zh: 'API 文档中的定义', en: 'Definition in the API documentation' },
  'lists.rowsFrom': { zh: '行的来源', en: 'Rows' },
  'lists.order': { zh: '排序', en: 'Order' },
  'lists.columns': { zh: '各列含义', en: 'What each column counts' },
  'lists.more': { zh: ' 等（另 {count} 项）', en: ' … (+{count} more)' },
  // Where each list's rows come from and their order, as the API declares them (graph-schema
  // lists.ts), in Chinese; the English is the API's own text.
  'lists.rowsFrom.enterprises': {
    zh: '每个企业与环节一行：在该链条某环节经营（OPERATES_IN），且位于该地区、其下级地区或区内园区（LOCATED_IN）的企业。',
    en: listDefinitions['enterprises'].rowsFrom,
  },
  'lists.order.enterprises': {
    zh: '按环节（顺序，再按标识）；同一环节内按梯度（小巨人、专精特新、创新型、未认定）、员工数（多者在前）、标识。',
    en: listDefinitions['enterprises'].order,
  },
  'lists.rowsFrom.demand': {
    zh: '链条各环节所用（EMPLOYS）的每个职业一行；招聘为位于该地区（含下级地区与园区）、在所选时期内面向该职业的招聘（未选时期则为全部时期）。',
    en: listDefinitions['demand'].rowsFrom,
  },
  'lists.order.demand': {
    zh: '按需求量 d_o（大者在前），再按标识。',
    en: listDefinitions['demand'].order,
  },
  'lists.rowsFrom.skill-gaps': {
    zh: '链条能力需求中缺口 g_c > 0 的每项能力一行；供给为位于该地区（含下级地区与园区）的院校所开课程与微证书的培养（等同以所有本地院校为供给方的技能缺口分析）。',
    en: listDefinitions['skill-gaps'].rowsFrom,
  },
  'lists.order.skill-gaps': {
    zh: '按缺口（大者在前），再按需求、标识。',
    en: listDefinitions['skill-gaps'].order,
  },
  'lists.rowsFrom.courses': {
    zh: '每项有缺口的能力与任何地方培养（TEACHES）它的每门课程或微证书一行；没有任何课程培养的缺口能力单列一行（无课程）。',
    en: listDefinitions['courses'].rowsFrom,
  },
  'lists.order.courses': {
    zh: '按能力缺口（大者在前），再按该项可补的缺口、培养水平（高者在前）、课程标识。',
    en: listDefinitions['courses'].order,
  },
  'lists.rowsFrom.experts': {
    zh: '专长（SPECIALISES_IN）为该链条、其环节或环节所属行业，或具备（HAS_COMPETENCY）链条所需能力的专家，无论在何处任职。',
    en: listDefinitions['experts'].rowsFrom,
  },
  'lists.order.experts': {
    zh: '本地专家在前，再按覆盖缺口、覆盖需求（大者在前）、标识。',
    en: listDefinitions['experts'].order,
  },
  'lists.rowsFrom.training-bases': {
    zh: '该地区的实训基地——位于该地区（含下级地区与园区），或由本地院校、本地链上企业承载（HOSTS）——支撑培养链条所需能力的课程，或由链上企业承载。',
    en: listDefinitions['training-bases'].rowsFrom,
  },
  'lists.order.training-bases': {
    zh: '按覆盖需求（大者在前），再按标识。',
    en: listDefinitions['training-bases'].order,
  },
  'lists.rowsFrom.equipment': {
    zh: '由本地院校或本地链上企业承载（HOSTS）的设备，支撑培养链条所需能力的课程，或由链上企业承载。',
    en: listDefinitions['equipment'].rowsFrom,
  },
  'lists.order.equipment': {
    zh: '按覆盖需求（大者在前），再按标识。',
    en: listDefinitions['equipment'].order,
  },
  'lists.rowsFrom.services': {
    zh: '由本地院校、本地链上企业，或在二者任职（AFFILIATED_WITH）的专家提供（PROVIDES）的技术服务。',
    en: listDefinitions['services'].rowsFrom,
  },
  'lists.order.services': { zh: '按服务类型，再按标识。', en: listDefinitions['services'].order },
  'lists.yes': { zh: '是', en: 'yes' },
  'lists.no': { zh: '否', en: 'no' },
  'lists.empty': { zh: '该清单没有行。', en: 'This list has no rows.' },
  'lists.summary.enterprises': { zh: '企业', en: 'Enterprises' },
  'lists.summary.segments': { zh: '环节', en: 'Segments' },
  'lists.summary.segmentsWithoutEnterprise': { zh: '无本地企业的环节', en: 'Segments with none' },
  'lists.summary.innovative': { zh: '创新型中小企业', en: 'Innovative SMEs' },
  'lists.summary.specialised': { zh: '专精特新中小企业', en: 'Specialised SMEs' },
  'lists.summary.littleGiant': { zh: '专精特新“小巨人”', en: 'Little giants' },
  'lists.summary.occupations': { zh: '职业', en: 'Occupations' },
  'lists.summary.structuralDemand': { zh: '结构性需求', en: 'Structural demand' },
  'lists.summary.postings': { zh: '招聘条数', en: 'Postings' },
  'lists.summary.postedHeadcount': { zh: '招聘人数', en: 'Posted headcount' },
  'lists.summary.totalDemand': { zh: '能力需求总量 ΣD', en: 'Total demand ΣD' },
  'lists.summary.coverage': { zh: '覆盖率', en: 'Coverage' },
  'lists.summary.competencies': { zh: '能力要素', en: 'Competencies' },
  'lists.summary.gaps': { zh: '有缺口的能力', en: 'Competencies with a gap' },
  'lists.summary.untaught': { zh: '无课程培养', en: 'Taught nowhere' },
  'lists.summary.institutions': { zh: '本地院校', en: 'Local institutions' },
  'lists.summary.items': { zh: '课程与微证书', en: 'Courses and micro-credentials' },
  'lists.summary.experts': { zh: '专家', en: 'Experts' },
  'lists.summary.local': { zh: '本地', en: 'Local' },
  'lists.summary.trainingBases': { zh: '实训基地', en: 'Training bases' },
  'lists.summary.capacity': { zh: '工位', en: 'Training places' },
  'lists.summary.equipment': { zh: '设备', en: 'Equipment' },
  'lists.summary.valueCny': { zh: '原值（元）', en: 'Value (CNY)' },
  'lists.summary.supportingNoCourse': { zh: '未支撑课程', en: 'Supporting no course' },
  'lists.summary.services': { zh: '技术服务', en: 'Services' },
} as const;
