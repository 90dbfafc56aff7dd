/**
 * The collaboration side of the demo (产教科融合): the consortium and its members, the expert
 * library, training bases (real production line, remote, virtual simulation), shared equipment,
 * technology services (中试·工艺改进·技术咨询·成果转化), teaching resources and two projects.
 * Experts carry invented placeholder names (专家甲…癸), never real people.
 */
import { SYNTHETIC, edge, names, node, part, type Part, type Ref } from './build.ts';
import type { CompetencyKey } from './occupations.ts';
import { CHAIN, CITY, PARK_FUAN, PARK_LITHIUM, type SegmentKey } from './region.ts';
import { COLLEGE, UNIVERSITY } from './education.ts';

export const CONSORTIUM = 'ningde-demo-battery-consortium';

const U: Ref = ['Institution', UNIVERSITY];
const V: Ref = ['Institution', COLLEGE];
const ent = (key: string): Ref => ['Enterprise', key];

// ── Experts (专家库) ──────────────────────────────────────────────────────────

interface ExpertRow {
  key: string;
  zh: string;
  en: string;
  title: string;
  affiliation: Ref;
  has: [CompetencyKey, number][];
  specialises: ([kind: 'Segment', key: SegmentKey] | [kind: 'Industry' | 'Chain', key: string])[];
}

export const experts: ExpertRow[] = [
  {
    key: 'expert-jia',
    zh: '专家甲（虚构）',
    en: 'Expert Jia (fictional)',
    title: '教授 Professor',
    affiliation: U,
    has: [
      ['electrochemistry-fundamentals', 5],
      ['cathode-material-chemistry', 5],
      ['materials-characterisation', 4],
      ['materials-synthesis', 4],
    ],
    specialises: [
      ['Segment', 'cathode-materials'],
      ['Industry', '26'],
    ],
  },
  {
    key: 'expert-yi',
    zh: '专家乙（虚构）',
    en: 'Expert Yi (fictional)',
    title: '副教授 Associate professor',
    affiliation: U,
    has: [
      ['bms-state-estimation', 5],
      ['control-theory', 5],
      ['power-electronics', 4],
      ['machine-learning-basics', 4],
    ],
    specialises: [
      ['Segment', 'module-pack-bms'],
      ['Segment', 'energy-storage-systems'],
    ],
  },
  {
    key: 'expert-bing',
    zh: '专家丙（虚构）',
    en: 'Expert Bing (fictional)',
    title: '总工程师 Chief engineer',
    affiliation: ent('ningde-demo-power-cell'),
    has: [
      ['cell-process-optimisation', 5],
      ['electrode-coating', 5],
      ['formation-grading', 4],
      ['failure-analysis', 4],
    ],
    specialises: [
      ['Segment', 'cell-manufacturing'],
      ['Industry', '3841'],
    ],
  },
  {
    key: 'expert-ding',
    zh: '专家丁（虚构）',
    en: 'Expert Ding (fictional)',
    title: '高级工程师 Senior engineer',
    affiliation: ent('ningde-demo-testing-lab'),
    has: [
      ['abuse-testing', 5],
      ['battery-safety-standards', 5],
      ['thermal-runaway-analysis', 4],
      ['battery-transport-regulations', 4],
    ],
    specialises: [
      ['Segment', 'cell-manufacturing'],
      ['Chain', CHAIN],
    ],
  },
  {
    key: 'expert-wu',
    zh: '专家戊（虚构）',
    en: 'Expert Wu (fictional)',
    title: '研究员 Research fellow',
    affiliation: ent('changzhou-demo-recycling'),
    has: [
      ['recycling-hydrometallurgy-process', 5],
      ['hydrometallurgy-principles', 5],
      ['environmental-regulations', 4],
      ['wastewater-treatment', 4],
    ],
    specialises: [
      ['Segment', 'battery-recycling'],
      ['Industry', '42'],
    ],
  },
  {
    key: 'expert-ji',
    zh: '专家己（虚构）',
    en: 'Expert Ji (fictional)',
    title: '高级技师 Senior technician',
    affiliation: V,
    has: [
      ['ev-fault-diagnosis', 5],
      ['high-voltage-safety-operation', 5],
      ['ev-architecture', 4],
      ['battery-module-testing', 3],
    ],
    specialises: [
      ['Segment', 'vehicle-integration'],
      ['Industry', '3612'],
    ],
  },
  {
    key: 'expert-geng',
    zh: '专家庚（虚构）',
    en: 'Expert Geng (fictional)',
    title: '技术总监 Technical director',
    affiliation: ent('ningde-demo-coating-equipment'),
    has: [
      ['equipment-design-cad', 5],
      ['motion-control-programming', 4],
      ['machine-vision', 4],
      ['electrode-coating', 4],
    ],
    specialises: [
      ['Segment', 'battery-equipment'],
      ['Industry', '35'],
    ],
  },
  {
    key: 'expert-xin',
    zh: '专家辛（虚构）',
    en: 'Expert Xin (fictional)',
    title: '教授 Professor',
    affiliation: U,
    has: [
      ['data-driven-quality', 4],
      ['machine-learning-basics', 5],
      ['python-data-analysis', 5],
      ['industrial-data-pipeline', 4],
    ],
    specialises: [['Chain', CHAIN]],
  },
  {
    key: 'expert-ren',
    zh: '专家壬（虚构）',
    en: 'Expert Ren (fictional)',
    title: '高级工程师 Senior engineer',
    affiliation: ent('ningde-demo-ess-integration'),
    has: [
      ['ess-system-design', 5],
      ['ems-configuration', 4],
      ['grid-connection-ess', 4],
      ['thermal-runaway-analysis', 3],
    ],
    specialises: [
      ['Segment', 'energy-storage-systems'],
      ['Industry', '38'],
    ],
  },
  {
    key: 'expert-gui',
    zh: '专家癸（虚构）',
    en: 'Expert Gui (fictional)',
    title: '讲师 Lecturer',
    affiliation: V,
    has: [
      ['chemical-process-operation', 4],
      ['dcs-operation', 4],
      ['hazardous-chemical-handling', 5],
      ['occupational-safety', 4],
    ],
    specialises: [
      ['Segment', 'cathode-materials'],
      ['Segment', 'electrolyte'],
    ],
  },
];

// ── Consortium membership ────────────────────────────────────────────────────

const memberEnterprises = [
  'ningde-demo-power-cell',
  'ningde-demo-ess-cell',
  'ningde-demo-cathode-tech',
  'ningde-demo-coating-equipment',
  'ningde-demo-pack-systems',
  'ningde-demo-bms-electronics',
  'ningde-demo-ess-integration',
  'ningde-demo-ev-maker',
  'ningde-demo-testing-lab',
  'ningde-demo-industrial-software',
  'fuding-demo-battery-reuse',
  'xiapu-demo-lfp',
  'pingnan-demo-graphite',
  'ningde-demo-charging-network',
];

// ── Training bases, equipment, services, resources, projects ─────────────────

const trainingBases = [
  {
    key: 'tb-cell-pilot-line',
    zh: '电芯中试生产线实训基地',
    en: 'Cell pilot production line training base',
    baseType: 'production-line' as const,
    capacity: 40,
    host: V,
    county: '350981',
    supports: [
      'ndvc-battery-manufacturing',
      'ndvc-formation-testing',
      'ndu-cell-design-manufacturing',
    ],
  },
  {
    key: 'tb-enterprise-pack-line',
    zh: '企业 PACK 产线实训基地',
    en: 'Enterprise pack assembly line training base',
    baseType: 'production-line' as const,
    capacity: 30,
    host: ent('ningde-demo-pack-systems'),
    county: '350902',
    supports: ['ndvc-pack-assembly', 'ndvc-quality-inspection'],
  },
  {
    key: 'tb-remote-ess-om',
    zh: '储能电站远程运维实训平台',
    en: 'Remote energy-storage O&M training platform',
    baseType: 'remote' as const,
    capacity: 120,
    host: ent('ningde-demo-ess-integration'),
    county: '350902',
    supports: ['ndvc-ess-operation', 'ndu-ess-grid'],
  },
  {
    key: 'tb-vr-thermal-runaway',
    zh: '动力电池热失控虚拟仿真实训平台',
    en: 'Battery thermal-runaway virtual simulation platform',
    baseType: 'virtual-simulation' as const,
    capacity: 60,
    host: U,
    county: '350902',
    supports: ['ndu-battery-testing'],
  },
  {
    key: 'tb-vr-ev-high-voltage',
    zh: '新能源汽车高压系统虚拟仿真实训室',
    en: 'EV high-voltage system virtual simulation lab',
    baseType: 'virtual-simulation' as const,
    capacity: 50,
    host: V,
    county: '350981',
    supports: ['ndvc-hv-safety', 'ndvc-ev-diagnosis'],
  },
];

const equipment = [
  {
    key: 'eq-battery-cycler',
    zh: '电池充放电测试系统',
    en: 'Battery cycler',
    model: '示例型号 DEMO-BT512',
    valueCny: 1_200_000,
    host: U,
    supports: ['ndu-battery-testing', 'ndvc-formation-testing'],
  },
  {
    key: 'eq-arc-calorimeter',
    zh: '加速量热仪（ARC）',
    en: 'Accelerating rate calorimeter (ARC)',
    model: '示例型号 DEMO-ARC1',
    valueCny: 3_800_000,
    host: ent('ningde-demo-testing-lab'),
    supports: [],
  },
  {
    key: 'eq-sem',
    zh: '扫描电子显微镜',
    en: 'Scanning electron microscope',
    model: '示例型号 DEMO-SEM7',
    valueCny: 2_600_000,
    host: U,
    supports: ['ndu-materials-analysis'],
  },
  {
    key: 'eq-pilot-coater',
    zh: '中试涂布机',
    en: 'Pilot coating machine',
    model: '示例型号 DEMO-CT300',
    valueCny: 900_000,
    host: ent('ningde-demo-coating-equipment'),
    supports: ['ndvc-battery-manufacturing'],
  },
  {
    key: 'eq-industrial-ct',
    zh: '工业 X 射线 CT',
    en: 'Industrial X-ray CT',
    model: '示例型号 DEMO-XCT9',
    valueCny: 4_500_000,
    host: ent('ningde-demo-power-cell'),
    supports: [],
  },
  {
    key: 'eq-icp-oes',
    zh: 'ICP-OES 元素分析仪',
    en: 'ICP-OES elemental analyser',
    model: '示例型号 DEMO-ICP2',
    valueCny: 650_000,
    host: V,
    supports: ['ndvc-materials-testing'],
  },
];

const services = [
  {
    key: 'svc-material-pilot-testing',
    zh: '电池材料中试验证',
    en: 'Battery material pilot testing',
    serviceType: 'pilot-testing' as const,
    providers: [U, ent('ningde-demo-testing-lab')],
  },
  {
    key: 'svc-coating-process-improvement',
    zh: '极片涂布工艺改进',
    en: 'Electrode coating process improvement',
    serviceType: 'process-improvement' as const,
    providers: [ent('ningde-demo-coating-equipment'), ['Expert', 'expert-geng'] as Ref],
  },
  {
    key: 'svc-safety-standard-consulting',
    zh: '电池安全标准与认证咨询',
    en: 'Battery safety standards and certification consulting',
    serviceType: 'consulting' as const,
    providers: [ent('ningde-demo-testing-lab'), ['Expert', 'expert-ding'] as Ref],
  },
  {
    key: 'svc-smart-factory-diagnosis',
    zh: '智改数转诊断咨询',
    en: 'Smart-factory and digitalisation diagnosis',
    serviceType: 'consulting' as const,
    providers: [U, ent('ningde-demo-industrial-software'), ['Expert', 'expert-xin'] as Ref],
  },
  {
    key: 'svc-recycling-tech-transfer',
    zh: '湿法回收技术成果转化',
    en: 'Hydrometallurgical recycling technology transfer',
    serviceType: 'technology-transfer' as const,
    providers: [['Expert', 'expert-wu'] as Ref],
  },
  {
    key: 'svc-bms-algorithm-transfer',
    zh: 'BMS 状态估算算法成果转化',
    en: 'BMS state-estimation algorithm transfer',
    serviceType: 'technology-transfer' as const,
    providers: [U, ['Expert', 'expert-yi'] as Ref],
  },
];

const resources = [
  {
    key: 'res-textbook-battery-manufacturing',
    zh: '《锂离子电池制造工艺》新形态教材',
    en: 'Lithium-ion Battery Manufacturing (new-form textbook)',
    resourceType: 'textbook' as const,
    providers: [V, ent('ningde-demo-power-cell')],
    supports: ['ndvc-battery-manufacturing', 'ndu-cell-design-manufacturing'],
  },
  {
    key: 'res-textbook-ess-operation',
    zh: '《储能电站运行与维护》活页式教材',
    en: 'Energy-Storage Station O&M (loose-leaf textbook)',
    resourceType: 'textbook' as const,
    providers: [V, ent('ningde-demo-ess-integration')],
    supports: ['ndvc-ess-operation'],
  },
  {
    key: 'res-textbook-ev-diagnosis',
    zh: '《新能源汽车故障诊断》工作手册式教材',
    en: 'EV Fault Diagnosis (workbook textbook)',
    resourceType: 'textbook' as const,
    providers: [V, ['Expert', 'expert-ji'] as Ref],
    supports: ['ndvc-ev-diagnosis'],
  },
  {
    key: 'res-case-coating-defects',
    zh: '涂布缺陷分析企业案例集',
    en: 'Coating defect analysis: enterprise cases',
    resourceType: 'case' as const,
    providers: [ent('ningde-demo-power-cell'), ['Expert', 'expert-bing'] as Ref],
    supports: ['ndu-cell-design-manufacturing', 'ndu-quality-reliability'],
  },
  {
    key: 'res-case-ess-fire-incident',
    zh: '储能电站热失控事故复盘案例',
    en: 'Energy-storage thermal-runaway incident review (case)',
    resourceType: 'case' as const,
    providers: [ent('ningde-demo-ess-integration'), ['Expert', 'expert-ren'] as Ref],
    supports: ['ndu-ess-grid', 'ndvc-ess-operation'],
  },
  {
    key: 'res-case-pack-line-lean',
    zh: 'PACK 产线精益改善案例',
    en: 'Lean improvement on a pack line (case)',
    resourceType: 'case' as const,
    providers: [ent('ningde-demo-pack-systems')],
    supports: ['ndvc-lean-5s'],
  },
  {
    key: 'res-training-pack-hv-safety',
    zh: '高压安全作业企业培训包',
    en: 'High-voltage safe working training package',
    resourceType: 'training-package' as const,
    providers: [ent('ningde-demo-ev-maker'), V],
    supports: ['ndvc-hv-safety'],
  },
  {
    key: 'res-training-pack-equipment-om',
    zh: '锂电装备运维培训包',
    en: 'Battery equipment O&M training package',
    resourceType: 'training-package' as const,
    providers: [ent('ningde-demo-coating-equipment')],
    supports: ['ndvc-equipment-maintenance'],
  },
];

const projects = [
  {
    key: 'proj-battery-safety-joint-lab',
    zh: '动力电池安全测试联合实验室共建',
    en: 'Joint battery safety testing laboratory',
    startYear: 2025,
    status: 'running' as const,
    lead: U,
    members: [
      ent('ningde-demo-testing-lab'),
      ent('ningde-demo-power-cell'),
      ['Expert', 'expert-ding'] as Ref,
      ['Consortium', CONSORTIUM] as Ref,
    ],
  },
  {
    key: 'proj-recycling-link-building',
    zh: '电池回收补链招引与湿法工艺中试',
    en: 'Recycling link-building and hydrometallurgy pilot',
    startYear: 2026,
    status: 'planned' as const,
    lead: ['Consortium', CONSORTIUM] as Ref,
    members: [
      V,
      ent('fuding-demo-battery-reuse'),
      ent('changzhou-demo-recycling'),
      ['Expert', 'expert-wu'] as Ref,
    ],
  },
];

export function collaborationSide(): Part {
  const p = part();

  p.nodes.push(
    node('Consortium', CONSORTIUM, {
      ...names(
        '宁德示例新能源电池产教科融合发展联合体',
        'Ningde Demo New-Energy Battery Industry–Education–Science Consortium',
      ),
      founded: 2025,
      description:
        '示例：按“区域+行业领域”组建，由宁德示例大学牵头，联合职业院校、园区和链上企业。',
      source: SYNTHETIC,
    }),
  );
  p.edges.push(
    edge('LOCATED_IN', ['Consortium', CONSORTIUM], ['Region', CITY]),
    edge('MEMBER_OF', U, ['Consortium', CONSORTIUM], { role: 'lead' }),
    edge('MEMBER_OF', V, ['Consortium', CONSORTIUM], { role: 'member' }),
    edge('MEMBER_OF', ['Park', PARK_LITHIUM], ['Consortium', CONSORTIUM], { role: 'member' }),
    edge('MEMBER_OF', ['Park', PARK_FUAN], ['Consortium', CONSORTIUM], { role: 'member' }),
  );
  for (const key of memberEnterprises)
    p.edges.push(edge('MEMBER_OF', ent(key), ['Consortium', CONSORTIUM], { role: 'member' }));

  for (const x of experts) {
    p.nodes.push(
      node('Expert', x.key, { ...names(x.zh, x.en), title: x.title, source: SYNTHETIC }),
    );
    p.edges.push(
      edge('AFFILIATED_WITH', ['Expert', x.key], x.affiliation),
      edge('MEMBER_OF', ['Expert', x.key], ['Consortium', CONSORTIUM], { role: 'member' }),
    );
    for (const [competency, level] of x.has)
      p.edges.push(
        edge('HAS_COMPETENCY', ['Expert', x.key], ['Competency', competency], {
          level,
          evidence: '专家库登记 expert library record',
        }),
      );
    for (const target of x.specialises)
      p.edges.push(edge('SPECIALISES_IN', ['Expert', x.key], target));
  }

  for (const b of trainingBases) {
    p.nodes.push(
      node('TrainingBase', b.key, {
        ...names(b.zh, b.en),
        baseType: b.baseType,
        capacity: b.capacity,
        source: SYNTHETIC,
      }),
    );
    p.edges.push(
      edge('HOSTS', b.host, ['TrainingBase', b.key]),
      edge('LOCATED_IN', ['TrainingBase', b.key], ['Region', b.county]),
    );
    for (const c of b.supports)
      p.edges.push(edge('SUPPORTS', ['TrainingBase', b.key], ['Course', c]));
  }
  p.edges.push(
    edge('LOCATED_IN', ['TrainingBase', 'tb-enterprise-pack-line'], ['Park', PARK_LITHIUM]),
  );

  for (const q of equipment) {
    p.nodes.push(
      node('Equipment', q.key, {
        ...names(q.zh, q.en),
        model: q.model,
        valueCny: q.valueCny,
        source: SYNTHETIC,
      }),
    );
    p.edges.push(edge('HOSTS', q.host, ['Equipment', q.key]));
    for (const c of q.supports) p.edges.push(edge('SUPPORTS', ['Equipment', q.key], ['Course', c]));
  }

  for (const s of services) {
    p.nodes.push(
      node('Service', s.key, {
        ...names(s.zh, s.en),
        serviceType: s.serviceType,
        source: SYNTHETIC,
      }),
    );
    for (const provider of s.providers)
      p.edges.push(edge('PROVIDES', provider, ['Service', s.key]));
  }

  for (const r of resources) {
    p.nodes.push(
      node('Resource', r.key, {
        ...names(r.zh, r.en),
        resourceType: r.resourceType,
        source: SYNTHETIC,
      }),
    );
    for (const provider of r.providers)
      p.edges.push(edge('PROVIDES', provider, ['Resource', r.key]));
    for (const c of r.supports) p.edges.push(edge('SUPPORTS', ['Resource', r.key], ['Course', c]));
  }

  for (const j of projects) {
    p.nodes.push(
      node('Project', j.key, {
        ...names(j.zh, j.en),
        startYear: j.startYear,
        status: j.status,
        source: SYNTHETIC,
      }),
    );
    p.edges.push(edge('PARTICIPATES_IN', j.lead, ['Project', j.key], { role: 'lead' }));
    for (const m of j.members)
      p.edges.push(edge('PARTICIPATES_IN', m, ['Project', j.key], { role: 'member' }));
  }

  return p;
}
