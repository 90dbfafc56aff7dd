/**
 * The occupation side of the demo: occupations of the power-battery chain, the competencies they
 * need (知识·能力·素质), typical work tasks, and the structural demand each segment has for each
 * occupation. Written for the demo — plausible domain content, not an official standard; keys are
 * slugs, not 职业分类大典 codes.
 */
import { DEMO_CONTENT, compact, edge, names, node, part, type Part } from './build.ts';
import type { SegmentKey } from './region.ts';

// ── Competencies ─────────────────────────────────────────────────────────────

type Dimension = 'knowledge' | 'skill' | 'quality';
type CompetencyRow = readonly [key: string, dimension: Dimension, zh: string, en: string];

export const competencies = [
  // 知识 knowledge
  ['electrochemistry-fundamentals', 'knowledge', '电化学基础', 'Electrochemistry fundamentals'],
  [
    'lithium-battery-principles',
    'knowledge',
    '锂离子电池原理与结构',
    'Lithium-ion battery principles and structure',
  ],
  [
    'cathode-material-chemistry',
    'knowledge',
    '正极材料化学（三元/磷酸铁锂）',
    'Cathode material chemistry (NCM/LFP)',
  ],
  [
    'anode-material-science',
    'knowledge',
    '负极材料（石墨/硅碳）',
    'Anode materials (graphite, silicon–carbon)',
  ],
  [
    'electrolyte-chemistry',
    'knowledge',
    '电解液与锂盐化学',
    'Electrolyte and lithium-salt chemistry',
  ],
  [
    'separator-polymer-science',
    'knowledge',
    '隔膜聚合物与涂覆材料',
    'Separator polymers and coatings',
  ],
  [
    'materials-characterisation',
    'knowledge',
    '材料表征方法（XRD/SEM/BET）',
    'Materials characterisation (XRD/SEM/BET)',
  ],
  ['powder-engineering', 'knowledge', '粉体工程', 'Powder engineering'],
  [
    'battery-safety-standards',
    'knowledge',
    '动力电池安全标准与认证（GB 38031 等）',
    'Traction-battery safety standards and certification (GB 38031 etc.)',
  ],
  [
    'battery-transport-regulations',
    'knowledge',
    '锂电池运输与危险品法规（UN 38.3）',
    'Lithium battery transport and dangerous-goods rules (UN 38.3)',
  ],
  ['cell-design-fundamentals', 'knowledge', '电芯设计基础', 'Cell design fundamentals'],
  ['battery-thermal-management', 'knowledge', '电池热管理原理', 'Battery thermal management'],
  ['power-electronics', 'knowledge', '电力电子技术', 'Power electronics'],
  ['circuit-analysis', 'knowledge', '电路分析', 'Circuit analysis'],
  ['control-theory', 'knowledge', '自动控制原理', 'Control theory'],
  ['embedded-systems', 'knowledge', '嵌入式系统', 'Embedded systems'],
  ['can-bus-protocols', 'knowledge', '车载通信（CAN）协议', 'In-vehicle networks (CAN)'],
  ['mechanical-design', 'knowledge', '机械设计基础', 'Mechanical design fundamentals'],
  ['engineering-drawing', 'knowledge', '工程制图与公差配合', 'Engineering drawing and tolerancing'],
  [
    'plc-fundamentals',
    'knowledge',
    'PLC 与电气控制基础',
    'PLC and electrical control fundamentals',
  ],
  ['hydraulics-pneumatics', 'knowledge', '液压与气动', 'Hydraulics and pneumatics'],
  [
    'quality-management-systems',
    'knowledge',
    '质量管理体系（IATF 16949）',
    'Quality management systems (IATF 16949)',
  ],
  ['statistics-for-engineers', 'knowledge', '工程统计', 'Engineering statistics'],
  ['chemical-unit-operations', 'knowledge', '化工单元操作原理', 'Chemical unit operations'],
  ['hydrometallurgy-principles', 'knowledge', '湿法冶金原理', 'Hydrometallurgy principles'],
  ['ev-architecture', 'knowledge', '新能源汽车整车结构', 'Electric-vehicle architecture'],
  ['motor-drive-systems', 'knowledge', '驱动电机与电控', 'Traction motors and drives'],
  ['ice-vehicle-systems', 'knowledge', '传统燃油车构造', 'Combustion-engine vehicle systems'],
  [
    'vehicle-inspection-regulations',
    'knowledge',
    '机动车检验法规与标准',
    'Motor-vehicle inspection regulations',
  ],
  [
    'charging-standards',
    'knowledge',
    '充电接口与通信标准',
    'Charging interface and communication standards',
  ],
  [
    'grid-connection-ess',
    'knowledge',
    '储能并网与电力系统基础',
    'Grid connection of energy storage',
  ],
  [
    'environmental-regulations',
    'knowledge',
    '环保法规与危废管理',
    'Environmental regulation and hazardous waste',
  ],
  [
    'occupational-safety',
    'knowledge',
    '安全生产法规与风险分级管控',
    'Occupational safety law and risk grading',
  ],
  [
    'manufacturing-execution-systems',
    'knowledge',
    '制造执行系统（MES）与制造信息化',
    'Manufacturing execution systems (MES)',
  ],
  ['industrial-networks', 'knowledge', '工业网络与 OT 安全', 'Industrial networks and OT security'],
  [
    'data-analysis-fundamentals',
    'knowledge',
    '数据分析基础（SQL/统计）',
    'Data analysis fundamentals (SQL, statistics)',
  ],
  ['machine-learning-basics', 'knowledge', '机器学习基础', 'Machine learning fundamentals'],
  ['lean-production', 'knowledge', '精益生产', 'Lean production'],
  [
    'battery-ageing-mechanisms',
    'knowledge',
    '电池老化与失效机理',
    'Battery ageing and failure mechanisms',
  ],
  [
    'second-life-assessment',
    'knowledge',
    '退役电池梯次利用评估',
    'Second-life assessment of retired batteries',
  ],
  [
    'dry-room-environment-control',
    'knowledge',
    '干燥房与洁净环境控制',
    'Dry-room and clean-environment control',
  ],
  // 能力 skill
  ['slurry-mixing', 'skill', '浆料制备与搅拌', 'Slurry preparation and mixing'],
  ['electrode-coating', 'skill', '极片涂布', 'Electrode coating'],
  ['calendering-slitting', 'skill', '辊压与分切', 'Calendering and slitting'],
  ['winding-stacking', 'skill', '卷绕/叠片', 'Winding and stacking'],
  ['electrolyte-filling', 'skill', '注液与封口', 'Electrolyte filling and sealing'],
  ['formation-grading', 'skill', '化成与分容', 'Formation and grading'],
  ['cell-testing', 'skill', '电芯性能测试', 'Cell performance testing'],
  [
    'abuse-testing',
    'skill',
    '安全滥用测试（针刺/过充/热箱）',
    'Abuse testing (nail penetration, overcharge, hot box)',
  ],
  [
    'thermal-runaway-analysis',
    'skill',
    '热失控分析与防护设计',
    'Thermal-runaway analysis and mitigation',
  ],
  [
    'bms-state-estimation',
    'skill',
    'BMS 状态估算算法（SOC/SOH）',
    'BMS state estimation algorithms (SOC/SOH)',
  ],
  ['bms-hardware-design', 'skill', 'BMS 硬件设计', 'BMS hardware design'],
  ['bms-software-development', 'skill', 'BMS 嵌入式软件开发', 'BMS embedded software development'],
  [
    'functional-safety-iso26262',
    'skill',
    '功能安全开发（ISO 26262）',
    'Functional safety development (ISO 26262)',
  ],
  ['pack-assembly', 'skill', '模组与 PACK 装配', 'Module and pack assembly'],
  ['laser-welding', 'skill', '激光焊接工艺', 'Laser welding'],
  ['high-voltage-safety-operation', 'skill', '高压电安全作业', 'High-voltage safe working'],
  ['ev-fault-diagnosis', 'skill', '新能源汽车故障诊断', 'Electric-vehicle fault diagnosis'],
  ['ice-engine-repair', 'skill', '发动机检修', 'Combustion-engine repair'],
  [
    'vehicle-emission-testing',
    'skill',
    '尾气与安全性能检测',
    'Emission and safety performance testing',
  ],
  ['vehicle-assembly-adjustment', 'skill', '整车装配与调试', 'Vehicle assembly and adjustment'],
  [
    'charger-installation-maintenance',
    'skill',
    '充电桩安装与维护',
    'Charger installation and maintenance',
  ],
  ['swap-station-operation', 'skill', '换电站运维', 'Battery-swap station operation'],
  [
    'ess-commissioning',
    'skill',
    '储能系统安装调试',
    'Energy-storage installation and commissioning',
  ],
  ['ess-system-design', 'skill', '储能系统方案设计', 'Energy-storage system design'],
  [
    'ems-configuration',
    'skill',
    '能量管理系统（EMS）配置',
    'Energy management system (EMS) configuration',
  ],
  ['battery-disassembly', 'skill', '退役电池安全拆解', 'Safe disassembly of retired batteries'],
  [
    'recycling-hydrometallurgy-process',
    'skill',
    '湿法回收工艺（浸出/萃取/沉淀）',
    'Hydrometallurgical recycling (leaching, extraction, precipitation)',
  ],
  [
    'black-mass-pretreatment',
    'skill',
    '黑粉预处理（破碎/分选）',
    'Black-mass pre-treatment (shredding, separation)',
  ],
  [
    'echelon-utilisation-sorting',
    'skill',
    '梯次利用检测分选与重组',
    'Second-life grading, sorting and regrouping',
  ],
  ['materials-synthesis', 'skill', '正负极材料合成工艺', 'Electrode material synthesis'],
  ['sintering-process', 'skill', '高温烧结工艺', 'High-temperature sintering'],
  ['electrolyte-formulation', 'skill', '电解液配方开发', 'Electrolyte formulation'],
  ['material-testing-lab', 'skill', '理化检测实验操作', 'Physico-chemical laboratory testing'],
  ['equipment-design-cad', 'skill', '装备三维设计（CAD）', 'Equipment 3D design (CAD)'],
  ['motion-control-programming', 'skill', '运动控制编程', 'Motion-control programming'],
  ['plc-programming', 'skill', 'PLC 编程', 'PLC programming'],
  ['machine-vision', 'skill', '机器视觉检测', 'Machine-vision inspection'],
  [
    'industrial-robot-operation',
    'skill',
    '工业机器人操作与编程',
    'Industrial robot operation and programming',
  ],
  ['equipment-maintenance', 'skill', '设备点检与维修', 'Equipment inspection and repair'],
  ['predictive-maintenance', 'skill', '预测性维护', 'Predictive maintenance'],
  ['spc-quality-control', 'skill', 'SPC 统计过程控制', 'Statistical process control (SPC)'],
  [
    'data-driven-quality',
    'skill',
    '数据驱动的质量分析（缺陷根因与预测）',
    'Data-driven quality analytics (root cause and defect prediction)',
  ],
  ['failure-analysis', 'skill', '失效分析（8D/FMEA）', 'Failure analysis (8D, FMEA)'],
  [
    'measurement-system-analysis',
    'skill',
    '测量系统分析（MSA）',
    'Measurement system analysis (MSA)',
  ],
  ['python-data-analysis', 'skill', 'Python 数据分析', 'Data analysis with Python'],
  [
    'industrial-data-pipeline',
    'skill',
    '工业数据采集与治理',
    'Industrial data acquisition and governance',
  ],
  ['mes-configuration', 'skill', 'MES 实施与配置', 'MES implementation and configuration'],
  ['digital-twin-simulation', 'skill', '数字孪生与产线仿真', 'Digital twin and line simulation'],
  ['chemical-process-operation', 'skill', '化工装置操作', 'Chemical plant operation'],
  ['dcs-operation', 'skill', 'DCS 控制系统操作', 'DCS operation'],
  [
    'hazardous-chemical-handling',
    'skill',
    '危险化学品安全操作',
    'Safe handling of hazardous chemicals',
  ],
  ['ehs-risk-assessment', 'skill', '安全环保风险评估（HAZOP）', 'EHS risk assessment (HAZOP)'],
  ['wastewater-treatment', 'skill', '废水处理与资源化', 'Wastewater treatment and recovery'],
  ['process-simulation', 'skill', '化工流程模拟', 'Chemical process simulation'],
  ['experimental-design', 'skill', '实验设计（DOE）', 'Design of experiments (DOE)'],
  [
    'technical-documentation',
    'skill',
    '技术文档与报告写作',
    'Technical documentation and reporting',
  ],
  ['electrical-wiring', 'skill', '电气接线与检测', 'Electrical wiring and testing'],
  ['cell-process-optimisation', 'skill', '电芯工艺优化', 'Cell process optimisation'],
  ['battery-module-testing', 'skill', '模组/PACK 下线测试', 'Module and pack end-of-line testing'],
  ['carbon-footprint-accounting', 'skill', '电池碳足迹核算', 'Battery carbon-footprint accounting'],
  ['technical-english', 'skill', '专业英语阅读', 'Technical English reading'],
  // 素质 quality
  ['safety-awareness', 'quality', '安全意识', 'Safety awareness'],
  ['quality-awareness', 'quality', '质量意识', 'Quality awareness'],
  ['teamwork', 'quality', '团队协作', 'Teamwork'],
  ['problem-solving', 'quality', '分析与解决问题', 'Problem solving'],
  ['craftsmanship', 'quality', '工匠精神', 'Craftsmanship'],
  ['continuous-learning', 'quality', '持续学习', 'Continuous learning'],
  ['communication', 'quality', '沟通表达', 'Communication'],
  ['responsibility', 'quality', '责任心与职业操守', 'Responsibility and professional ethics'],
  ['innovation-mindset', 'quality', '创新意识', 'Innovation mindset'],
  ['environmental-responsibility', 'quality', '绿色环保意识', 'Environmental responsibility'],
  ['discipline-compliance', 'quality', '规范执行与纪律性', 'Discipline and compliance'],
  ['customer-orientation', 'quality', '客户服务意识', 'Customer orientation'],
] as const satisfies readonly CompetencyRow[];

export type CompetencyKey = (typeof competencies)[number][0];

// ── Occupations ──────────────────────────────────────────────────────────────

type OccupationRow = readonly [
  key: string,
  zh: string,
  en: string,
  marks: { digital?: boolean; green?: boolean },
];

export const occupations = [
  ['materials-rd-engineer', '电池材料研发工程师', 'Battery materials R&D engineer', {}],
  ['battery-cell-process-engineer', '电芯工艺工程师', 'Cell process engineer', {}],
  [
    'battery-production-operator',
    '锂离子电池制造工',
    'Lithium-ion battery production operator',
    {},
  ],
  ['battery-test-engineer', '电池测试验证工程师', 'Battery test and validation engineer', {}],
  [
    'bms-engineer',
    'BMS 算法与软件工程师',
    'BMS algorithm and software engineer',
    { digital: true },
  ],
  ['automation-equipment-engineer', '锂电装备设计工程师', 'Battery equipment design engineer', {}],
  [
    'equipment-maintenance-technician',
    '智能装备运维技术员',
    'Smart equipment maintenance technician',
    {},
  ],
  ['chemical-process-operator', '电池材料化工操作工', 'Battery-materials chemical operator', {}],
  ['quality-engineer', '质量工程师', 'Quality engineer', {}],
  ['industrial-data-analyst', '工业数据分析师', 'Industrial data analyst', { digital: true }],
  ['mes-engineer', '制造执行系统（MES）工程师', 'MES engineer', { digital: true }],
  ['vehicle-integration-engineer', '整车集成工程师', 'Vehicle integration engineer', {}],
  ['ev-assembly-technician', '新能源汽车装调技术员', 'EV assembly and adjustment technician', {}],
  [
    'ev-maintenance-technician',
    '新能源汽车检测维修技术员',
    'EV inspection and maintenance technician',
    { green: true },
  ],
  ['automotive-mechanic', '汽车维修工（燃油车）', 'Automotive mechanic (combustion vehicles)', {}],
  ['motor-vehicle-inspector', '机动车检测工', 'Motor-vehicle inspector', {}],
  [
    'charging-facility-technician',
    '充换电设施运维员',
    'Charging and swapping facility technician',
    { green: true },
  ],
  [
    'ess-commissioning-technician',
    '储能电站安装调试员',
    'Energy-storage commissioning technician',
    { green: true },
  ],
  [
    'ess-integration-engineer',
    '储能系统集成工程师',
    'Energy-storage system integration engineer',
    { green: true },
  ],
  [
    'battery-recycling-technician',
    '动力电池回收与梯次利用技术员',
    'Battery recycling and second-life technician',
    { green: true },
  ],
  [
    'hydrometallurgy-engineer',
    '湿法冶金回收工程师',
    'Hydrometallurgical recycling engineer',
    { green: true },
  ],
  ['ehs-engineer', '安全环保工程师', 'EHS engineer', { green: true }],
] as const satisfies readonly OccupationRow[];

export type OccupationKey = (typeof occupations)[number][0];

/** A requirement: competency, importance 1–5, required level 1–5. */
export type Requirement = readonly [CompetencyKey, importance: number, level: number];

/**
 * The competency profile of each occupation (职业能力图谱). `essential` is derived: importance 4
 * or more.
 */
export const occupationProfiles: Record<OccupationKey, Requirement[]> = {
  'materials-rd-engineer': [
    ['electrochemistry-fundamentals', 5, 4],
    ['cathode-material-chemistry', 5, 4],
    ['materials-characterisation', 5, 4],
    ['anode-material-science', 4, 4],
    ['electrolyte-chemistry', 4, 3],
    ['materials-synthesis', 4, 4],
    ['experimental-design', 4, 4],
    ['innovation-mindset', 4, 4],
    ['electrolyte-formulation', 3, 3],
    ['separator-polymer-science', 3, 3],
    ['battery-ageing-mechanisms', 3, 3],
    ['technical-english', 3, 3],
    ['technical-documentation', 3, 3],
    ['continuous-learning', 3, 3],
    ['carbon-footprint-accounting', 2, 2],
  ],
  'battery-cell-process-engineer': [
    ['lithium-battery-principles', 5, 4],
    ['electrode-coating', 5, 4],
    ['cell-process-optimisation', 5, 4],
    ['problem-solving', 5, 4],
    ['cell-design-fundamentals', 4, 4],
    ['slurry-mixing', 4, 4],
    ['calendering-slitting', 4, 3],
    ['winding-stacking', 4, 4],
    ['formation-grading', 4, 4],
    ['data-driven-quality', 4, 4],
    ['experimental-design', 4, 3],
    ['failure-analysis', 4, 4],
    ['quality-awareness', 4, 4],
    ['electrolyte-filling', 3, 3],
    ['spc-quality-control', 3, 3],
    ['dry-room-environment-control', 3, 3],
  ],
  'battery-production-operator': [
    ['safety-awareness', 5, 4],
    ['quality-awareness', 5, 4],
    ['electrode-coating', 4, 3],
    ['winding-stacking', 4, 3],
    ['dry-room-environment-control', 4, 3],
    ['battery-safety-standards', 4, 2],
    ['discipline-compliance', 4, 4],
    ['craftsmanship', 4, 3],
    ['slurry-mixing', 3, 2],
    ['calendering-slitting', 3, 2],
    ['electrolyte-filling', 3, 2],
    ['formation-grading', 3, 2],
    ['pack-assembly', 3, 3],
    ['laser-welding', 3, 2],
    ['lean-production', 3, 2],
    ['teamwork', 3, 3],
    ['equipment-maintenance', 2, 2],
  ],
  'battery-test-engineer': [
    ['cell-testing', 5, 4],
    ['abuse-testing', 5, 4],
    ['battery-safety-standards', 5, 5],
    ['thermal-runaway-analysis', 5, 4],
    ['safety-awareness', 5, 4],
    ['lithium-battery-principles', 4, 4],
    ['battery-transport-regulations', 4, 3],
    ['battery-ageing-mechanisms', 4, 4],
    ['battery-module-testing', 4, 3],
    ['technical-documentation', 4, 4],
    ['responsibility', 4, 4],
    ['python-data-analysis', 3, 3],
    ['measurement-system-analysis', 3, 3],
  ],
  'bms-engineer': [
    ['bms-state-estimation', 5, 5],
    ['bms-software-development', 5, 4],
    ['embedded-systems', 5, 4],
    ['bms-hardware-design', 4, 4],
    ['can-bus-protocols', 4, 4],
    ['control-theory', 4, 4],
    ['functional-safety-iso26262', 4, 4],
    ['problem-solving', 4, 4],
    ['continuous-learning', 4, 4],
    ['circuit-analysis', 3, 3],
    ['battery-thermal-management', 3, 3],
    ['machine-learning-basics', 3, 3],
    ['lithium-battery-principles', 3, 3],
  ],
  'automation-equipment-engineer': [
    ['mechanical-design', 5, 4],
    ['equipment-design-cad', 5, 4],
    ['engineering-drawing', 4, 4],
    ['motion-control-programming', 4, 4],
    ['plc-programming', 4, 4],
    ['machine-vision', 3, 3],
    ['hydraulics-pneumatics', 3, 3],
    ['industrial-robot-operation', 3, 3],
    ['digital-twin-simulation', 3, 3],
    ['innovation-mindset', 3, 3],
    ['teamwork', 3, 3],
    ['lithium-battery-principles', 2, 2],
  ],
  'equipment-maintenance-technician': [
    ['equipment-maintenance', 5, 4],
    ['safety-awareness', 5, 4],
    ['plc-fundamentals', 4, 3],
    ['electrical-wiring', 4, 3],
    ['hydraulics-pneumatics', 4, 3],
    ['predictive-maintenance', 4, 3],
    ['responsibility', 4, 3],
    ['craftsmanship', 4, 3],
    ['plc-programming', 3, 3],
    ['industrial-robot-operation', 3, 3],
    ['machine-vision', 2, 2],
  ],
  'chemical-process-operator': [
    ['chemical-process-operation', 5, 3],
    ['hazardous-chemical-handling', 5, 3],
    ['safety-awareness', 5, 4],
    ['dcs-operation', 4, 3],
    ['occupational-safety', 4, 3],
    ['discipline-compliance', 4, 4],
    ['chemical-unit-operations', 3, 2],
    ['sintering-process', 3, 3],
    ['powder-engineering', 3, 2],
    ['material-testing-lab', 3, 2],
    ['environmental-responsibility', 3, 3],
    ['teamwork', 3, 3],
  ],
  'quality-engineer': [
    ['quality-management-systems', 5, 4],
    ['spc-quality-control', 5, 4],
    ['data-driven-quality', 5, 4],
    ['failure-analysis', 5, 4],
    ['quality-awareness', 5, 5],
    ['measurement-system-analysis', 4, 4],
    ['statistics-for-engineers', 4, 4],
    ['battery-safety-standards', 4, 3],
    ['communication', 4, 3],
    ['problem-solving', 4, 4],
    ['python-data-analysis', 3, 3],
  ],
  'industrial-data-analyst': [
    ['data-analysis-fundamentals', 5, 4],
    ['python-data-analysis', 5, 4],
    ['industrial-data-pipeline', 5, 4],
    ['data-driven-quality', 5, 4],
    ['machine-learning-basics', 4, 4],
    ['statistics-for-engineers', 4, 4],
    ['continuous-learning', 4, 4],
    ['manufacturing-execution-systems', 3, 3],
    ['communication', 3, 3],
    ['lithium-battery-principles', 2, 2],
  ],
  'mes-engineer': [
    ['manufacturing-execution-systems', 5, 4],
    ['mes-configuration', 5, 4],
    ['industrial-networks', 4, 4],
    ['industrial-data-pipeline', 4, 3],
    ['data-analysis-fundamentals', 3, 3],
    ['digital-twin-simulation', 3, 3],
    ['lean-production', 3, 3],
    ['communication', 3, 3],
    ['teamwork', 3, 3],
  ],
  'vehicle-integration-engineer': [
    ['ev-architecture', 5, 4],
    ['motor-drive-systems', 4, 4],
    ['battery-thermal-management', 4, 4],
    ['can-bus-protocols', 4, 3],
    ['functional-safety-iso26262', 4, 3],
    ['battery-safety-standards', 4, 4],
    ['teamwork', 4, 3],
    ['mechanical-design', 3, 3],
    ['experimental-design', 3, 3],
    ['technical-documentation', 3, 3],
  ],
  'ev-assembly-technician': [
    ['vehicle-assembly-adjustment', 5, 3],
    ['high-voltage-safety-operation', 5, 3],
    ['safety-awareness', 5, 4],
    ['electrical-wiring', 4, 3],
    ['discipline-compliance', 4, 3],
    ['ev-architecture', 3, 3],
    ['pack-assembly', 3, 2],
    ['craftsmanship', 3, 3],
    ['teamwork', 3, 3],
  ],
  'ev-maintenance-technician': [
    ['ev-fault-diagnosis', 5, 4],
    ['high-voltage-safety-operation', 5, 4],
    ['safety-awareness', 5, 4],
    ['ev-architecture', 4, 3],
    ['motor-drive-systems', 3, 3],
    ['can-bus-protocols', 3, 3],
    ['battery-module-testing', 3, 3],
    ['battery-safety-standards', 3, 3],
    ['customer-orientation', 3, 3],
  ],
  'automotive-mechanic': [
    ['ice-vehicle-systems', 5, 3],
    ['ice-engine-repair', 5, 3],
    ['safety-awareness', 4, 3],
    ['vehicle-emission-testing', 3, 3],
    ['electrical-wiring', 3, 2],
    ['customer-orientation', 3, 3],
    ['craftsmanship', 3, 3],
  ],
  'motor-vehicle-inspector': [
    ['vehicle-emission-testing', 5, 3],
    ['vehicle-inspection-regulations', 5, 3],
    ['discipline-compliance', 4, 4],
    ['responsibility', 4, 3],
    ['ice-vehicle-systems', 3, 3],
    ['measurement-system-analysis', 2, 2],
  ],
  'charging-facility-technician': [
    ['charger-installation-maintenance', 5, 3],
    ['high-voltage-safety-operation', 5, 4],
    ['safety-awareness', 5, 4],
    ['charging-standards', 4, 3],
    ['swap-station-operation', 4, 3],
    ['electrical-wiring', 4, 3],
    ['power-electronics', 3, 2],
    ['customer-orientation', 3, 3],
  ],
  'ess-commissioning-technician': [
    ['ess-commissioning', 5, 4],
    ['high-voltage-safety-operation', 5, 4],
    ['safety-awareness', 5, 4],
    ['ems-configuration', 4, 3],
    ['grid-connection-ess', 4, 3],
    ['electrical-wiring', 4, 3],
    ['battery-safety-standards', 4, 3],
    ['battery-module-testing', 3, 3],
    ['thermal-runaway-analysis', 3, 2],
    ['teamwork', 3, 3],
  ],
  'ess-integration-engineer': [
    ['ess-system-design', 5, 4],
    ['grid-connection-ess', 5, 4],
    ['power-electronics', 4, 4],
    ['ems-configuration', 4, 4],
    ['battery-thermal-management', 4, 3],
    ['thermal-runaway-analysis', 4, 3],
    ['battery-safety-standards', 4, 4],
    ['bms-state-estimation', 3, 3],
    ['communication', 3, 3],
    ['customer-orientation', 3, 3],
  ],
  'battery-recycling-technician': [
    ['battery-disassembly', 5, 3],
    ['high-voltage-safety-operation', 5, 4],
    ['safety-awareness', 5, 4],
    ['second-life-assessment', 4, 3],
    ['echelon-utilisation-sorting', 4, 3],
    ['black-mass-pretreatment', 4, 3],
    ['hazardous-chemical-handling', 4, 3],
    ['environmental-responsibility', 4, 4],
    ['battery-module-testing', 3, 3],
    ['environmental-regulations', 3, 3],
  ],
  'hydrometallurgy-engineer': [
    ['recycling-hydrometallurgy-process', 5, 5],
    ['hydrometallurgy-principles', 5, 4],
    ['chemical-unit-operations', 4, 4],
    ['wastewater-treatment', 4, 3],
    ['environmental-regulations', 4, 4],
    ['problem-solving', 4, 4],
    ['process-simulation', 3, 3],
    ['carbon-footprint-accounting', 3, 3],
    ['ehs-risk-assessment', 3, 3],
    ['material-testing-lab', 3, 3],
  ],
  'ehs-engineer': [
    ['occupational-safety', 5, 4],
    ['ehs-risk-assessment', 5, 4],
    ['environmental-regulations', 5, 4],
    ['responsibility', 5, 4],
    ['hazardous-chemical-handling', 4, 4],
    ['battery-safety-standards', 4, 3],
    ['communication', 4, 3],
    ['thermal-runaway-analysis', 3, 3],
    ['wastewater-treatment', 3, 3],
    ['carbon-footprint-accounting', 3, 3],
  ],
};

// ── Typical work tasks (典型工作任务) ──────────────────────────────────────────

type TaskRow = readonly [
  key: string,
  zh: string,
  en: string,
  performedBy: readonly OccupationKey[],
  requires: readonly Requirement[],
];

export const tasks: TaskRow[] = [
  [
    'develop-cathode-formulation',
    '正极材料配方与工艺开发',
    'Develop cathode formulation and process',
    ['materials-rd-engineer'],
    [
      ['cathode-material-chemistry', 5, 4],
      ['materials-synthesis', 4, 4],
      ['experimental-design', 4, 4],
    ],
  ],
  [
    'characterise-battery-materials',
    '电池材料理化表征与分析',
    'Characterise battery materials',
    ['materials-rd-engineer'],
    [
      ['materials-characterisation', 5, 4],
      ['material-testing-lab', 4, 3],
    ],
  ],
  [
    'evaluate-anode-electrolyte-match',
    '负极与电解液匹配性评估',
    'Evaluate anode–electrolyte compatibility',
    ['materials-rd-engineer'],
    [
      ['anode-material-science', 4, 4],
      ['electrolyte-chemistry', 4, 3],
      ['electrochemistry-fundamentals', 4, 4],
    ],
  ],
  [
    'tune-coating-parameters',
    '涂布工艺参数调试',
    'Tune electrode coating parameters',
    ['battery-cell-process-engineer'],
    [
      ['electrode-coating', 5, 4],
      ['slurry-mixing', 4, 3],
      ['cell-process-optimisation', 4, 4],
    ],
  ],
  [
    'resolve-yield-loss',
    '产线良率问题分析与改善',
    'Analyse and resolve line yield loss',
    ['battery-cell-process-engineer', 'quality-engineer'],
    [
      ['failure-analysis', 5, 4],
      ['data-driven-quality', 5, 4],
      ['spc-quality-control', 4, 3],
    ],
  ],
  [
    'define-formation-protocol',
    '化成分容工艺制定',
    'Define formation and grading protocol',
    ['battery-cell-process-engineer'],
    [
      ['formation-grading', 5, 4],
      ['lithium-battery-principles', 4, 4],
    ],
  ],
  [
    'operate-coating-line',
    '涂布/辊压工序操作',
    'Operate coating and calendering',
    ['battery-production-operator'],
    [
      ['electrode-coating', 4, 3],
      ['calendering-slitting', 4, 2],
      ['quality-awareness', 4, 4],
    ],
  ],
  [
    'operate-winding-stacking',
    '卷绕/叠片工序操作',
    'Operate winding and stacking',
    ['battery-production-operator'],
    [
      ['winding-stacking', 4, 3],
      ['dry-room-environment-control', 4, 3],
    ],
  ],
  [
    'operate-assembly-filling',
    '装配与注液工序操作',
    'Operate cell assembly and filling',
    ['battery-production-operator'],
    [
      ['electrolyte-filling', 4, 2],
      ['laser-welding', 3, 2],
      ['safety-awareness', 5, 4],
    ],
  ],
  [
    'first-article-inspection',
    '首件检验与过程点检',
    'First-article and in-process inspection',
    ['battery-production-operator'],
    [
      ['quality-awareness', 5, 4],
      ['discipline-compliance', 4, 4],
    ],
  ],
  [
    'run-abuse-tests',
    '安全滥用测试实施',
    'Run abuse tests',
    ['battery-test-engineer'],
    [
      ['abuse-testing', 5, 4],
      ['battery-safety-standards', 5, 5],
      ['safety-awareness', 5, 4],
    ],
  ],
  [
    'analyse-thermal-runaway',
    '热失控测试与数据分析',
    'Test and analyse thermal runaway',
    ['battery-test-engineer'],
    [
      ['thermal-runaway-analysis', 5, 4],
      ['python-data-analysis', 3, 3],
    ],
  ],
  [
    'evaluate-cycle-life',
    '循环寿命与老化评估',
    'Evaluate cycle life and ageing',
    ['battery-test-engineer'],
    [
      ['cell-testing', 5, 4],
      ['battery-ageing-mechanisms', 4, 4],
    ],
  ],
  [
    'prepare-certification-dossier',
    '认证送检与测试报告编制',
    'Prepare certification dossiers and test reports',
    ['battery-test-engineer'],
    [
      ['battery-safety-standards', 5, 5],
      ['battery-transport-regulations', 4, 3],
      ['technical-documentation', 4, 4],
    ],
  ],
  [
    'develop-soc-soh-algorithm',
    'SOC/SOH 估算算法开发与标定',
    'Develop and calibrate SOC/SOH estimation',
    ['bms-engineer'],
    [
      ['bms-state-estimation', 5, 5],
      ['control-theory', 4, 4],
      ['machine-learning-basics', 3, 3],
    ],
  ],
  [
    'develop-bms-firmware',
    'BMS 嵌入式软件开发与测试',
    'Develop and test BMS firmware',
    ['bms-engineer'],
    [
      ['bms-software-development', 5, 4],
      ['embedded-systems', 5, 4],
      ['can-bus-protocols', 4, 4],
    ],
  ],
  [
    'bms-functional-safety',
    'BMS 功能安全分析',
    'BMS functional-safety analysis',
    ['bms-engineer', 'vehicle-integration-engineer'],
    [
      ['functional-safety-iso26262', 5, 4],
      ['failure-analysis', 3, 3],
    ],
  ],
  [
    'design-battery-equipment',
    '锂电装备机构设计',
    'Design battery equipment mechanisms',
    ['automation-equipment-engineer'],
    [
      ['equipment-design-cad', 5, 4],
      ['mechanical-design', 5, 4],
    ],
  ],
  [
    'program-motion-control',
    '设备运动控制与 PLC 程序开发',
    'Program motion control and PLC logic',
    ['automation-equipment-engineer'],
    [
      ['motion-control-programming', 4, 4],
      ['plc-programming', 4, 4],
    ],
  ],
  [
    'integrate-vision-inspection',
    '视觉检测系统集成',
    'Integrate vision inspection',
    ['automation-equipment-engineer'],
    [['machine-vision', 4, 3]],
  ],
  [
    'routine-equipment-inspection',
    '设备点检与预防性维护',
    'Routine inspection and preventive maintenance',
    ['equipment-maintenance-technician'],
    [
      ['equipment-maintenance', 5, 4],
      ['safety-awareness', 5, 4],
    ],
  ],
  [
    'troubleshoot-plc-faults',
    '电气与 PLC 故障排查',
    'Troubleshoot electrical and PLC faults',
    ['equipment-maintenance-technician'],
    [
      ['plc-fundamentals', 4, 3],
      ['electrical-wiring', 4, 3],
    ],
  ],
  [
    'condition-monitoring',
    '设备状态监测与预测性维护',
    'Condition monitoring and predictive maintenance',
    ['equipment-maintenance-technician'],
    [
      ['predictive-maintenance', 4, 3],
      ['industrial-data-pipeline', 3, 2],
    ],
  ],
  [
    'operate-sintering-kiln',
    '烧结窑炉操作',
    'Operate sintering kilns',
    ['chemical-process-operator'],
    [
      ['sintering-process', 4, 3],
      ['chemical-process-operation', 5, 3],
    ],
  ],
  [
    'operate-dcs-reactor',
    'DCS 反应釜操作与巡检',
    'Operate and patrol DCS-controlled reactors',
    ['chemical-process-operator'],
    [
      ['dcs-operation', 4, 3],
      ['hazardous-chemical-handling', 5, 3],
    ],
  ],
  [
    'run-spc-monitoring',
    'SPC 监控与过程能力分析',
    'Run SPC and process-capability analysis',
    ['quality-engineer'],
    [
      ['spc-quality-control', 5, 4],
      ['statistics-for-engineers', 4, 4],
    ],
  ],
  [
    'lead-8d-investigation',
    '8D 客诉问题分析',
    'Lead 8D complaint investigations',
    ['quality-engineer'],
    [
      ['failure-analysis', 5, 4],
      ['communication', 4, 3],
    ],
  ],
  [
    'build-quality-data-model',
    '质量大数据建模与缺陷预测',
    'Build quality data models and predict defects',
    ['quality-engineer', 'industrial-data-analyst'],
    [
      ['data-driven-quality', 5, 4],
      ['python-data-analysis', 3, 3],
    ],
  ],
  [
    'build-process-data-pipeline',
    '工艺数据采集与治理',
    'Build process data pipelines',
    ['industrial-data-analyst'],
    [
      ['industrial-data-pipeline', 5, 4],
      ['data-analysis-fundamentals', 4, 4],
    ],
  ],
  [
    'model-yield-prediction',
    '良率预测模型开发',
    'Model yield prediction',
    ['industrial-data-analyst'],
    [
      ['machine-learning-basics', 4, 4],
      ['data-driven-quality', 5, 4],
      ['python-data-analysis', 5, 4],
    ],
  ],
  [
    'implement-mes-module',
    'MES 模块实施与配置',
    'Implement MES modules',
    ['mes-engineer'],
    [
      ['mes-configuration', 5, 4],
      ['manufacturing-execution-systems', 5, 4],
    ],
  ],
  [
    'integrate-equipment-data',
    '设备联网与数据对接',
    'Connect equipment and integrate data',
    ['mes-engineer'],
    [
      ['industrial-networks', 4, 4],
      ['industrial-data-pipeline', 4, 3],
    ],
  ],
  [
    'integrate-pack-into-vehicle',
    '电池包整车集成与匹配',
    'Integrate the battery pack into the vehicle',
    ['vehicle-integration-engineer'],
    [
      ['ev-architecture', 5, 4],
      ['battery-thermal-management', 4, 4],
      ['battery-safety-standards', 4, 4],
    ],
  ],
  [
    'validate-vehicle-hv-system',
    '整车高压系统验证',
    'Validate the vehicle high-voltage system',
    ['vehicle-integration-engineer'],
    [
      ['functional-safety-iso26262', 4, 3],
      ['can-bus-protocols', 4, 3],
    ],
  ],
  [
    'assemble-hv-components',
    '高压部件装配与调试',
    'Assemble and adjust high-voltage components',
    ['ev-assembly-technician'],
    [
      ['vehicle-assembly-adjustment', 5, 3],
      ['high-voltage-safety-operation', 5, 3],
    ],
  ],
  [
    'vehicle-end-of-line-check',
    '整车下线检测',
    'Vehicle end-of-line check',
    ['ev-assembly-technician'],
    [
      ['electrical-wiring', 3, 3],
      ['discipline-compliance', 4, 3],
    ],
  ],
  [
    'diagnose-ev-faults',
    '新能源汽车故障诊断与维修',
    'Diagnose and repair EV faults',
    ['ev-maintenance-technician'],
    [
      ['ev-fault-diagnosis', 5, 4],
      ['can-bus-protocols', 3, 3],
    ],
  ],
  [
    'service-battery-pack',
    '动力电池包检测与维护',
    'Inspect and service battery packs',
    ['ev-maintenance-technician'],
    [
      ['battery-module-testing', 3, 3],
      ['high-voltage-safety-operation', 5, 4],
    ],
  ],
  [
    'repair-combustion-engine',
    '发动机检修',
    'Repair combustion engines',
    ['automotive-mechanic'],
    [
      ['ice-engine-repair', 5, 3],
      ['ice-vehicle-systems', 4, 3],
    ],
  ],
  [
    'routine-vehicle-service',
    '车辆常规保养',
    'Routine vehicle service',
    ['automotive-mechanic'],
    [
      ['ice-vehicle-systems', 4, 3],
      ['customer-orientation', 3, 3],
    ],
  ],
  [
    'periodic-safety-inspection',
    '机动车安全技术检验',
    'Periodic vehicle safety inspection',
    ['motor-vehicle-inspector'],
    [
      ['vehicle-inspection-regulations', 5, 3],
      ['vehicle-emission-testing', 4, 3],
    ],
  ],
  [
    'install-commission-charger',
    '充电桩安装调试',
    'Install and commission chargers',
    ['charging-facility-technician'],
    [
      ['charger-installation-maintenance', 5, 3],
      ['electrical-wiring', 4, 3],
    ],
  ],
  [
    'maintain-swap-station',
    '换电站运维',
    'Maintain battery-swap stations',
    ['charging-facility-technician'],
    [
      ['swap-station-operation', 4, 3],
      ['high-voltage-safety-operation', 5, 4],
    ],
  ],
  [
    'commission-ess-station',
    '储能电站调试',
    'Commission energy-storage stations',
    ['ess-commissioning-technician'],
    [
      ['ess-commissioning', 5, 4],
      ['ems-configuration', 4, 3],
    ],
  ],
  [
    'ess-safety-patrol',
    '储能电站安全巡检与应急处置',
    'Safety patrol and emergency response at storage stations',
    ['ess-commissioning-technician'],
    [
      ['thermal-runaway-analysis', 3, 2],
      ['battery-safety-standards', 4, 3],
      ['safety-awareness', 5, 4],
    ],
  ],
  [
    'design-ess-solution',
    '储能系统方案设计',
    'Design energy-storage solutions',
    ['ess-integration-engineer'],
    [
      ['ess-system-design', 5, 4],
      ['grid-connection-ess', 4, 4],
      ['power-electronics', 4, 3],
    ],
  ],
  [
    'disassemble-retired-packs',
    '退役电池包拆解',
    'Disassemble retired battery packs',
    ['battery-recycling-technician'],
    [
      ['battery-disassembly', 5, 3],
      ['high-voltage-safety-operation', 5, 4],
    ],
  ],
  [
    'sort-for-second-life',
    '梯次利用检测分选',
    'Grade and sort cells for second life',
    ['battery-recycling-technician'],
    [
      ['second-life-assessment', 4, 3],
      ['echelon-utilisation-sorting', 4, 3],
      ['battery-module-testing', 3, 3],
    ],
  ],
  [
    'optimise-leaching-extraction',
    '浸出与萃取工艺优化',
    'Optimise leaching and solvent extraction',
    ['hydrometallurgy-engineer'],
    [
      ['recycling-hydrometallurgy-process', 5, 5],
      ['hydrometallurgy-principles', 5, 4],
    ],
  ],
  [
    'treat-process-wastewater',
    '工艺废水处理与资源化',
    'Treat and recover process wastewater',
    ['hydrometallurgy-engineer'],
    [
      ['wastewater-treatment', 4, 3],
      ['environmental-regulations', 4, 4],
    ],
  ],
  [
    'hazop-review',
    'HAZOP 风险分析',
    'HAZOP review',
    ['ehs-engineer'],
    [
      ['ehs-risk-assessment', 5, 4],
      ['occupational-safety', 4, 4],
    ],
  ],
  [
    'hazardous-waste-compliance',
    '危废合规管理',
    'Hazardous-waste compliance',
    ['ehs-engineer'],
    [
      ['environmental-regulations', 5, 4],
      ['hazardous-chemical-handling', 4, 4],
    ],
  ],
  [
    'carbon-footprint-report',
    '产品碳足迹核算报告',
    'Product carbon-footprint report',
    ['ehs-engineer', 'hydrometallurgy-engineer'],
    [['carbon-footprint-accounting', 4, 3]],
  ],
];

// ── Structural demand: segments employ occupations ───────────────────────────

/** The period the structural demand (EMPLOYS.demand) refers to. */
export const STRUCTURAL_PERIOD = '2025';

/** [occupation, headcount in post, demand (new hires a year)] per segment. */
export const segmentEmployment: Record<SegmentKey, [OccupationKey, number, number][]> = {
  'lithium-cobalt-nickel-resources': [
    ['chemical-process-operator', 180, 30],
    ['hydrometallurgy-engineer', 25, 8],
    ['ehs-engineer', 10, 3],
  ],
  'cathode-materials': [
    ['chemical-process-operator', 420, 80],
    ['materials-rd-engineer', 60, 18],
    ['quality-engineer', 40, 10],
    ['equipment-maintenance-technician', 80, 15],
    ['ehs-engineer', 20, 5],
  ],
  'anode-materials': [
    ['chemical-process-operator', 160, 30],
    ['materials-rd-engineer', 20, 6],
    ['quality-engineer', 15, 4],
  ],
  electrolyte: [
    ['chemical-process-operator', 90, 15],
    ['materials-rd-engineer', 15, 5],
    ['ehs-engineer', 12, 4],
  ],
  // No local separator maker: nobody in post; the demand is what attracting the link would need.
  separator: [
    ['chemical-process-operator', 0, 12],
    ['materials-rd-engineer', 0, 4],
  ],
  'current-collector-foil': [
    ['chemical-process-operator', 110, 20],
    ['equipment-maintenance-technician', 30, 6],
    ['quality-engineer', 10, 3],
  ],
  'battery-equipment': [
    ['automation-equipment-engineer', 150, 45],
    ['equipment-maintenance-technician', 120, 30],
    ['mes-engineer', 30, 12],
    ['industrial-data-analyst', 10, 5],
  ],
  'cell-manufacturing': [
    ['battery-production-operator', 5200, 900],
    ['battery-cell-process-engineer', 420, 120],
    ['battery-test-engineer', 160, 60],
    ['quality-engineer', 200, 60],
    ['equipment-maintenance-technician', 600, 140],
    ['industrial-data-analyst', 40, 25],
    ['mes-engineer', 60, 20],
    ['ehs-engineer', 50, 12],
    ['materials-rd-engineer', 80, 20],
  ],
  'module-pack-bms': [
    ['battery-production-operator', 1200, 200],
    ['bms-engineer', 90, 45],
    ['battery-test-engineer', 70, 30],
    ['quality-engineer', 60, 15],
  ],
  'vehicle-integration': [
    ['ev-assembly-technician', 600, 90],
    ['vehicle-integration-engineer', 80, 20],
    ['ev-maintenance-technician', 120, 30],
    ['quality-engineer', 40, 8],
    ['automotive-mechanic', 40, 4],
    ['motor-vehicle-inspector', 25, 3],
  ],
  'energy-storage-systems': [
    ['ess-commissioning-technician', 90, 60],
    ['ess-integration-engineer', 60, 35],
    ['bms-engineer', 30, 15],
    ['battery-test-engineer', 20, 10],
  ],
  'charging-swapping': [
    ['charging-facility-technician', 110, 35],
    ['ev-maintenance-technician', 30, 8],
  ],
  'battery-recycling': [
    ['battery-recycling-technician', 15, 25],
    ['hydrometallurgy-engineer', 6, 12],
    ['ehs-engineer', 3, 3],
  ],
};

const highlighted: Partial<Record<CompetencyKey, string>> = {
  'battery-safety-standards': '检测认证岗位与整车、储能企业普遍要求；本地院校尚无课程系统讲授。',
  'abuse-testing': '安全滥用测试需要专用防爆实验室，本地院校尚无对应课程。',
  'thermal-runaway-analysis': '储能与动力电池安全的核心能力，本地课程未覆盖。',
  'bms-state-estimation': 'BMS 算法岗位核心能力，现有 BMS 课程只讲软硬件基础。',
  'recycling-hydrometallurgy-process': '回收环节补链所需，本地院校无对应课程。',
  'data-driven-quality': '电芯产线数字化质量管理需要，现有质量课程停留在 SPC。',
};

export function occupationSide(): Part {
  const p = part();

  for (const [key, dimension, zh, en] of competencies)
    p.nodes.push(
      node(
        'Competency',
        key,
        compact({
          ...names(zh, en),
          dimension,
          description: highlighted[key],
          source: DEMO_CONTENT,
        }),
      ),
    );

  for (const [key, zh, en, marks] of occupations) {
    p.nodes.push(node('Occupation', key, { ...names(zh, en), ...marks, source: DEMO_CONTENT }));
    for (const [competency, importance, level] of occupationProfiles[key])
      p.edges.push(
        edge('REQUIRES', ['Occupation', key], ['Competency', competency], {
          importance,
          level,
          essential: importance >= 4,
        }),
      );
  }

  for (const [key, zh, en, performedBy, requires] of tasks) {
    p.nodes.push(node('Task', key, { ...names(zh, en), source: DEMO_CONTENT }));
    for (const occupation of performedBy)
      p.edges.push(edge('PERFORMS', ['Occupation', occupation], ['Task', key]));
    for (const [competency, importance, level] of requires)
      p.edges.push(
        edge('REQUIRES', ['Task', key], ['Competency', competency], {
          importance,
          level,
          essential: importance >= 4,
        }),
      );
  }

  for (const [segment, rows] of Object.entries(segmentEmployment))
    for (const [occupation, headcount, demand] of rows)
      p.edges.push(
        edge('EMPLOYS', ['Segment', segment], ['Occupation', occupation], {
          headcount,
          demand,
          period: STRUCTURAL_PERIOD,
        }),
      );

  return p;
}
