/**
 * What every number on an analysis screen means: its name, its unit, what it counts, its formula
 * and the analysis whose documentation holds the definition. One entry per kind of number, in both
 * languages; the views attach an "explain" button to each number and column from this table, so a
 * reader can always ask "what is this?" and follow the link to the formula.
 */
import { units, type MetricExplanation } from './entry.ts';
import { trendMetrics } from './trendMetrics.ts';

export type { Bilingual, MetricExplanation } from './entry.ts';

const { percentOfDemand, ratio01, level, people, count } = units;

export const metrics = {
  // ── Demand (talent map) ─────────────────────────────────────────────
  occupationDemand: {
    name: { zh: '职业需求 d_o', en: 'Occupation demand d_o' },
    unit: people,
    counts: {
      zh: '结构需求：链条各环节 EMPLOYS.demand 之和；招聘需求：所选地区与期间内该职业招聘人数之和。',
      en: 'Structural: the sum of EMPLOYS.demand over the chain’s segments; postings: the headcount of postings for the occupation in the region and period.',
    },
    formula: 'd_o = Σ_s EMPLOYS(s→o).demand',
    doc: 'talentMap',
  },
  competencyDemand: {
    name: { zh: '能力需求 D_c', en: 'Competency demand D_c' },
    unit: { zh: '加权人数', en: 'weighted people' },
    counts: {
      zh: '需要该能力的各职业需求乘以其重要度权重 w = importance/5 之和。',
      en: 'The demand of each occupation that requires the competency, times its weight w = importance/5, summed.',
    },
    formula: 'D_c = Σ_o d_o · w_oc',
    doc: 'talentMap',
  },
  share: {
    name: { zh: '需求占比 δ', en: 'Demand share δ' },
    unit: percentOfDemand,
    counts: {
      zh: '该能力在链条全部能力需求中所占的份额。',
      en: 'The competency’s part of all the chain’s competency demand.',
    },
    formula: 'δ_c = D_c / Σ D',
    doc: 'talentMap',
  },
  requiredLevel: {
    name: { zh: '要求等级 L', en: 'Required level L' },
    unit: level,
    counts: {
      zh: '有需求的职业对该能力要求的最高等级。',
      en: 'The highest level an occupation with demand asks of the competency.',
    },
    formula: 'L_c = max_o L_oc',
    doc: 'talentMap',
  },
  dimensionShare: {
    name: { zh: '维度占比', en: 'Dimension share' },
    unit: percentOfDemand,
    counts: {
      zh: '知识、技能或素质类能力的需求占比之和。',
      en: 'The sum of the demand shares of the knowledge, skill or quality competencies.',
    },
    formula: 'Σ_{c ∈ dimension} δ_c',
    doc: 'talentMap',
  },

  // ── Supply and gap ──────────────────────────────────────────────────
  taughtLevel: {
    name: { zh: '教学等级', en: 'Taught level' },
    unit: level,
    counts: {
      zh: '供给方任一课程或微证书教授该能力的最高等级；0 表示没有课程教授。',
      en: 'The highest level any course or micro-credential of the supplier teaches; 0 when none does.',
    },
    formula: 'max_k∈P level(k, c)',
    doc: 'skillGap',
  },
  supply: {
    name: { zh: '供给 S', en: 'Supply S' },
    unit: ratio01,
    counts: {
      zh: '教学等级与要求等级之比，最高为 1。',
      en: 'The taught level over the required level, at most 1.',
    },
    formula: 'S_c = min(1, taught / L_c)',
    doc: 'skillGap',
  },
  gap: {
    name: { zh: '缺口 g', en: 'Gap g' },
    unit: percentOfDemand,
    counts: {
      zh: '该能力未被满足的需求份额。全部缺口之和加覆盖率等于 100%。',
      en: 'The share of demand for the competency left unmet. All gaps plus the coverage make 100 %.',
    },
    formula: 'g_c = δ_c · (1 − S_c)',
    doc: 'skillGap',
  },
  coverage: {
    name: { zh: '覆盖率', en: 'Coverage' },
    unit: percentOfDemand,
    counts: {
      zh: '按需求加权，供给方的课程在所需等级上提供的能力比例。',
      en: 'Weighted by demand, how much of the competencies the chain needs the supplier’s courses teach at the level needed.',
    },
    formula: 'coverage = Σ δ_c · S_c',
    doc: 'skillGap',
  },

  // ── Weak links ──────────────────────────────────────────────────────
  localEnterprises: {
    name: { zh: '本地企业', en: 'Local enterprises' },
    unit: count,
    counts: {
      zh: '位于该地区（含下级地区和园区）并在该环节经营的企业数 n_s,R。',
      en: 'Enterprises located in the region (or below it, or in its parks) that operate in the segment, n_s,R.',
    },
    doc: 'weakLinks',
  },
  enterprisesAnywhere: {
    name: { zh: '全部企业', en: 'Enterprises anywhere' },
    unit: count,
    counts: {
      zh: '图谱中在该环节经营的全部企业数 n_s（不限地区），即区位商的比较基准。',
      en: 'All enterprises in the graph operating in the segment, n_s, wherever they are: the baseline of the quotient.',
    },
    doc: 'weakLinks',
  },
  locationQuotient: {
    name: { zh: '区位商 LQ', en: 'Location quotient LQ' },
    unit: { zh: '比值（1 = 与基准相同）', en: 'a ratio (1 = as the baseline)' },
    counts: {
      zh: '该环节在本地链条企业中的比重，除以它在全部链条企业中的比重。小于 0.5 为弱链，大于 1.5 为强链，没有本地企业为缺链。',
      en: 'The segment’s share of the chain’s local enterprises over its share of the chain’s enterprises everywhere. Below 0.5 weak, above 1.5 strong, no local enterprise missing.',
    },
    formula: 'LQ = (n_s,R / n_K,R) / (n_s / n_K)',
    doc: 'weakLinks',
  },

  // ── Programs ────────────────────────────────────────────────────────
  alignmentCoverage: {
    name: { zh: '专业覆盖率', en: 'Program coverage' },
    unit: percentOfDemand,
    counts: {
      zh: '以该专业为供给方计算的技能缺口覆盖率；专业按其服务链条中的最高覆盖率排名。',
      en: 'The skill-gap coverage with the program as supplier; programs are ranked by their best coverage over the chains they serve.',
    },
    formula: 'coverage = Σ δ_c · S_c',
    doc: 'alignment',
  },
  graduates: {
    name: { zh: '毕业生（供给）', en: 'Graduates (supply)' },
    unit: people,
    counts: {
      zh: '最近一届毕业生人数。',
      en: 'Graduates of the latest cohort.',
    },
    doc: 'programAdjustment',
  },
  demandNow: {
    name: { zh: '本期招聘需求', en: 'Demand this period' },
    unit: people,
    counts: {
      zh: '本期在该地区、面向该专业目标职业的招聘人数之和。',
      en: 'The headcount of this period’s postings in the region for the occupations the program prepares for.',
    },
    formula: 'Σ headcount(postings FOR target occupations, region, period)',
    doc: 'programAdjustment',
  },
  demandBefore: {
    name: { zh: '上期招聘需求', en: 'Demand last period' },
    unit: people,
    counts: {
      zh: '上一期的同一口径招聘人数。',
      en: 'The same count for the previous period.',
    },
    doc: 'programAdjustment',
  },
  trend: {
    name: { zh: '需求趋势', en: 'Demand trend' },
    unit: { zh: '相对上期的变化百分比', en: '% change on the previous period' },
    counts: {
      zh: '招聘需求相对上期的变化；上期为 0 时无值。',
      en: 'How postings demand changed since the previous period; none when it was 0.',
    },
    formula: 'trend = (demandNow − demandBefore) / demandBefore',
    doc: 'programAdjustment',
  },
  employmentRate: {
    name: { zh: '就业率', en: 'Employment rate' },
    unit: ratio01,
    counts: { zh: '最近一届：就业人数 / 毕业生。', en: 'Latest cohort: employed / graduates.' },
    formula: 'employed / graduates',
    doc: 'programAdjustment',
  },
  relevanceRate: {
    name: { zh: '专业对口率', en: 'Relevance rate' },
    unit: ratio01,
    counts: {
      zh: '最近一届：在目标职业就业的人数 / 就业人数。',
      en: 'Latest cohort: employed in the target occupations / employed.',
    },
    formula: 'employedInTarget / employed',
    doc: 'programAdjustment',
  },
  retentionRate: {
    name: { zh: '本地留存率', en: 'Retention rate' },
    unit: ratio01,
    counts: {
      zh: '最近一届：留在本地区的人数 / 毕业生。',
      en: 'Latest cohort: stayed in the region / graduates.',
    },
    formula: 'stayedInRegion / graduates',
    doc: 'programAdjustment',
  },
  targetCoverage: {
    name: { zh: '目标职业覆盖率', en: 'Target coverage' },
    unit: ratio01,
    counts: {
      zh: '只计该专业目标职业的需求时的覆盖率。',
      en: 'Coverage with the chain’s demand restricted to the occupations the program prepares for.',
    },
    formula: 'Σ δ′_c · S_c',
    doc: 'programAdjustment',
  },
  graduatesPerPosting: {
    name: { zh: '人岗比', en: 'Graduates per posting' },
    unit: { zh: '毕业生 / 招聘人数', en: 'graduates per posted job' },
    counts: {
      zh: '最近一届毕业生 / 本期招聘人数。',
      en: 'Latest graduates / this period’s headcount.',
    },
    formula: 'supply / demandNow',
    doc: 'programAdjustment',
  },
  structuralDemand: {
    name: { zh: '结构需求', en: 'Structural demand' },
    unit: people,
    counts: {
      zh: '链条各环节对该专业目标职业的 EMPLOYS.demand 之和。',
      en: 'Σ EMPLOYS.demand on the target occupations in the chain’s segments.',
    },
    doc: 'programAdjustment',
  },
  microGap: {
    name: { zh: '链条缺口', en: 'Chain gap' },
    unit: percentOfDemand,
    counts: {
      zh: '该能力在链条中的缺口；建议的微证书按它从大到小排列。',
      en: 'The competency’s gap in the chain; suggested micro-credentials are ordered by it, largest first.',
    },
    formula: 'g_c = δ_c · (1 − S_c)',
    doc: 'programAdjustment',
  },

  // ── People ──────────────────────────────────────────────────────────
  matchScore: {
    name: { zh: '匹配度', en: 'Match score' },
    unit: ratio01,
    counts: {
      zh: '按权重加权，候选人达到岗位要求等级的程度；每项最多计满分。',
      en: 'Weighted by importance, how far the candidate reaches each required level; no requirement counts more than full.',
    },
    formula: 'score = Σ_c w_c · min(1, have_c / need_c) / Σ w_c',
    doc: 'matchPosting',
  },
  contribution: {
    name: { zh: '贡献', en: 'Contribution' },
    unit: ratio01,
    counts: {
      zh: '该能力对匹配度的贡献；各项贡献之和等于匹配度。',
      en: 'What this competency adds to the score; the contributions sum to the score.',
    },
    formula: 'w_c · min(1, have_c / need_c) / Σ w',
    doc: 'matchPosting',
  },
  needHave: {
    name: { zh: '要求 / 具备等级', en: 'Needed / held level' },
    unit: level,
    counts: {
      zh: '岗位要求的等级和候选人具备的等级。',
      en: 'The level the posting asks and the level the candidate holds.',
    },
    doc: 'matchPosting',
  },
  occupationSimilarity: {
    name: { zh: '相似度 J', en: 'Similarity J' },
    unit: ratio01,
    counts: {
      zh: '两个职业能力权重的加权 Jaccard：共同部分 / 合并部分。',
      en: 'Weighted Jaccard of the two occupations’ competency weights: what they share over what either needs.',
    },
    formula: 'J(a, b) = Σ_c min(w_ac, w_bc) / Σ_c max(w_ac, w_bc)',
    doc: 'relatedOccupations',
  },
  segmentSimilarity: {
    name: { zh: '相似度 J', en: 'Similarity J' },
    unit: ratio01,
    counts: {
      zh: '两个环节能力需求结构（各能力占比）的加权 Jaccard。',
      en: 'Weighted Jaccard of the two segments’ competency mixes (each competency’s share).',
    },
    formula: 'J = Σ_c min(δ_ac, δ_bc) / Σ_c max(δ_ac, δ_bc)',
    doc: 'relatedSegments',
  },
  expertScore: {
    name: { zh: '专家匹配度', en: 'Expert score' },
    unit: ratio01,
    counts: {
      zh: '对每一项请求（能力或领域）的匹配程度的平均值。能力：min(1, L/5)；领域：0.5^相隔层级。',
      en: 'The mean match over the requested items. A competency counts min(1, L/5); a field 0.5^h, h the steps between the specialism and the request.',
    },
    formula: 'score = Σ matches / requested items',
    doc: 'experts',
  },

  // ── Region overview ─────────────────────────────────────────────────
  localCount: {
    name: { zh: '本地数量', en: 'Local count' },
    unit: count,
    counts: {
      zh: '位于该地区及其下级地区（直接或经园区）的节点数。',
      en: 'Nodes located in the region or below it, directly or through a park.',
    },
    doc: 'overview',
  },
  postingHeadcount: {
    name: { zh: '招聘人数', en: 'Posted headcount' },
    unit: people,
    counts: {
      zh: '该期本地招聘需求的人数之和（以及招聘条数）。',
      en: 'The headcount of the period’s local postings (and how many postings).',
    },
    doc: 'overview',
  },
  cohortGraduates: {
    name: { zh: '毕业生', en: 'Graduates' },
    unit: people,
    counts: {
      zh: '本地院校各专业各届毕业生人数。',
      en: 'Graduates per program of the local institutions and per year.',
    },
    doc: 'overview',
  },
  // ── Counts of the people and program views ─────────────────────────
  rankedCount: {
    name: { zh: '参与排名', en: 'Ranked' },
    unit: count,
    counts: {
      zh: '在所选地区（或全部）中参与匹配并达到最低匹配度与必备能力等级的候选人（或岗位）数；其余计为筛除。',
      en: 'Candidates (or postings) in the chosen region, or anywhere, that were matched and met the minimum score and essential level; the others are counted as excluded.',
    },
    doc: 'matchPosting',
  },
  requirementCount: {
    name: { zh: '岗位要求', en: 'Requirements' },
    unit: count,
    counts: {
      zh: '岗位（或其职业）要求的能力要素数，其中必备项单独计数。',
      en: 'The competencies the posting (or its occupation) requires; the essential ones counted apart.',
    },
    doc: 'matchPosting',
  },
  recommendationCount: {
    name: { zh: '建议数', en: 'Programs per recommendation' },
    unit: count,
    counts: {
      zh: '得到该建议（扩大、保持、改革、缩减）的专业数；每个专业取第一条成立的规则。',
      en: 'Programs given this recommendation (expand, maintain, reform, shrink); each program takes the first rule that holds.',
    },
    doc: 'programAdjustment',
  },
  ...trendMetrics,
} as const satisfies Record<string, MetricExplanation>;

export type MetricId = keyof typeof metrics;
