/** Strings the existing analysis views (skill gap, weak links) gained with tables and exports. */
export const analysisViewMessages = {
  'skillGap.col.required': { zh: '要求等级', en: 'Required level' },
  'skillGap.col.taught': { zh: '教学等级', en: 'Taught level' },
  'skillGap.export': { zh: '能力缺口 · {supplier}', en: 'Competency gaps · {supplier}' },

  'analysis.problem.institution': { zh: '请选择院校。', en: 'Pick an institution.' },
  'analysis.problem.posting': { zh: '请选择招聘岗位。', en: 'Pick a posting.' },
  'analysis.problem.candidate': { zh: '请选择候选人。', en: 'Pick a candidate.' },
  'analysis.problem.occupation': { zh: '请选择职业。', en: 'Pick an occupation.' },
  'analysis.problem.segment': { zh: '请选择链环节。', en: 'Pick a chain segment.' },
  'analysis.problem.request': {
    zh: '请至少添加一项能力、行业、产业链或环节。',
    en: 'Add at least one competency, industry, chain or segment.',
  },
  'analysis.problem.score': {
    zh: '最低匹配度应在 0 到 1 之间。',
    en: 'The lowest score must lie between 0 and 1.',
  },

  'weakLinks.export': { zh: '链环节 · {chain} · {region}', en: 'Segments · {chain} · {region}' },
  'weakLinks.col.localShare': { zh: '本地占比', en: 'Local share' },
  'weakLinks.col.baselineShare': { zh: '基准占比', en: 'Baseline share' },
  'weakLinks.col.candidates': { zh: '可招引企业', en: 'To attract' },
  'weakLinks.few': { zh: '样本少', en: 'few firms' },
  'weakLinks.fewHint': {
    zh: '本地企业少于 {count} 家：多一家或少一家都会明显改变区位商，请谨慎解读。',
    en: 'Fewer than {count} local enterprises: one more or one less would swing the quotient; read it with care.',
  },
  'weakLinks.fewSummary': {
    zh: '{count} 个环节的区位商基于少于 {min} 家本地企业，已标注“样本少”。',
    en: '{count} segment quotients rest on fewer than {min} local enterprises and are marked “few firms”.',
  },
  'weakLinks.baseline': {
    zh: '区位商的比较基准：各环节在图谱中全部 {all} 家本链企业里的占比；本地占比按本地区 {local} 家本链企业计算。LQ = 本地占比 ÷ 基准占比。',
    en: 'The quotient’s baseline: each segment’s share of all {all} enterprises of the chain in the graph; its local share is taken over the region’s {local}. LQ = local share ÷ baseline share.',
  },
  'weakLinks.candidates': {
    zh: '可补链的外地企业（{shown} / {all} 家，按梯度与规模排序）',
    en: 'Enterprises elsewhere that could fill it ({shown} of {all}, by tier and scale)',
  },
  'weakLinks.legend.candidate': { zh: '外地可补链企业', en: 'Could fill it (elsewhere)' },
  'weakLinks.chart.title': { zh: '各环节区位商', en: 'Location quotient per segment' },
  'weakLinks.chart.description': {
    zh: '条形图：各环节的区位商，颜色表示缺链、弱链、正常或强链。',
    en: 'Bar chart: each segment’s location quotient, coloured missing, weak, normal or strong.',
  },
  'weakLinks.chart.baseline': { zh: '基准 1', en: 'baseline 1' },
  'weakLinks.chart.weak': { zh: '弱链线', en: 'weak' },
  'weakLinks.chart.strong': { zh: '强链线', en: 'strong' },
  'weakLinks.chart.caption': {
    zh: '区位商为 1 表示该环节在本地的比重与基准相同；半透明的条形基于很少的本地企业。点击条形选中环节。',
    en: 'A quotient of 1 means the segment weighs as much locally as in the baseline; pale bars rest on very few local enterprises. Click a bar to pick its segment.',
  },

  'facts.chain': { zh: '产业链', en: 'Chain' },
  'facts.region': { zh: '地区', en: 'Region' },
  'facts.supplier': { zh: '供给方', en: 'Supplier' },
  'facts.demand': { zh: '需求口径', en: 'Demand' },
  'facts.period': { zh: '时期', en: 'Period' },
  'facts.institution': { zh: '院校', en: 'Institution' },
  'facts.allRegions': { zh: '全部地区', en: 'all regions' },
  'facts.allPeriods': { zh: '全部时期', en: 'all periods' },
} as const;
