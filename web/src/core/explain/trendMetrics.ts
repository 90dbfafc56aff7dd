/**
 * What the numbers of the trends view (动态跟踪) mean, built as every table of explanations is
 * (`entry.ts`), kept apart from `metrics.ts` so each file stays one screenful of definitions.
 * Every entry links to the trends route's documentation, which holds the formulas and choices.
 */
import { metricsOf, units } from './entry.ts';

const { people, enterprises, ratio01 } = units;

export const trendMetrics = metricsOf('trends', {
  trendEnterprises: {
    name: { zh: '本地企业数（按年）', en: 'Local enterprises per year' },
    unit: enterprises,
    counts: {
      zh: '在该链条各环节经营、位于该地区（含下级地区与园区）且该年底前已成立的企业；梯度按认定年份计入。无成立年份的企业另计。',
      en: 'Enterprises operating in the chain’s segments, located in the region (or below, or a park there), founded by that year; tiers count from their recognition year. Enterprises without a founding year are counted apart.',
    },
    formula: 'n_y = |{e : founded(e) ≤ y}|',
  },
  trendGrowth: {
    name: { zh: '增长率', en: 'Growth rate' },
    unit: { zh: '相对上一期的百分比', en: '% change from the previous point' },
    counts: {
      zh: '本期相对上一期的变化；第一期或上一期为 0 时为空。',
      en: 'The change from the previous point of the series; empty for the first point or from 0.',
    },
    formula: 'growth = (x_t − x_{t−1}) / x_{t−1}',
  },
  trendDemand: {
    name: { zh: '招聘需求（按时期）', en: 'Posted demand per period' },
    unit: people,
    counts: {
      zh: '位于该地区、面向该链条各环节所用职业的招聘的人数之和（及招聘条数）；时期粒度不一时按年合并。',
      en: 'The headcount (and number) of local postings for the occupations the chain’s segments employ, per period; periods of mixed granularity are reduced to years.',
    },
    formula: 'H_p = Σ_{posting ∈ p} headcount',
  },
  trendGraduates: {
    name: { zh: '毕业生（按届）', en: 'Graduates per year' },
    unit: people,
    counts: {
      zh: '本地院校中服务该链条（或培养其职业）的专业各届毕业生，以及其中就业、对口就业、留在本地的人数。',
      en: 'Graduates per year of the local institutions’ programs that serve the chain (or prepare for its occupations), and of them the employed, employed in target occupations, and staying in the region.',
    },
  },
  trendCoverage: {
    name: { zh: '覆盖率（按时期）', en: 'Coverage per period' },
    unit: ratio01,
    counts: {
      zh: '以该期招聘需求为权重，本地全部院校课程与微证书对链条能力需求的覆盖率。',
      en: 'The skill-gap coverage of the chain’s demand, weighted by that period’s postings, supplied by every local institution’s courses and micro-credentials.',
    },
    formula: 'C_p = Σ_c δ_c,p · S_c',
  },
  segmentClass: {
    name: { zh: '环节类型', en: 'Segment class' },
    unit: {
      zh: '支柱 / 特色 / 新兴 / 其他',
      en: 'pillar / characteristic / emerging / other',
    },
    counts: {
      zh: '按顺序检验规则，第一条全部条件成立的规则决定类型；都不成立为“其他”。条件中的字段为空时不成立。',
      en: 'The rules are tried in order; the first whose conditions all hold gives the class; none gives “other”. A condition on an empty field does not hold.',
    },
  },
});
