/**
 * The talent supply–demand side of the demo: job postings for three periods (2023–2025), graduate
 * cohorts for three years per program with their destinations, and pseudonymous candidates for
 * person–job matching. The numbers carry the story: demand for energy-storage commissioning and
 * charging technicians doubles, demand for combustion-vehicle mechanics and inspectors halves, and
 * the automotive inspection & repair program places only a third of its employed graduates in the
 * occupations it prepares for.
 */
import { SYNTHETIC, compact, edge, names, node, part, type Part } from './build.ts';
import { allEnterprises, enterpriseCounty } from './enterprises.ts';
import {
  occupationProfiles,
  occupations,
  type CompetencyKey,
  type OccupationKey,
} from './occupations.ts';
import { programs } from './education.ts';
import { CITY } from './region.ts';

export const PERIODS = ['2023', '2024', '2025'] as const;
export type Period = (typeof PERIODS)[number];

// ── Postings ─────────────────────────────────────────────────────────────────

type Education = 'secondary-vocational' | 'higher-vocational' | 'bachelor' | 'master';

/** Monthly salary range (CNY, 2024) and minimum education per occupation. */
const postingTerms: Record<OccupationKey, [number, number, Education]> = {
  'materials-rd-engineer': [12000, 20000, 'master'],
  'battery-cell-process-engineer': [9000, 15000, 'bachelor'],
  'battery-production-operator': [5500, 7500, 'secondary-vocational'],
  'battery-test-engineer': [8000, 13000, 'bachelor'],
  'bms-engineer': [13000, 22000, 'bachelor'],
  'automation-equipment-engineer': [9000, 15000, 'bachelor'],
  'equipment-maintenance-technician': [6500, 9500, 'higher-vocational'],
  'chemical-process-operator': [5500, 7500, 'secondary-vocational'],
  'quality-engineer': [8000, 12000, 'bachelor'],
  'industrial-data-analyst': [11000, 18000, 'bachelor'],
  'mes-engineer': [10000, 16000, 'bachelor'],
  'vehicle-integration-engineer': [11000, 18000, 'bachelor'],
  'ev-assembly-technician': [6000, 8500, 'higher-vocational'],
  'ev-maintenance-technician': [6500, 9500, 'higher-vocational'],
  'automotive-mechanic': [5000, 7000, 'higher-vocational'],
  'motor-vehicle-inspector': [4800, 6500, 'higher-vocational'],
  'charging-facility-technician': [6000, 8500, 'higher-vocational'],
  'ess-commissioning-technician': [7000, 10500, 'higher-vocational'],
  'ess-integration-engineer': [12000, 20000, 'bachelor'],
  'battery-recycling-technician': [6000, 8500, 'higher-vocational'],
  'hydrometallurgy-engineer': [10000, 16000, 'bachelor'],
  'ehs-engineer': [8000, 12000, 'bachelor'],
};

/** [enterprise, occupation, headcount] per period. */
type PostingRow = readonly [enterprise: string, occupation: OccupationKey, headcount: number];

/**
 * 2023's postings, for the trends over time: each of 2024's postings again, its headcount scaled by
 * how demand for the occupation moved into 2024 — the same story one year earlier (storage and
 * charging grew fastest, combustion-vehicle work declined). Invented like the rest.
 */
const earlierDemand: Record<OccupationKey, number> = {
  'materials-rd-engineer': 1,
  'battery-cell-process-engineer': 0.8,
  'battery-production-operator': 0.85,
  'battery-test-engineer': 0.75,
  'bms-engineer': 0.7,
  'automation-equipment-engineer': 0.9,
  'equipment-maintenance-technician': 0.9,
  'chemical-process-operator': 0.9,
  'quality-engineer': 0.9,
  'industrial-data-analyst': 0.5,
  'mes-engineer': 0.8,
  'vehicle-integration-engineer': 0.9,
  'ev-assembly-technician': 0.8,
  'ev-maintenance-technician': 0.7,
  'automotive-mechanic': 1.5,
  'motor-vehicle-inspector': 1.4,
  'charging-facility-technician': 0.6,
  'ess-commissioning-technician': 0.5,
  'ess-integration-engineer': 0.5,
  'battery-recycling-technician': 0.7,
  'hydrometallurgy-engineer': 1,
  'ehs-engineer': 1,
};

const plan2024: PostingRow[] = [
  ['ningde-demo-power-cell', 'battery-production-operator', 120],
  ['ningde-demo-ess-cell', 'battery-production-operator', 60],
  ['fuding-demo-cylindrical-cell', 'battery-production-operator', 40],
  ['ningde-demo-pack-systems', 'battery-production-operator', 40],
  ['ningde-demo-power-cell', 'battery-cell-process-engineer', 20],
  ['ningde-demo-ess-cell', 'battery-cell-process-engineer', 10],
  ['ningde-demo-power-cell', 'battery-test-engineer', 8],
  ['ningde-demo-testing-lab', 'battery-test-engineer', 6],
  ['ningde-demo-bms-electronics', 'bms-engineer', 6],
  ['ningde-demo-pack-systems', 'bms-engineer', 4],
  ['ningde-demo-cathode-tech', 'materials-rd-engineer', 6],
  ['ningde-demo-silicon-carbon', 'materials-rd-engineer', 3],
  ['ningde-demo-electrolyte', 'materials-rd-engineer', 3],
  ['ningde-demo-cathode-tech', 'chemical-process-operator', 25],
  ['xiapu-demo-lfp', 'chemical-process-operator', 15],
  ['ningde-demo-nickel-cobalt', 'chemical-process-operator', 20],
  ['ningde-demo-power-cell', 'equipment-maintenance-technician', 25],
  ['ningde-demo-copper-foil', 'equipment-maintenance-technician', 15],
  ['ningde-demo-coating-equipment', 'automation-equipment-engineer', 10],
  ['ningde-demo-winding-automation', 'automation-equipment-engineer', 8],
  ['ningde-demo-power-cell', 'quality-engineer', 10],
  ['ningde-demo-cathode-tech', 'quality-engineer', 6],
  ['ningde-demo-power-cell', 'industrial-data-analyst', 4],
  ['ningde-demo-industrial-software', 'mes-engineer', 5],
  ['ningde-demo-ev-maker', 'vehicle-integration-engineer', 8],
  ['ningde-demo-ev-maker', 'ev-assembly-technician', 30],
  ['ningde-demo-special-vehicle', 'ev-assembly-technician', 10],
  ['ningde-demo-ev-maker', 'ev-maintenance-technician', 6],
  ['ningde-demo-charging-network', 'ev-maintenance-technician', 4],
  ['ningde-demo-special-vehicle', 'automotive-mechanic', 18],
  ['ningde-demo-ev-maker', 'automotive-mechanic', 12],
  ['ningde-demo-ev-maker', 'motor-vehicle-inspector', 10],
  ['ningde-demo-special-vehicle', 'motor-vehicle-inspector', 6],
  ['ningde-demo-charging-network', 'charging-facility-technician', 8],
  ['ningde-demo-battery-swap', 'charging-facility-technician', 4],
  ['ningde-demo-ess-integration', 'ess-commissioning-technician', 12],
  ['xiapu-demo-microgrid', 'ess-commissioning-technician', 8],
  ['ningde-demo-ess-integration', 'ess-integration-engineer', 6],
  ['fuding-demo-battery-reuse', 'battery-recycling-technician', 6],
  ['ningde-demo-nickel-cobalt', 'hydrometallurgy-engineer', 2],
  ['ningde-demo-cathode-tech', 'ehs-engineer', 3],
  ['fuding-demo-fluorochem', 'ehs-engineer', 3],
];

export const postingPlan: Record<Period, PostingRow[]> = {
  '2023': plan2024.map(([enterprise, occupation, headcount]) => [
    enterprise,
    occupation,
    Math.max(1, Math.round(headcount * earlierDemand[occupation])),
  ]),
  '2024': plan2024,
  '2025': [
    ['ningde-demo-power-cell', 'battery-production-operator', 130],
    ['ningde-demo-ess-cell', 'battery-production-operator', 80],
    ['fuding-demo-cylindrical-cell', 'battery-production-operator', 40],
    ['ningde-demo-pack-systems', 'battery-production-operator', 50],
    ['ningde-demo-power-cell', 'battery-cell-process-engineer', 24],
    ['ningde-demo-ess-cell', 'battery-cell-process-engineer', 12],
    ['ningde-demo-solid-state', 'battery-cell-process-engineer', 6],
    ['ningde-demo-power-cell', 'battery-test-engineer', 12],
    ['ningde-demo-testing-lab', 'battery-test-engineer', 8],
    ['ningde-demo-ess-integration', 'battery-test-engineer', 6],
    ['ningde-demo-bms-electronics', 'bms-engineer', 10],
    ['ningde-demo-pack-systems', 'bms-engineer', 6],
    ['ningde-demo-ess-integration', 'bms-engineer', 4],
    ['ningde-demo-cathode-tech', 'materials-rd-engineer', 6],
    ['ningde-demo-silicon-carbon', 'materials-rd-engineer', 4],
    ['xiapu-demo-lfp', 'materials-rd-engineer', 4],
    ['ningde-demo-cathode-tech', 'chemical-process-operator', 24],
    ['xiapu-demo-lfp', 'chemical-process-operator', 18],
    ['pingnan-demo-graphite', 'chemical-process-operator', 12],
    ['fuding-demo-fluorochem', 'chemical-process-operator', 10],
    ['ningde-demo-power-cell', 'equipment-maintenance-technician', 28],
    ['ningde-demo-ess-cell', 'equipment-maintenance-technician', 10],
    ['ningde-demo-copper-foil', 'equipment-maintenance-technician', 8],
    ['ningde-demo-coating-equipment', 'automation-equipment-engineer', 10],
    ['ningde-demo-winding-automation', 'automation-equipment-engineer', 6],
    ['ningde-demo-machine-vision', 'automation-equipment-engineer', 4],
    ['ningde-demo-power-cell', 'quality-engineer', 12],
    ['ningde-demo-cathode-tech', 'quality-engineer', 5],
    ['ningde-demo-pack-systems', 'quality-engineer', 5],
    ['ningde-demo-power-cell', 'industrial-data-analyst', 6],
    ['ningde-demo-industrial-software', 'industrial-data-analyst', 4],
    ['ningde-demo-industrial-software', 'mes-engineer', 7],
    ['ningde-demo-ev-maker', 'vehicle-integration-engineer', 9],
    ['ningde-demo-ev-maker', 'ev-assembly-technician', 35],
    ['ningde-demo-special-vehicle', 'ev-assembly-technician', 10],
    ['ningde-demo-ev-maker', 'ev-maintenance-technician', 10],
    ['ningde-demo-charging-network', 'ev-maintenance-technician', 6],
    ['ningde-demo-special-vehicle', 'automotive-mechanic', 8],
    ['ningde-demo-ev-maker', 'automotive-mechanic', 6],
    ['ningde-demo-ev-maker', 'motor-vehicle-inspector', 5],
    ['ningde-demo-special-vehicle', 'motor-vehicle-inspector', 3],
    ['ningde-demo-charging-network', 'charging-facility-technician', 8],
    ['ningde-demo-battery-swap', 'charging-facility-technician', 6],
    ['fuding-demo-charging-service', 'charging-facility-technician', 4],
    ['ningde-demo-ess-integration', 'ess-commissioning-technician', 20],
    ['xiapu-demo-microgrid', 'ess-commissioning-technician', 10],
    ['ningde-demo-power-conversion', 'ess-commissioning-technician', 8],
    ['shouning-demo-clean-energy', 'ess-commissioning-technician', 4],
    ['fuding-demo-battery-reuse', 'ess-commissioning-technician', 3],
    ['ningde-demo-ess-integration', 'ess-integration-engineer', 8],
    ['xiapu-demo-microgrid', 'ess-integration-engineer', 6],
    ['fuding-demo-battery-reuse', 'battery-recycling-technician', 8],
    ['ningde-demo-nickel-cobalt', 'hydrometallurgy-engineer', 3],
    ['fuding-demo-battery-reuse', 'hydrometallurgy-engineer', 2],
    ['ningde-demo-power-cell', 'ehs-engineer', 4],
    ['fuding-demo-fluorochem', 'ehs-engineer', 3],
    ['ningde-demo-electrolyte', 'materials-rd-engineer', 3],
    // Outside the demo city (not regional demand).
    ['changzhou-demo-separator', 'materials-rd-engineer', 6],
    ['xiamen-demo-recycling', 'battery-recycling-technician', 10],
    ['changzhou-demo-recycling', 'hydrometallurgy-engineer', 4],
  ],
};

/** How many of an occupation's requirements a posting repeats (the most important first). */
const POSTING_REQUIREMENTS = 6;

function postingRequirements(occupation: OccupationKey) {
  return [...occupationProfiles[occupation]]
    .sort((a, b) => b[1] - a[1])
    .slice(0, POSTING_REQUIREMENTS);
}

const occupationNames = new Map(occupations.map(([key, zh, en]) => [key, { zh, en }]));
const enterpriseNames = new Map(allEnterprises.map((x) => [x.key, { zh: x.zh, en: x.en }]));

function lookup<T>(map: Map<string, T>, key: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`demo data: unknown key ${key}`);
  return found;
}

/** Salaries move 4 % a year from 2024's, to the nearest hundred. */
const raise = (amount: number, period: Period) =>
  period === '2024' ? amount : Math.round((amount * 1.04 ** (Number(period) - 2024)) / 100) * 100;

export function postingKey(period: Period, index: number): string {
  return `posting-${period}-${String(index + 1).padStart(3, '0')}`;
}

// ── Cohorts ──────────────────────────────────────────────────────────────────

interface CohortRow {
  program: string;
  year: number;
  graduates: number;
  employed: number;
  stayedInRegion: number;
  /** Destinations in the occupations the program prepares for (they sum to employedInTarget). */
  inTarget: [OccupationKey, number][];
  /** Known destinations in other occupations; the rest of the employed are unmapped. */
  elsewhere: [OccupationKey, number][];
}

const cohort = (
  program: string,
  year: number,
  graduates: number,
  employed: number,
  stayedInRegion: number,
  inTarget: [OccupationKey, number][],
  elsewhere: [OccupationKey, number][],
): CohortRow => ({ program, year, graduates, employed, stayedInRegion, inTarget, elsewhere });

export const cohorts: CohortRow[] = [
  // 2023: written for the trends over time, one year before the story's two cohorts.
  cohort(
    'ndu-new-energy-materials',
    2023,
    58,
    53,
    27,
    [
      ['materials-rd-engineer', 15],
      ['battery-cell-process-engineer', 16],
      ['battery-test-engineer', 9],
    ],
    [['quality-engineer', 6]],
  ),
  cohort(
    'ndu-chemical-engineering',
    2023,
    90,
    81,
    29,
    [
      ['materials-rd-engineer', 27],
      ['hydrometallurgy-engineer', 4],
      ['ehs-engineer', 13],
    ],
    [['chemical-process-operator', 13]],
  ),
  cohort(
    'ndu-mechanical-engineering',
    2023,
    122,
    111,
    44,
    [
      ['automation-equipment-engineer', 39],
      ['quality-engineer', 19],
      ['mes-engineer', 9],
    ],
    [['equipment-maintenance-technician', 16]],
  ),
  cohort(
    'ndu-electrical-engineering',
    2023,
    105,
    97,
    35,
    [
      ['bms-engineer', 20],
      ['ess-integration-engineer', 10],
      ['automation-equipment-engineer', 30],
    ],
    [['equipment-maintenance-technician', 11]],
  ),
  cohort(
    'ndu-vehicle-engineering',
    2023,
    72,
    65,
    21,
    [
      ['vehicle-integration-engineer', 21],
      ['quality-engineer', 15],
    ],
    [['ev-assembly-technician', 9]],
  ),
  cohort(
    'ndvc-ess-application',
    2023,
    35,
    33,
    29,
    [
      ['ess-commissioning-technician', 19],
      ['charging-facility-technician', 8],
    ],
    [['battery-production-operator', 4]],
  ),
  cohort(
    'ndvc-nev-technology',
    2023,
    90,
    84,
    55,
    [
      ['ev-assembly-technician', 37],
      ['ev-maintenance-technician', 19],
    ],
    [['battery-production-operator', 13]],
  ),
  cohort(
    'ndvc-intelligent-equipment',
    2023,
    82,
    77,
    52,
    [['equipment-maintenance-technician', 55]],
    [['battery-production-operator', 14]],
  ),
  cohort(
    'ndvc-auto-inspection-repair',
    2023,
    124,
    110,
    62,
    [
      ['automotive-mechanic', 36],
      ['motor-vehicle-inspector', 14],
    ],
    [
      ['battery-production-operator', 22],
      ['ev-assembly-technician', 12],
    ],
  ),
  cohort(
    'ndvc-energy-storage-materials',
    2023,
    70,
    67,
    48,
    [
      ['battery-production-operator', 32],
      ['chemical-process-operator', 18],
    ],
    [['equipment-maintenance-technician', 5]],
  ),
  cohort(
    'ndu-new-energy-materials',
    2024,
    62,
    57,
    30,
    [
      ['materials-rd-engineer', 16],
      ['battery-cell-process-engineer', 18],
      ['battery-test-engineer', 10],
    ],
    [['quality-engineer', 6]],
  ),
  cohort(
    'ndu-new-energy-materials',
    2025,
    65,
    61,
    34,
    [
      ['materials-rd-engineer', 17],
      ['battery-cell-process-engineer', 20],
      ['battery-test-engineer', 11],
    ],
    [['quality-engineer', 7]],
  ),
  cohort(
    'ndu-chemical-engineering',
    2024,
    88,
    80,
    28,
    [
      ['materials-rd-engineer', 28],
      ['hydrometallurgy-engineer', 5],
      ['ehs-engineer', 13],
    ],
    [['chemical-process-operator', 12]],
  ),
  cohort(
    'ndu-chemical-engineering',
    2025,
    85,
    78,
    27,
    [
      ['materials-rd-engineer', 29],
      ['hydrometallurgy-engineer', 7],
      ['ehs-engineer', 12],
    ],
    [['chemical-process-operator', 10]],
  ),
  cohort(
    'ndu-mechanical-engineering',
    2024,
    120,
    110,
    45,
    [
      ['automation-equipment-engineer', 38],
      ['quality-engineer', 20],
      ['mes-engineer', 10],
    ],
    [['equipment-maintenance-technician', 15]],
  ),
  cohort(
    'ndu-mechanical-engineering',
    2025,
    118,
    108,
    46,
    [
      ['automation-equipment-engineer', 37],
      ['quality-engineer', 21],
      ['mes-engineer', 11],
    ],
    [['equipment-maintenance-technician', 14]],
  ),
  cohort(
    'ndu-electrical-engineering',
    2024,
    110,
    103,
    38,
    [
      ['bms-engineer', 24],
      ['ess-integration-engineer', 14],
      ['automation-equipment-engineer', 28],
    ],
    [['equipment-maintenance-technician', 10]],
  ),
  cohort(
    'ndu-electrical-engineering',
    2025,
    112,
    106,
    41,
    [
      ['bms-engineer', 28],
      ['ess-integration-engineer', 20],
      ['automation-equipment-engineer', 24],
    ],
    [['equipment-maintenance-technician', 9]],
  ),
  cohort(
    'ndu-vehicle-engineering',
    2024,
    70,
    63,
    20,
    [
      ['vehicle-integration-engineer', 20],
      ['quality-engineer', 16],
    ],
    [['ev-assembly-technician', 8]],
  ),
  cohort(
    'ndu-vehicle-engineering',
    2025,
    68,
    60,
    19,
    [
      ['vehicle-integration-engineer', 19],
      ['quality-engineer', 17],
    ],
    [['ev-assembly-technician', 6]],
  ),
  cohort(
    'ndvc-ess-application',
    2024,
    40,
    39,
    35,
    [
      ['ess-commissioning-technician', 24],
      ['charging-facility-technician', 9],
    ],
    [['battery-production-operator', 3]],
  ),
  cohort(
    'ndvc-ess-application',
    2025,
    45,
    44,
    41,
    [
      ['ess-commissioning-technician', 29],
      ['charging-facility-technician', 10],
    ],
    [['ev-maintenance-technician', 2]],
  ),
  cohort(
    'ndvc-nev-technology',
    2024,
    95,
    90,
    60,
    [
      ['ev-assembly-technician', 40],
      ['ev-maintenance-technician', 22],
    ],
    [['battery-production-operator', 12]],
  ),
  cohort(
    'ndvc-nev-technology',
    2025,
    100,
    95,
    66,
    [
      ['ev-assembly-technician', 42],
      ['ev-maintenance-technician', 26],
    ],
    [['battery-production-operator', 10]],
  ),
  cohort(
    'ndvc-intelligent-equipment',
    2024,
    85,
    81,
    55,
    [['equipment-maintenance-technician', 58]],
    [['battery-production-operator', 14]],
  ),
  cohort(
    'ndvc-intelligent-equipment',
    2025,
    88,
    84,
    57,
    [['equipment-maintenance-technician', 61]],
    [['battery-production-operator', 13]],
  ),
  cohort(
    'ndvc-auto-inspection-repair',
    2024,
    120,
    104,
    58,
    [
      ['automotive-mechanic', 29],
      ['motor-vehicle-inspector', 12],
    ],
    [
      ['battery-production-operator', 28],
      ['ev-assembly-technician', 14],
    ],
  ),
  cohort(
    'ndvc-auto-inspection-repair',
    2025,
    112,
    96,
    50,
    [
      ['automotive-mechanic', 22],
      ['motor-vehicle-inspector', 10],
    ],
    [
      ['battery-production-operator', 30],
      ['ev-assembly-technician', 16],
      ['charging-facility-technician', 6],
    ],
  ),
  cohort(
    'ndvc-energy-storage-materials',
    2024,
    75,
    72,
    52,
    [
      ['battery-production-operator', 35],
      ['chemical-process-operator', 20],
    ],
    [['equipment-maintenance-technician', 5]],
  ),
  cohort(
    'ndvc-energy-storage-materials',
    2025,
    80,
    77,
    56,
    [
      ['battery-production-operator', 38],
      ['chemical-process-operator', 22],
    ],
    [['equipment-maintenance-technician', 6]],
  ),
];

export const cohortKey = (program: string, year: number) => `cohort-${program}-${year}`;

// ── Candidates (pseudonymous) ────────────────────────────────────────────────

type Evidence =
  | '课程成绩 course grade'
  | '实训考核 training assessment'
  | '企业实习 internship'
  | '职业技能等级证书 skills certificate';

interface CandidateRow {
  key: string;
  status: 'student' | 'graduate' | 'jobseeker';
  program: string;
  year: number;
  county: string;
  has: [CompetencyKey, number, Evidence][];
}

const C = '课程成绩 course grade';
const T = '实训考核 training assessment';
const I = '企业实习 internship';
const S = '职业技能等级证书 skills certificate';

export const candidates: CandidateRow[] = [
  {
    key: 'cand-0001',
    status: 'graduate',
    program: 'ndu-new-energy-materials',
    year: 2025,
    county: '350902',
    has: [
      ['electrochemistry-fundamentals', 4, C],
      ['cathode-material-chemistry', 4, C],
      ['materials-characterisation', 4, T],
      ['materials-synthesis', 3, C],
      ['experimental-design', 3, C],
      ['innovation-mindset', 3, I],
      ['technical-english', 3, C],
    ],
  },
  {
    key: 'cand-0002',
    status: 'graduate',
    program: 'ndu-new-energy-materials',
    year: 2025,
    county: '350902',
    has: [
      ['lithium-battery-principles', 4, C],
      ['cell-testing', 4, T],
      ['battery-ageing-mechanisms', 3, C],
      ['technical-documentation', 3, C],
      ['python-data-analysis', 2, C],
      ['safety-awareness', 4, I],
      ['responsibility', 4, I],
    ],
  },
  {
    key: 'cand-0003',
    status: 'graduate',
    program: 'ndu-new-energy-materials',
    year: 2024,
    county: '350902',
    has: [
      ['lithium-battery-principles', 4, C],
      ['electrode-coating', 3, I],
      ['slurry-mixing', 3, I],
      ['cell-process-optimisation', 2, I],
      ['formation-grading', 2, C],
      ['problem-solving', 4, I],
      ['quality-awareness', 4, I],
      ['failure-analysis', 2, C],
    ],
  },
  {
    key: 'cand-0004',
    status: 'graduate',
    program: 'ndu-electrical-engineering',
    year: 2025,
    county: '350902',
    has: [
      ['embedded-systems', 4, C],
      ['bms-software-development', 3, C],
      ['bms-hardware-design', 3, C],
      ['can-bus-protocols', 3, C],
      ['control-theory', 4, C],
      ['circuit-analysis', 4, C],
      ['continuous-learning', 4, I],
    ],
  },
  {
    key: 'cand-0005',
    status: 'graduate',
    program: 'ndu-electrical-engineering',
    year: 2024,
    county: '350921',
    has: [
      ['power-electronics', 4, C],
      ['grid-connection-ess', 3, C],
      ['ess-system-design', 3, T],
      ['ems-configuration', 2, C],
      ['battery-thermal-management', 2, C],
      ['communication', 3, I],
    ],
  },
  {
    key: 'cand-0006',
    status: 'graduate',
    program: 'ndu-mechanical-engineering',
    year: 2025,
    county: '350981',
    has: [
      ['mechanical-design', 4, C],
      ['equipment-design-cad', 4, T],
      ['engineering-drawing', 4, C],
      ['plc-programming', 3, C],
      ['motion-control-programming', 3, T],
      ['machine-vision', 3, C],
      ['teamwork', 4, I],
    ],
  },
  {
    key: 'cand-0007',
    status: 'graduate',
    program: 'ndu-mechanical-engineering',
    year: 2024,
    county: '350902',
    has: [
      ['quality-management-systems', 3, C],
      ['spc-quality-control', 3, C],
      ['failure-analysis', 3, I],
      ['measurement-system-analysis', 2, C],
      ['statistics-for-engineers', 4, C],
      ['quality-awareness', 4, I],
      ['communication', 3, I],
    ],
  },
  {
    key: 'cand-0008',
    status: 'graduate',
    program: 'ndu-chemical-engineering',
    year: 2025,
    county: '350982',
    has: [
      ['chemical-unit-operations', 4, C],
      ['hydrometallurgy-principles', 2, C],
      ['process-simulation', 4, C],
      ['wastewater-treatment', 2, C],
      ['environmental-regulations', 3, C],
      ['ehs-risk-assessment', 3, C],
      ['problem-solving', 3, I],
    ],
  },
  {
    key: 'cand-0009',
    status: 'graduate',
    program: 'ndvc-auto-inspection-repair',
    year: 2025,
    county: '350981',
    has: [
      ['ice-vehicle-systems', 4, C],
      ['ice-engine-repair', 4, T],
      ['vehicle-emission-testing', 4, T],
      ['vehicle-inspection-regulations', 3, C],
      ['electrical-wiring', 3, T],
      ['customer-orientation', 3, I],
      ['ev-architecture', 2, C],
    ],
  },
  {
    key: 'cand-0010',
    status: 'jobseeker',
    program: 'ndvc-auto-inspection-repair',
    year: 2024,
    county: '350981',
    has: [
      ['ice-vehicle-systems', 4, C],
      ['ice-engine-repair', 3, T],
      ['high-voltage-safety-operation', 3, S],
      ['ev-architecture', 2, C],
      ['electrical-wiring', 3, T],
      ['safety-awareness', 4, I],
    ],
  },
  {
    key: 'cand-0011',
    status: 'graduate',
    program: 'ndvc-ess-application',
    year: 2025,
    county: '350921',
    has: [
      ['ess-commissioning', 3, T],
      ['ems-configuration', 2, T],
      ['grid-connection-ess', 2, C],
      ['high-voltage-safety-operation', 4, S],
      ['electrical-wiring', 3, T],
      ['safety-awareness', 4, I],
      ['teamwork', 3, I],
    ],
  },
  {
    key: 'cand-0012',
    status: 'graduate',
    program: 'ndvc-nev-technology',
    year: 2025,
    county: '350981',
    has: [
      ['vehicle-assembly-adjustment', 3, T],
      ['high-voltage-safety-operation', 4, S],
      ['ev-architecture', 3, C],
      ['ev-fault-diagnosis', 3, T],
      ['electrical-wiring', 3, T],
      ['pack-assembly', 3, T],
      ['discipline-compliance', 3, I],
    ],
  },
  {
    key: 'cand-0013',
    status: 'graduate',
    program: 'ndvc-energy-storage-materials',
    year: 2025,
    county: '350902',
    has: [
      ['electrode-coating', 3, T],
      ['winding-stacking', 3, T],
      ['slurry-mixing', 3, T],
      ['dry-room-environment-control', 3, C],
      ['safety-awareness', 4, I],
      ['quality-awareness', 4, I],
      ['discipline-compliance', 4, I],
      ['craftsmanship', 3, I],
    ],
  },
  {
    key: 'cand-0014',
    status: 'graduate',
    program: 'ndvc-intelligent-equipment',
    year: 2024,
    county: '350926',
    has: [
      ['equipment-maintenance', 4, T],
      ['plc-fundamentals', 3, C],
      ['plc-programming', 3, T],
      ['electrical-wiring', 3, T],
      ['hydraulics-pneumatics', 3, C],
      ['industrial-robot-operation', 3, S],
      ['safety-awareness', 4, I],
    ],
  },
  {
    key: 'cand-0015',
    status: 'student',
    program: 'ndvc-energy-storage-materials',
    year: 2026,
    county: '350922',
    has: [
      ['chemical-process-operation', 3, T],
      ['dcs-operation', 3, T],
      ['hazardous-chemical-handling', 3, C],
      ['material-testing-lab', 3, T],
      ['safety-awareness', 4, T],
    ],
  },
  {
    key: 'cand-0016',
    status: 'graduate',
    program: 'ndvc-ess-application',
    year: 2024,
    county: '350902',
    has: [
      ['charger-installation-maintenance', 3, T],
      ['charging-standards', 3, C],
      ['swap-station-operation', 2, T],
      ['high-voltage-safety-operation', 4, S],
      ['electrical-wiring', 3, T],
      ['customer-orientation', 3, I],
    ],
  },
];

export function labourMarketSide(): Part {
  const p = part();

  for (const period of PERIODS)
    postingPlan[period].forEach(([enterprise, occupation, headcount], index) => {
      const key = postingKey(period, index);
      const occupationName = lookup(occupationNames, occupation);
      const enterpriseName = lookup(enterpriseNames, enterprise);
      const [salaryMin, salaryMax, minEducation] = postingTerms[occupation];
      p.nodes.push(
        node('Posting', key, {
          ...names(
            `${occupationName.zh} · ${enterpriseName.zh}（${period}）`,
            `${occupationName.en} — ${enterpriseName.en} (${period})`,
          ),
          period,
          headcount,
          salaryMin: raise(salaryMin, period),
          salaryMax: raise(salaryMax, period),
          minEducation,
          source: SYNTHETIC,
        }),
      );
      p.edges.push(
        edge('POSTED', ['Enterprise', enterprise], ['Posting', key]),
        edge('FOR', ['Posting', key], ['Occupation', occupation]),
        edge('LOCATED_IN', ['Posting', key], ['Region', enterpriseCounty(enterprise)]),
      );
      for (const [competency, importance, level] of postingRequirements(occupation))
        p.edges.push(
          edge('REQUIRES', ['Posting', key], ['Competency', competency], {
            importance,
            level,
            essential: importance >= 4,
          }),
        );
    });

  const programNames = new Map(programs.map((pr) => [pr.key, { zh: pr.zh, en: pr.en }]));
  for (const c of cohorts) {
    const key = cohortKey(c.program, c.year);
    const programName = lookup(programNames, c.program);
    const employedInTarget = c.inTarget.reduce((sum, [, n]) => sum + n, 0);
    p.nodes.push(
      node('Cohort', key, {
        ...names(`${programName.zh} ${c.year} 届`, `${programName.en}, class of ${c.year}`),
        year: c.year,
        graduates: c.graduates,
        employed: c.employed,
        employedInTarget,
        stayedInRegion: c.stayedInRegion,
        source: SYNTHETIC,
      }),
    );
    p.edges.push(edge('COHORT_OF', ['Cohort', key], ['Program', c.program]));
    for (const [occupation, count] of [...c.inTarget, ...c.elsewhere])
      p.edges.push(edge('OUTCOME', ['Cohort', key], ['Occupation', occupation], { count }));
    p.edges.push(edge('OUTCOME', ['Cohort', key], ['Region', CITY], { count: c.stayedInRegion }));
  }

  for (const c of candidates) {
    p.nodes.push(
      node(
        'Candidate',
        c.key,
        compact({
          ...names(`求职者 ${c.key}`, `Candidate ${c.key}`),
          status: c.status,
          graduationYear: c.year,
          source: SYNTHETIC,
        }),
      ),
    );
    p.edges.push(edge('LOCATED_IN', ['Candidate', c.key], ['Region', c.county]));
    if (c.status !== 'student')
      p.edges.push(
        edge('GRADUATED_FROM', ['Candidate', c.key], ['Program', c.program], { year: c.year }),
      );
    for (const [competency, level, evidence] of c.has)
      p.edges.push(
        edge('HAS_COMPETENCY', ['Candidate', c.key], ['Competency', competency], {
          level,
          evidence,
        }),
      );
  }

  return p;
}
