/** Strings of the chain talent map view. */
export const talentMapMessages = {
  'mode.talentMap': { zh: '人才图谱', en: 'Talent map' },
  'talentMap.title': { zh: '产业链人才与能力图谱', en: 'Chain talent and competency map' },
  'talentMap.totalDemand': { zh: '能力总需求', en: 'Competency demand' },
  'talentMap.totalNote': {
    zh: '{competencies} 项能力 · {occupations} 个职业',
    en: '{competencies} competencies · {occupations} occupations',
  },
  'talentMap.dimensionNote': { zh: '{count} 项能力', en: '{count} competencies' },
  'talentMap.heat.title': { zh: '能力需求热力图', en: 'Competency demand heat map' },
  'talentMap.heat.description': {
    zh: '热力图：各环节或职业对各项能力的需求占链条能力总需求的比例。',
    en: 'Heat map: the part of the chain’s competency demand each segment or occupation brings to each competency.',
  },
  'talentMap.heat.cell': { zh: '{column} × {row}：{value}', en: '{column} × {row}: {value}' },
  'talentMap.heat.caption': {
    zh: '每个维度需求最大的 {count} 项能力；颜色越深，占链条能力总需求越多。点击格子选中能力。',
    en: 'The {count} competencies with most demand in each dimension; the darker, the larger the part of the chain’s competency demand. Click a cell to pick its competency.',
  },
  'talentMap.heat.captionOne': {
    zh: '该维度的全部能力；颜色越深，占链条能力总需求越多。点击格子选中能力。',
    en: 'Every competency of the dimension; the darker, the larger the part of the chain’s competency demand. Click a cell to pick its competency.',
  },
  'talentMap.heat.cut': { zh: '列', en: 'Columns' },
  'talentMap.heat.bySegment': { zh: '按环节', en: 'By segment' },
  'talentMap.heat.byOccupation': { zh: '按职业', en: 'By occupation' },
  'talentMap.heat.dimension': { zh: '维度', en: 'Dimension' },
  'talentMap.heat.allDimensions': { zh: '全部', en: 'All' },
  'talentMap.competencies': { zh: '能力需求 · {chain}', en: 'Competency demand · {chain}' },
  'talentMap.occupations': { zh: '职业需求 · {chain}', en: 'Occupation demand · {chain}' },
  'talentMap.col.competencyDemand': { zh: '需求 D', en: 'Demand D' },
  'talentMap.col.occupation': { zh: '职业', en: 'Occupation' },
  'talentMap.col.occupationDemand': { zh: '需求 d', en: 'Demand d' },
  'talentMap.col.segments': { zh: '所在环节', en: 'Segments' },
  'talentMap.col.postings': { zh: '招聘条数', en: 'Postings' },
  'talentMap.col.profileFrom': { zh: '借用能力画像', en: 'Profile borrowed from' },
  'talentMap.empty': {
    zh: '该产业链在所选口径下没有能力需求。',
    en: 'The chain has no competency demand under this choice.',
  },
  'talentMap.graph': { zh: '环节 → 职业 → 能力', en: 'Segments → occupations → competencies' },
} as const;
