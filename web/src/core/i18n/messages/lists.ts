/**
 * Strings of the N lists view (1 图 N 清单). List and column names come from the API's declaration;
 * what each column counts is in `listColumns.ts`.
 */
import {
  listDefinitions,
  listNames,
  listOrderZh,
  listRowsFromZh,
  type ListName,
} from '@chanjiao/graph-schema';

// Where each list's rows come from and their order, as the API declares them (graph-schema
// lists.ts), with the Chinese kept beside the declaration (lists-zh.ts).
const listExplanations = Object.fromEntries(
  listNames.flatMap((list) => [
    [`lists.rowsFrom.${list}`, { zh: listRowsFromZh[list], en: listDefinitions[list].rowsFrom }],
    [`lists.order.${list}`, { zh: listOrderZh[list], en: listDefinitions[list].order }],
  ]),
) as Record<`lists.${'rowsFrom' | 'order'}.${ListName}`, { zh: string; en: string }>;

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
  ...listExplanations,
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
