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

  'facts.chain': { zh: '产业链', en: 'Chain' },
  'facts.region': { zh: '地区', en: 'Region' },
  'facts.supplier': { zh: '供给方', en: 'Supplier' },
  'facts.demand': { zh: '需求口径', en: 'Demand' },
  'facts.period': { zh: '时期', en: 'Period' },
  'facts.institution': { zh: '院校', en: 'Institution' },
  'facts.allRegions': { zh: '全部地区', en: 'all regions' },
  'facts.allPeriods': { zh: '全部时期', en: 'all periods' },
} as const;
