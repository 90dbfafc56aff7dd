/**
 * The education side of the demo: an invented university and an invented higher-vocational
 * college, their programs, program groups aligned with the chain, courses with the competencies
 * they teach (level 1–5 and hours), and three micro-credentials. Course content deliberately leaves
 * some in-demand competencies untaught (battery safety testing and standards, BMS state
 * estimation, hydrometallurgical recycling, data-driven quality) — the gaps the analyses find.
 */
import { SYNTHETIC, compact, edge, names, node, part, type Part } from './build.ts';
import type { CompetencyKey, OccupationKey } from './occupations.ts';
import { CHAIN } from './region.ts';

export const UNIVERSITY = 'ningde-demo-university';
export const COLLEGE = 'ningde-demo-vocational-college';

const institutions = [
  {
    key: UNIVERSITY,
    zh: '宁德示例大学',
    en: 'Ningde Demo University',
    institutionType: 'university' as const,
    county: '350902',
  },
  {
    key: COLLEGE,
    zh: '宁德示例职业技术学院',
    en: 'Ningde Demo Vocational and Technical College',
    institutionType: 'higher-vocational' as const,
    county: '350981',
  },
];

// ── Courses ──────────────────────────────────────────────────────────────────

/** [competency, level taught 1–5, hours spent on it]. */
type Teaching = readonly [CompetencyKey, number, number];

interface CourseRow {
  key: string;
  zh: string;
  en: string;
  hours: number;
  credits: number;
  teaches: Teaching[];
}

const course = (
  key: string,
  zh: string,
  en: string,
  hours: number,
  credits: number,
  teaches: Teaching[],
): CourseRow => ({ key, zh, en, hours, credits, teaches });

export const universityCourses: CourseRow[] = [
  course('ndu-electrochemistry', '电化学原理', 'Principles of Electrochemistry', 48, 3, [
    ['electrochemistry-fundamentals', 4, 30],
    ['lithium-battery-principles', 3, 18],
  ]),
  course('ndu-battery-materials', '锂离子电池材料', 'Lithium-ion Battery Materials', 48, 3, [
    ['cathode-material-chemistry', 4, 16],
    ['anode-material-science', 4, 12],
    ['electrolyte-chemistry', 3, 8],
    ['separator-polymer-science', 2, 4],
    ['electrolyte-formulation', 2, 8],
  ]),
  course('ndu-materials-analysis', '材料分析测试技术', 'Materials Analysis and Testing', 48, 3, [
    ['materials-characterisation', 4, 32],
    ['material-testing-lab', 3, 16],
  ]),
  course(
    'ndu-cell-design-manufacturing',
    '电池设计与制造工艺',
    'Battery Design and Manufacturing Processes',
    64,
    4,
    [
      ['cell-design-fundamentals', 3, 16],
      ['slurry-mixing', 2, 8],
      ['electrode-coating', 2, 8],
      ['winding-stacking', 2, 8],
      ['formation-grading', 2, 8],
      ['cell-process-optimisation', 2, 16],
    ],
  ),
  course('ndu-battery-testing', '电池测试技术', 'Battery Testing Techniques', 32, 2, [
    ['cell-testing', 4, 16],
    ['battery-ageing-mechanisms', 3, 10],
    ['battery-module-testing', 2, 6],
  ]),
  course(
    'ndu-materials-synthesis',
    '材料合成与制备',
    'Materials Synthesis and Preparation',
    48,
    3,
    [
      ['materials-synthesis', 4, 24],
      ['sintering-process', 3, 12],
      ['powder-engineering', 3, 12],
    ],
  ),
  course('ndu-chemical-principles', '化工原理', 'Principles of Chemical Engineering', 64, 4, [
    ['chemical-unit-operations', 4, 64],
  ]),
  course('ndu-separation-engineering', '分离工程', 'Separation Engineering', 48, 3, [
    ['chemical-unit-operations', 3, 36],
    ['hydrometallurgy-principles', 2, 12],
  ]),
  course(
    'ndu-chemical-safety',
    '化工安全与环保',
    'Chemical Safety and Environmental Protection',
    32,
    2,
    [
      ['occupational-safety', 3, 8],
      ['environmental-regulations', 3, 8],
      ['ehs-risk-assessment', 3, 8],
      ['hazardous-chemical-handling', 3, 4],
      ['wastewater-treatment', 2, 4],
    ],
  ),
  course('ndu-process-simulation', '化工过程模拟', 'Chemical Process Simulation', 32, 2, [
    ['process-simulation', 4, 32],
  ]),
  course('ndu-mechanical-design', '机械设计', 'Mechanical Design', 64, 4, [
    ['mechanical-design', 4, 52],
    ['engineering-drawing', 3, 12],
  ]),
  course('ndu-engineering-drawing', '工程制图', 'Engineering Drawing', 48, 3, [
    ['engineering-drawing', 4, 48],
  ]),
  course(
    'ndu-mechatronic-plc',
    '机电传动与 PLC 控制',
    'Electromechanical Drives and PLC Control',
    48,
    3,
    [
      ['plc-fundamentals', 4, 20],
      ['plc-programming', 3, 20],
      ['motion-control-programming', 2, 8],
    ],
  ),
  course('ndu-automation-equipment-design', '自动化装备设计', 'Automated Equipment Design', 48, 3, [
    ['equipment-design-cad', 4, 28],
    ['motion-control-programming', 3, 12],
    ['hydraulics-pneumatics', 3, 8],
  ]),
  course(
    'ndu-machine-vision',
    '机器视觉与智能检测',
    'Machine Vision and Intelligent Inspection',
    32,
    2,
    [['machine-vision', 3, 32]],
  ),
  course('ndu-circuit-theory', '电路原理', 'Circuit Theory', 64, 4, [['circuit-analysis', 4, 64]]),
  course('ndu-power-electronics', '电力电子技术', 'Power Electronics', 48, 3, [
    ['power-electronics', 4, 48],
  ]),
  course('ndu-control-theory', '自动控制原理', 'Automatic Control Theory', 64, 4, [
    ['control-theory', 4, 64],
  ]),
  course('ndu-embedded-systems', '嵌入式系统设计', 'Embedded Systems Design', 48, 3, [
    ['embedded-systems', 4, 40],
    ['can-bus-protocols', 2, 8],
  ]),
  course(
    'ndu-bms-introduction',
    '电池管理系统导论',
    'Introduction to Battery Management Systems',
    32,
    2,
    [
      ['bms-hardware-design', 3, 12],
      ['bms-software-development', 3, 12],
      ['can-bus-protocols', 3, 8],
    ],
  ),
  course(
    'ndu-ess-grid',
    '储能系统与并网技术',
    'Energy Storage Systems and Grid Integration',
    48,
    3,
    [
      ['grid-connection-ess', 3, 16],
      ['ess-system-design', 3, 16],
      ['ems-configuration', 2, 8],
      ['battery-thermal-management', 2, 8],
    ],
  ),
  course('ndu-ev-structure', '新能源汽车构造', 'Electric Vehicle Structure', 48, 3, [
    ['ev-architecture', 4, 32],
    ['battery-thermal-management', 3, 8],
    ['ice-vehicle-systems', 2, 8],
  ]),
  course('ndu-ev-drives', '电动汽车驱动与控制', 'EV Drives and Control', 48, 3, [
    ['motor-drive-systems', 4, 36],
    ['power-electronics', 3, 12],
  ]),
  course(
    'ndu-quality-reliability',
    '质量管理与可靠性工程',
    'Quality Management and Reliability Engineering',
    48,
    3,
    [
      ['quality-management-systems', 3, 12],
      ['spc-quality-control', 3, 12],
      ['failure-analysis', 3, 16],
      ['measurement-system-analysis', 2, 8],
    ],
  ),
  course(
    'ndu-statistics-doe',
    '工程统计与实验设计',
    'Engineering Statistics and Design of Experiments',
    48,
    3,
    [
      ['statistics-for-engineers', 4, 32],
      ['experimental-design', 3, 16],
    ],
  ),
  course('ndu-python-data', '数据分析与 Python 编程', 'Data Analysis with Python', 48, 3, [
    ['python-data-analysis', 4, 32],
    ['data-analysis-fundamentals', 4, 16],
  ]),
  course('ndu-machine-learning', '机器学习导论', 'Introduction to Machine Learning', 48, 3, [
    ['machine-learning-basics', 3, 48],
  ]),
  course('ndu-smart-manufacturing', '智能制造系统', 'Intelligent Manufacturing Systems', 48, 3, [
    ['manufacturing-execution-systems', 3, 16],
    ['mes-configuration', 2, 8],
    ['industrial-networks', 2, 8],
    ['industrial-data-pipeline', 2, 8],
    ['digital-twin-simulation', 2, 4],
    ['lean-production', 2, 4],
  ]),
  course(
    'ndu-technical-english',
    '专业英语与科技写作',
    'Technical English and Scientific Writing',
    32,
    2,
    [
      ['technical-english', 3, 20],
      ['technical-documentation', 3, 12],
    ],
  ),
  course('ndu-engineering-ethics', '工程伦理', 'Engineering Ethics', 16, 1, [
    ['responsibility', 3, 6],
    ['safety-awareness', 3, 6],
    ['environmental-responsibility', 3, 4],
  ]),
  course(
    'ndu-innovation-practice',
    '创新创业实践',
    'Innovation and Entrepreneurship Practice',
    32,
    2,
    [
      ['innovation-mindset', 3, 12],
      ['teamwork', 3, 8],
      ['problem-solving', 3, 8],
      ['communication', 3, 4],
    ],
  ),
];

export const collegeCourses: CourseRow[] = [
  course(
    'ndvc-battery-manufacturing',
    '锂电池制造工艺',
    'Lithium Battery Manufacturing Processes',
    96,
    6,
    [
      ['slurry-mixing', 3, 16],
      ['electrode-coating', 3, 24],
      ['calendering-slitting', 3, 16],
      ['winding-stacking', 3, 24],
      ['electrolyte-filling', 3, 16],
    ],
  ),
  course(
    'ndvc-formation-testing',
    '化成分容与电池检测',
    'Formation, Grading and Battery Testing',
    64,
    4,
    [
      ['formation-grading', 3, 32],
      ['cell-testing', 2, 16],
      ['battery-module-testing', 2, 16],
    ],
  ),
  course('ndvc-dry-room-production', '干燥房与洁净生产', 'Dry-Room and Clean Production', 32, 2, [
    ['dry-room-environment-control', 3, 24],
    ['safety-awareness', 3, 8],
  ]),
  course('ndvc-pack-assembly', '模组与 PACK 装配技术', 'Module and Pack Assembly', 64, 4, [
    ['pack-assembly', 3, 32],
    ['laser-welding', 2, 16],
    ['battery-module-testing', 3, 16],
  ]),
  course('ndvc-hv-safety', '高压电安全技术', 'High-Voltage Electrical Safety', 32, 2, [
    ['high-voltage-safety-operation', 4, 20],
    ['electrical-wiring', 3, 8],
    ['safety-awareness', 4, 4],
  ]),
  course('ndvc-ev-principles', '新能源汽车结构与原理', 'NEV Structure and Principles', 64, 4, [
    ['ev-architecture', 3, 40],
    ['motor-drive-systems', 2, 24],
  ]),
  course('ndvc-ev-diagnosis', '新能源汽车故障诊断技术', 'NEV Fault Diagnosis', 64, 4, [
    ['ev-fault-diagnosis', 3, 48],
    ['can-bus-protocols', 2, 16],
  ]),
  course('ndvc-vehicle-assembly', '整车装配与调试', 'Vehicle Assembly and Adjustment', 48, 3, [
    ['vehicle-assembly-adjustment', 3, 40],
    ['discipline-compliance', 3, 8],
  ]),
  course('ndvc-engine-repair', '发动机构造与维修', 'Engine Construction and Repair', 96, 6, [
    ['ice-vehicle-systems', 4, 40],
    ['ice-engine-repair', 4, 56],
  ]),
  course('ndvc-vehicle-inspection', '汽车检测技术', 'Vehicle Inspection Technology', 64, 4, [
    ['vehicle-emission-testing', 4, 40],
    ['vehicle-inspection-regulations', 3, 24],
  ]),
  course('ndvc-chassis-repair', '汽车底盘构造与维修', 'Chassis Construction and Repair', 64, 4, [
    ['ice-vehicle-systems', 3, 64],
  ]),
  course('ndvc-auto-service', '汽车营销与服务', 'Automotive Sales and Service', 32, 2, [
    ['customer-orientation', 3, 20],
    ['communication', 3, 12],
  ]),
  course(
    'ndvc-charging-facilities',
    '充换电设施安装与运维',
    'Charging Facility Installation and O&M',
    48,
    3,
    [
      ['charger-installation-maintenance', 3, 24],
      ['charging-standards', 3, 16],
      ['swap-station-operation', 2, 8],
    ],
  ),
  course(
    'ndvc-ess-operation',
    '储能电站运行与维护',
    'Energy-Storage Station Operation and Maintenance',
    64,
    4,
    [
      ['ess-commissioning', 3, 32],
      ['ems-configuration', 2, 16],
      ['grid-connection-ess', 2, 16],
    ],
  ),
  course('ndvc-electrotechnics', '电工电子技术', 'Electrotechnics and Electronics', 64, 4, [
    ['circuit-analysis', 3, 32],
    ['electrical-wiring', 3, 32],
  ]),
  course('ndvc-plc-application', 'PLC 应用技术', 'PLC Applications', 64, 4, [
    ['plc-fundamentals', 3, 24],
    ['plc-programming', 3, 40],
  ]),
  course('ndvc-industrial-robots', '工业机器人应用', 'Industrial Robot Applications', 48, 3, [
    ['industrial-robot-operation', 3, 48],
  ]),
  course(
    'ndvc-equipment-maintenance',
    '设备维护与故障诊断',
    'Equipment Maintenance and Fault Diagnosis',
    64,
    4,
    [
      ['equipment-maintenance', 4, 44],
      ['plc-fundamentals', 2, 12],
      ['predictive-maintenance', 2, 8],
    ],
  ),
  course('ndvc-hydraulics', '液压与气动技术', 'Hydraulic and Pneumatic Technology', 48, 3, [
    ['hydraulics-pneumatics', 3, 48],
  ]),
  course(
    'ndvc-chemical-operations',
    '化工单元操作实训',
    'Chemical Unit Operations Practice',
    64,
    4,
    [
      ['chemical-process-operation', 3, 44],
      ['chemical-unit-operations', 2, 20],
    ],
  ),
  course('ndvc-dcs-simulation', 'DCS 仿真操作', 'DCS Simulation Practice', 32, 2, [
    ['dcs-operation', 3, 32],
  ]),
  course(
    'ndvc-hazardous-chemicals',
    '危险化学品安全管理',
    'Hazardous Chemical Safety Management',
    32,
    2,
    [
      ['hazardous-chemical-handling', 3, 20],
      ['occupational-safety', 2, 12],
    ],
  ),
  course('ndvc-materials-testing', '电池材料检测技术', 'Battery Materials Testing', 48, 3, [
    ['material-testing-lab', 3, 32],
    ['materials-characterisation', 2, 16],
  ]),
  course('ndvc-materials-production', '电池材料生产工艺', 'Battery Materials Production', 64, 4, [
    ['materials-synthesis', 2, 24],
    ['sintering-process', 3, 24],
    ['powder-engineering', 2, 16],
  ]),
  course('ndvc-quality-inspection', '质量检验与 SPC', 'Quality Inspection and SPC', 48, 3, [
    ['spc-quality-control', 2, 16],
    ['quality-management-systems', 2, 12],
    ['measurement-system-analysis', 2, 12],
    ['quality-awareness', 3, 8],
  ]),
  course('ndvc-lean-5s', '精益生产与 5S 管理', 'Lean Production and 5S', 32, 2, [
    ['lean-production', 3, 24],
    ['discipline-compliance', 3, 8],
  ]),
  course(
    'ndvc-professional-qualities',
    '职业素养与工匠精神',
    'Professionalism and Craftsmanship',
    32,
    2,
    [
      ['craftsmanship', 3, 8],
      ['teamwork', 3, 8],
      ['responsibility', 3, 8],
      ['communication', 2, 4],
      ['continuous-learning', 2, 4],
    ],
  ),
  course('ndvc-mechanical-drawing', '机械制图', 'Mechanical Drawing', 64, 4, [
    ['engineering-drawing', 3, 64],
  ]),
];

// ── Programs and program groups ──────────────────────────────────────────────

type ProgramLevel = 'higher-vocational' | 'bachelor';

interface ProgramRow {
  key: string;
  zh: string;
  en: string;
  institution: string;
  level: ProgramLevel;
  /** 普通高等学校本科专业目录 code, only where certain. */
  catalogueCode?: string;
  group: string;
  preparesFor: OccupationKey[];
  courses: string[];
}

export const PROGRAM_GROUPS = [
  {
    key: 'ndu-battery-materials-manufacturing-group',
    zh: '新能源电池材料与智能制造专业群',
    en: 'Battery Materials and Intelligent Manufacturing Program Group',
    institution: UNIVERSITY,
  },
  {
    key: 'ndu-electrification-storage-group',
    zh: '电动化与储能专业群',
    en: 'Electrification and Energy Storage Program Group',
    institution: UNIVERSITY,
  },
  {
    key: 'ndvc-power-battery-group',
    zh: '动力电池智造与应用专业群',
    en: 'Power Battery Manufacturing and Application Program Group',
    institution: COLLEGE,
  },
];

export const programs: ProgramRow[] = [
  {
    key: 'ndu-new-energy-materials',
    zh: '新能源材料与器件',
    en: 'New Energy Materials and Devices',
    institution: UNIVERSITY,
    level: 'bachelor',
    catalogueCode: '080414T',
    group: 'ndu-battery-materials-manufacturing-group',
    preparesFor: [
      'materials-rd-engineer',
      'battery-cell-process-engineer',
      'battery-test-engineer',
    ],
    courses: [
      'ndu-electrochemistry',
      'ndu-battery-materials',
      'ndu-materials-analysis',
      'ndu-cell-design-manufacturing',
      'ndu-battery-testing',
      'ndu-materials-synthesis',
      'ndu-statistics-doe',
      'ndu-technical-english',
      'ndu-engineering-ethics',
      'ndu-innovation-practice',
    ],
  },
  {
    key: 'ndu-chemical-engineering',
    zh: '化学工程与工艺',
    en: 'Chemical Engineering and Technology',
    institution: UNIVERSITY,
    level: 'bachelor',
    catalogueCode: '081301',
    group: 'ndu-battery-materials-manufacturing-group',
    preparesFor: ['materials-rd-engineer', 'hydrometallurgy-engineer', 'ehs-engineer'],
    courses: [
      'ndu-chemical-principles',
      'ndu-separation-engineering',
      'ndu-chemical-safety',
      'ndu-process-simulation',
      'ndu-electrochemistry',
      'ndu-materials-analysis',
      'ndu-statistics-doe',
      'ndu-technical-english',
      'ndu-engineering-ethics',
    ],
  },
  {
    key: 'ndu-mechanical-engineering',
    zh: '机械设计制造及其自动化',
    en: 'Mechanical Design, Manufacturing and Automation',
    institution: UNIVERSITY,
    level: 'bachelor',
    catalogueCode: '080202',
    group: 'ndu-battery-materials-manufacturing-group',
    preparesFor: ['automation-equipment-engineer', 'quality-engineer', 'mes-engineer'],
    courses: [
      'ndu-mechanical-design',
      'ndu-engineering-drawing',
      'ndu-mechatronic-plc',
      'ndu-automation-equipment-design',
      'ndu-machine-vision',
      'ndu-quality-reliability',
      'ndu-smart-manufacturing',
      'ndu-statistics-doe',
      'ndu-engineering-ethics',
      'ndu-innovation-practice',
    ],
  },
  {
    key: 'ndu-electrical-engineering',
    zh: '电气工程及其自动化',
    en: 'Electrical Engineering and Automation',
    institution: UNIVERSITY,
    level: 'bachelor',
    catalogueCode: '080601',
    group: 'ndu-electrification-storage-group',
    preparesFor: ['bms-engineer', 'ess-integration-engineer', 'automation-equipment-engineer'],
    courses: [
      'ndu-circuit-theory',
      'ndu-power-electronics',
      'ndu-control-theory',
      'ndu-embedded-systems',
      'ndu-bms-introduction',
      'ndu-ess-grid',
      'ndu-python-data',
      'ndu-machine-learning',
      'ndu-mechatronic-plc',
      'ndu-engineering-ethics',
    ],
  },
  {
    key: 'ndu-vehicle-engineering',
    zh: '车辆工程',
    en: 'Vehicle Engineering',
    institution: UNIVERSITY,
    level: 'bachelor',
    catalogueCode: '080207',
    group: 'ndu-electrification-storage-group',
    preparesFor: ['vehicle-integration-engineer', 'quality-engineer'],
    courses: [
      'ndu-ev-structure',
      'ndu-ev-drives',
      'ndu-mechanical-design',
      'ndu-engineering-drawing',
      'ndu-circuit-theory',
      'ndu-control-theory',
      'ndu-bms-introduction',
      'ndu-quality-reliability',
      'ndu-engineering-ethics',
    ],
  },
  {
    key: 'ndvc-ess-application',
    zh: '储能系统应用技术',
    en: 'Energy Storage System Application Technology',
    institution: COLLEGE,
    level: 'higher-vocational',
    group: 'ndvc-power-battery-group',
    preparesFor: ['ess-commissioning-technician', 'charging-facility-technician'],
    courses: [
      'ndvc-hv-safety',
      'ndvc-charging-facilities',
      'ndvc-ess-operation',
      'ndvc-electrotechnics',
      'ndvc-plc-application',
      'ndvc-formation-testing',
      'ndvc-professional-qualities',
    ],
  },
  {
    key: 'ndvc-nev-technology',
    zh: '新能源汽车技术',
    en: 'New Energy Vehicle Technology',
    institution: COLLEGE,
    level: 'higher-vocational',
    group: 'ndvc-power-battery-group',
    preparesFor: ['ev-assembly-technician', 'ev-maintenance-technician'],
    courses: [
      'ndvc-hv-safety',
      'ndvc-ev-principles',
      'ndvc-ev-diagnosis',
      'ndvc-vehicle-assembly',
      'ndvc-pack-assembly',
      'ndvc-electrotechnics',
      'ndvc-charging-facilities',
      'ndvc-professional-qualities',
    ],
  },
  {
    key: 'ndvc-intelligent-equipment',
    zh: '智能制造装备技术',
    en: 'Intelligent Manufacturing Equipment Technology',
    institution: COLLEGE,
    level: 'higher-vocational',
    group: 'ndvc-power-battery-group',
    preparesFor: ['equipment-maintenance-technician'],
    courses: [
      'ndvc-electrotechnics',
      'ndvc-plc-application',
      'ndvc-industrial-robots',
      'ndvc-equipment-maintenance',
      'ndvc-hydraulics',
      'ndvc-mechanical-drawing',
      'ndvc-lean-5s',
      'ndvc-professional-qualities',
    ],
  },
  {
    key: 'ndvc-auto-inspection-repair',
    zh: '汽车检测与维修技术',
    en: 'Automotive Inspection and Repair Technology',
    institution: COLLEGE,
    level: 'higher-vocational',
    group: 'ndvc-power-battery-group',
    preparesFor: ['automotive-mechanic', 'motor-vehicle-inspector'],
    courses: [
      'ndvc-engine-repair',
      'ndvc-vehicle-inspection',
      'ndvc-chassis-repair',
      'ndvc-auto-service',
      'ndvc-electrotechnics',
      'ndvc-ev-principles',
      'ndvc-mechanical-drawing',
      'ndvc-professional-qualities',
    ],
  },
  {
    key: 'ndvc-energy-storage-materials',
    zh: '储能材料技术',
    en: 'Energy Storage Materials Technology',
    institution: COLLEGE,
    level: 'higher-vocational',
    group: 'ndvc-power-battery-group',
    preparesFor: ['battery-production-operator', 'chemical-process-operator'],
    courses: [
      'ndvc-battery-manufacturing',
      'ndvc-formation-testing',
      'ndvc-dry-room-production',
      'ndvc-chemical-operations',
      'ndvc-dcs-simulation',
      'ndvc-hazardous-chemicals',
      'ndvc-materials-testing',
      'ndvc-materials-production',
      'ndvc-quality-inspection',
      'ndvc-lean-5s',
      'ndvc-professional-qualities',
    ],
  },
];

// ── Micro-credentials (微专业·微课程·微证书) ────────────────────────────────────

const microCredentials = [
  {
    key: 'ndu-mc-ess-integration',
    zh: '储能系统集成微专业',
    en: 'Energy Storage System Integration (micro-major)',
    credentialType: 'micro-major' as const,
    institution: UNIVERSITY,
    courses: ['ndu-power-electronics', 'ndu-ess-grid', 'ndu-bms-introduction'],
    teaches: [
      ['ess-system-design', 3, 24],
      ['ems-configuration', 3, 16],
    ] as Teaching[],
    preparesFor: ['ess-integration-engineer'] as OccupationKey[],
  },
  {
    key: 'ndvc-mc-hv-safety',
    zh: '新能源汽车高压安全作业微证书',
    en: 'EV High-Voltage Safe Working (micro-certificate)',
    credentialType: 'micro-certificate' as const,
    institution: COLLEGE,
    courses: ['ndvc-hv-safety'],
    teaches: [['high-voltage-safety-operation', 4, 24]] as Teaching[],
    preparesFor: ['ev-maintenance-technician', 'charging-facility-technician'] as OccupationKey[],
  },
  {
    key: 'ndvc-mc-battery-second-life',
    zh: '动力电池拆解与梯次利用微课程',
    en: 'Battery Disassembly and Second-Life Use (micro-course)',
    credentialType: 'micro-course' as const,
    institution: COLLEGE,
    courses: ['ndvc-hazardous-chemicals'],
    teaches: [
      ['battery-disassembly', 2, 16],
      ['echelon-utilisation-sorting', 2, 16],
    ] as Teaching[],
    preparesFor: ['battery-recycling-technician'] as OccupationKey[],
  },
];

export function educationSide(): Part {
  const p = part();

  for (const i of institutions) {
    p.nodes.push(
      node('Institution', i.key, {
        ...names(i.zh, i.en),
        institutionType: i.institutionType,
        source: SYNTHETIC,
      }),
    );
    p.edges.push(edge('LOCATED_IN', ['Institution', i.key], ['Region', i.county]));
  }

  const offered: [string, CourseRow[]][] = [
    [UNIVERSITY, universityCourses],
    [COLLEGE, collegeCourses],
  ];
  for (const [institution, courses] of offered)
    for (const c of courses) {
      p.nodes.push(
        node('Course', c.key, {
          ...names(c.zh, c.en),
          hours: c.hours,
          credits: c.credits,
          source: SYNTHETIC,
        }),
      );
      p.edges.push(edge('OFFERS', ['Institution', institution], ['Course', c.key]));
      for (const [competency, level, hours] of c.teaches)
        p.edges.push(
          edge('TEACHES', ['Course', c.key], ['Competency', competency], { level, hours }),
        );
    }

  for (const g of PROGRAM_GROUPS) {
    p.nodes.push(node('ProgramGroup', g.key, { ...names(g.zh, g.en), source: SYNTHETIC }));
    p.edges.push(
      edge('OFFERS', ['Institution', g.institution], ['ProgramGroup', g.key]),
      edge('SERVES', ['ProgramGroup', g.key], ['Chain', CHAIN]),
    );
  }

  for (const pr of programs) {
    p.nodes.push(
      node(
        'Program',
        pr.key,
        compact({
          ...names(pr.zh, pr.en),
          level: pr.level,
          catalogueCode: pr.catalogueCode,
          source: pr.catalogueCode
            ? `${SYNTHETIC} (catalogueCode from 普通高等学校本科专业目录)`
            : SYNTHETIC,
        }),
      ),
    );
    p.edges.push(
      edge('OFFERS', ['Institution', pr.institution], ['Program', pr.key]),
      edge('PART_OF', ['Program', pr.key], ['ProgramGroup', pr.group]),
    );
    for (const occupation of pr.preparesFor)
      p.edges.push(edge('PREPARES_FOR', ['Program', pr.key], ['Occupation', occupation]));
    for (const c of pr.courses) p.edges.push(edge('INCLUDES', ['Program', pr.key], ['Course', c]));
  }

  for (const m of microCredentials) {
    p.nodes.push(
      node('MicroCredential', m.key, {
        ...names(m.zh, m.en),
        credentialType: m.credentialType,
        source: SYNTHETIC,
      }),
    );
    p.edges.push(edge('OFFERS', ['Institution', m.institution], ['MicroCredential', m.key]));
    for (const c of m.courses)
      p.edges.push(edge('INCLUDES', ['MicroCredential', m.key], ['Course', c]));
    for (const [competency, level, hours] of m.teaches)
      p.edges.push(
        edge('TEACHES', ['MicroCredential', m.key], ['Competency', competency], { level, hours }),
      );
    for (const occupation of m.preparesFor)
      p.edges.push(edge('PREPARES_FOR', ['MicroCredential', m.key], ['Occupation', occupation]));
  }

  return p;
}
