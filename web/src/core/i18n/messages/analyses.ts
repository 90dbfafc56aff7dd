/** Strings the existing analysis views (skill gap, weak links) gained with tables and exports. */
export const analysisViewMessages = {
  'skillGap.col.required': { zh: '要求等级', en: 'Required level' },
  'skillGap.col.taught': { zh: '教学等级', en: 'Taught level' },
  'skillGap.export': { zh: '能力缺口 · {supplier}', en: 'Competency gaps · {supplier}' },

  'facts.chain': { zh: '产业链', en: 'Chain' },
  'facts.region': { zh: '地区', en: 'Region' },
  'facts.supplier': { zh: '供给方', en: 'Supplier' },
  'facts.demand': { zh: '需求口径', en: 'Demand' },
  'facts.period': { zh: '时期', en: 'Period' },
  'facts.institution': { zh: '院校', en: 'Institution' },
  'facts.allRegions': { zh: '全部地区', en: 'all regions' },
  'facts.allPeriods': { zh: '全部时期', en: 'all periods' },
} as const;
