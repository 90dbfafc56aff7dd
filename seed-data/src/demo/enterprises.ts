/**
 * The enterprises of the demo: 48 invented firms in 宁德市 and 8 in two reference cities. Names are
 * clearly fictional ("示例 / Demo"), keys are slugs (never credit codes). The spread is deliberate:
 * no local firm makes separators (missing link, 补链) and a single micro firm does recycling and
 * second-life use (weak link).
 */
import { SYNTHETIC, compact, edge, names, node, part, type Part } from './build.ts';
import { PARK_FUAN, PARK_LITHIUM, type SegmentKey } from './region.ts';

type Scale = 'micro' | 'small' | 'medium' | 'large';
type Tier = 'innovative' | 'specialised' | 'little-giant';

export interface EnterpriseRow {
  key: string;
  zh: string;
  en: string;
  county: string;
  park?: string;
  segments: [SegmentKey, number][];
  scale: Scale;
  tier?: [Tier, number];
  founded: number;
  employees: number;
  /** GB/T 4754-2017 code (or the demo grouping) the firm is classified under. */
  industry?: string;
  makes?: string[];
}

const e = (
  key: string,
  zh: string,
  en: string,
  county: string,
  segments: [SegmentKey, number][],
  facts: Omit<EnterpriseRow, 'key' | 'zh' | 'en' | 'county' | 'segments'>,
): EnterpriseRow => ({ key, zh, en, county, segments, ...facts });

const JIAOCHENG = '350902';
const XIAPU = '350921';
const GUTIAN = '350922';
const PINGNAN = '350923';
const SHOUNING = '350924';
const ZHOUNING = '350925';
const ZHERONG = '350926';
const FUAN = '350981';
const FUDING = '350982';

/** Enterprises located in the demo city. */
export const localEnterprises: EnterpriseRow[] = [
  // Resources and refining
  e(
    'ningde-demo-lithium-salt',
    '宁德示例锂盐材料有限公司',
    'Ningde Demo Lithium Salt Materials Co., Ltd.',
    FUAN,
    [['lithium-cobalt-nickel-resources', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2022],
      founded: 2016,
      employees: 420,
      industry: '32',
      makes: ['lithium-carbonate', 'lithium-hydroxide'],
    },
  ),
  e(
    'ningde-demo-nickel-cobalt',
    '宁德示例镍钴新材料有限公司',
    'Ningde Demo Nickel-Cobalt New Materials Co., Ltd.',
    FUAN,
    [
      ['lithium-cobalt-nickel-resources', 0.8],
      ['cathode-materials', 0.2],
    ],
    {
      scale: 'large',
      founded: 2018,
      employees: 1300,
      industry: '32',
      makes: ['nickel-cobalt-sulphate', 'ncm-precursor'],
    },
  ),
  // Cathode
  e(
    'ningde-demo-cathode-tech',
    '宁德示例正极科技股份有限公司',
    'Ningde Demo Cathode Technology Co., Ltd.',
    JIAOCHENG,
    [['cathode-materials', 1]],
    {
      park: PARK_LITHIUM,
      scale: 'large',
      founded: 2015,
      employees: 1800,
      industry: '26',
      makes: ['ncm-cathode'],
    },
  ),
  e(
    'xiapu-demo-lfp',
    '霞浦示例磷酸铁锂材料有限公司',
    'Xiapu Demo LFP Materials Co., Ltd.',
    XIAPU,
    [['cathode-materials', 1]],
    {
      scale: 'medium',
      tier: ['little-giant', 2023],
      founded: 2017,
      employees: 520,
      industry: '26',
      makes: ['lfp-cathode'],
    },
  ),
  e(
    'ningde-demo-precursor',
    '宁德示例前驱体材料有限公司',
    'Ningde Demo Precursor Materials Co., Ltd.',
    FUAN,
    [['cathode-materials', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2021],
      founded: 2017,
      employees: 380,
      industry: '26',
      makes: ['ncm-precursor'],
    },
  ),
  e(
    'gutian-demo-iron-phosphate',
    '古田示例磷酸铁化工有限公司',
    'Gutian Demo Iron Phosphate Chemicals Co., Ltd.',
    GUTIAN,
    [['cathode-materials', 1]],
    { scale: 'small', tier: ['innovative', 2023], founded: 2019, employees: 140, industry: '26' },
  ),
  e(
    'ningde-demo-material-coating',
    '宁德示例材料包覆技术有限公司',
    'Ningde Demo Material Coating Technology Co., Ltd.',
    JIAOCHENG,
    [
      ['cathode-materials', 0.7],
      ['anode-materials', 0.3],
    ],
    {
      park: PARK_LITHIUM,
      scale: 'small',
      tier: ['innovative', 2024],
      founded: 2020,
      employees: 65,
      industry: '26',
    },
  ),
  // Anode
  e(
    'pingnan-demo-graphite',
    '屏南示例石墨新材料有限公司',
    'Pingnan Demo Graphite New Materials Co., Ltd.',
    PINGNAN,
    [['anode-materials', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2022],
      founded: 2016,
      employees: 310,
      industry: '309',
      makes: ['artificial-graphite'],
    },
  ),
  e(
    'ningde-demo-silicon-carbon',
    '宁德示例硅碳负极科技有限公司',
    'Ningde Demo Silicon-Carbon Anode Technology Co., Ltd.',
    JIAOCHENG,
    [['anode-materials', 1]],
    {
      park: PARK_LITHIUM,
      scale: 'small',
      tier: ['little-giant', 2024],
      founded: 2019,
      employees: 150,
      industry: '309',
      makes: ['silicon-carbon-anode'],
    },
  ),
  e(
    'zhouning-demo-carbon',
    '周宁示例碳素材料有限公司',
    'Zhouning Demo Carbon Materials Co., Ltd.',
    ZHOUNING,
    [['anode-materials', 1]],
    { scale: 'small', founded: 2012, employees: 90, industry: '309' },
  ),
  // Electrolyte
  e(
    'ningde-demo-electrolyte',
    '宁德示例电解液有限公司',
    'Ningde Demo Electrolyte Co., Ltd.',
    JIAOCHENG,
    [['electrolyte', 1]],
    {
      park: PARK_LITHIUM,
      scale: 'medium',
      tier: ['specialised', 2021],
      founded: 2017,
      employees: 260,
      industry: '26',
      makes: ['liquid-electrolyte'],
    },
  ),
  e(
    'fuding-demo-fluorochem',
    '福鼎示例氟化工有限公司',
    'Fuding Demo Fluorochemicals Co., Ltd.',
    FUDING,
    [['electrolyte', 1]],
    {
      scale: 'medium',
      tier: ['innovative', 2022],
      founded: 2014,
      employees: 330,
      industry: '26',
      makes: ['lipf6'],
    },
  ),
  e(
    'ningde-demo-additives',
    '宁德示例电解液添加剂有限公司',
    'Ningde Demo Electrolyte Additives Co., Ltd.',
    JIAOCHENG,
    [['electrolyte', 1]],
    { scale: 'micro', tier: ['innovative', 2024], founded: 2021, employees: 18, industry: '26' },
  ),
  // Current-collector foil
  e(
    'ningde-demo-copper-foil',
    '宁德示例铜箔科技有限公司',
    'Ningde Demo Copper Foil Technology Co., Ltd.',
    FUAN,
    [['current-collector-foil', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2023],
      founded: 2018,
      employees: 450,
      industry: '32',
      makes: ['copper-foil'],
    },
  ),
  e(
    'fuan-demo-aluminium-foil',
    '福安示例铝箔材料有限公司',
    "Fu'an Demo Aluminium Foil Materials Co., Ltd.",
    FUAN,
    [['current-collector-foil', 1]],
    {
      park: PARK_FUAN,
      scale: 'small',
      tier: ['innovative', 2022],
      founded: 2019,
      employees: 120,
      industry: '32',
      makes: ['aluminium-foil'],
    },
  ),
  e(
    'zherong-demo-foil-processing',
    '柘荣示例箔材加工有限公司',
    'Zherong Demo Foil Processing Co., Ltd.',
    ZHERONG,
    [['current-collector-foil', 1]],
    { scale: 'micro', founded: 2020, employees: 26, industry: '32' },
  ),
  // Battery equipment
  e(
    'ningde-demo-coating-equipment',
    '宁德示例涂布装备有限公司',
    'Ningde Demo Coating Equipment Co., Ltd.',
    JIAOCHENG,
    [['battery-equipment', 1]],
    {
      park: PARK_LITHIUM,
      scale: 'medium',
      tier: ['little-giant', 2022],
      founded: 2013,
      employees: 380,
      industry: '35',
      makes: ['coating-machine'],
    },
  ),
  e(
    'ningde-demo-winding-automation',
    '宁德示例卷绕自动化有限公司',
    'Ningde Demo Winding Automation Co., Ltd.',
    JIAOCHENG,
    [['battery-equipment', 1]],
    {
      scale: 'small',
      tier: ['specialised', 2023],
      founded: 2016,
      employees: 160,
      industry: '35',
      makes: ['winding-machine'],
    },
  ),
  e(
    'fuan-demo-formation-systems',
    '福安示例化成检测设备有限公司',
    "Fu'an Demo Formation & Test Systems Co., Ltd.",
    FUAN,
    [['battery-equipment', 1]],
    {
      park: PARK_FUAN,
      scale: 'small',
      tier: ['specialised', 2022],
      founded: 2015,
      employees: 140,
      industry: '35',
      makes: ['formation-system'],
    },
  ),
  e(
    'ningde-demo-machine-vision',
    '宁德示例机器视觉科技有限公司',
    'Ningde Demo Machine Vision Technology Co., Ltd.',
    JIAOCHENG,
    [['battery-equipment', 1]],
    { scale: 'small', tier: ['innovative', 2023], founded: 2019, employees: 75, industry: '35' },
  ),
  e(
    'ningde-demo-laser-welding',
    '宁德示例激光焊接装备有限公司',
    'Ningde Demo Laser Welding Equipment Co., Ltd.',
    JIAOCHENG,
    [
      ['battery-equipment', 0.8],
      ['module-pack-bms', 0.2],
    ],
    { scale: 'small', tier: ['innovative', 2024], founded: 2018, employees: 95, industry: '35' },
  ),
  e(
    'xiapu-demo-logistics-automation',
    '霞浦示例智能物流装备有限公司',
    'Xiapu Demo Intelligent Logistics Equipment Co., Ltd.',
    XIAPU,
    [['battery-equipment', 1]],
    { scale: 'micro', founded: 2021, employees: 32, industry: '35' },
  ),
  e(
    'ningde-demo-dry-room',
    '宁德示例干燥房工程有限公司',
    'Ningde Demo Dry-Room Engineering Co., Ltd.',
    JIAOCHENG,
    [['battery-equipment', 1]],
    { scale: 'micro', tier: ['innovative', 2024], founded: 2020, employees: 28, industry: '35' },
  ),
  e(
    'gutian-demo-precision-molds',
    '古田示例精密模具有限公司',
    'Gutian Demo Precision Molds Co., Ltd.',
    GUTIAN,
    [['battery-equipment', 1]],
    { scale: 'small', founded: 2008, employees: 85, industry: '35' },
  ),
  e(
    'ningde-demo-industrial-software',
    '宁德示例工业软件有限公司',
    'Ningde Demo Industrial Software Co., Ltd.',
    JIAOCHENG,
    [
      ['battery-equipment', 0.6],
      ['cell-manufacturing', 0.4],
    ],
    { scale: 'small', tier: ['specialised', 2024], founded: 2017, employees: 120, industry: '65' },
  ),
  // Cells
  e(
    'ningde-demo-power-cell',
    '宁德示例动力电池股份有限公司',
    'Ningde Demo Power Battery Co., Ltd.',
    JIAOCHENG,
    [
      ['cell-manufacturing', 0.8],
      ['module-pack-bms', 0.2],
    ],
    {
      park: PARK_LITHIUM,
      scale: 'large',
      founded: 2011,
      employees: 12000,
      industry: '3841',
      makes: ['prismatic-ev-cell', 'battery-pack'],
    },
  ),
  e(
    'ningde-demo-ess-cell',
    '宁德示例储能电芯有限公司',
    'Ningde Demo Energy-Storage Cell Co., Ltd.',
    JIAOCHENG,
    [
      ['cell-manufacturing', 0.9],
      ['energy-storage-systems', 0.1],
    ],
    {
      park: PARK_LITHIUM,
      scale: 'large',
      founded: 2019,
      employees: 2600,
      industry: '3841',
      makes: ['ess-cell'],
    },
  ),
  e(
    'fuding-demo-cylindrical-cell',
    '福鼎示例圆柱电池有限公司',
    'Fuding Demo Cylindrical Cell Co., Ltd.',
    FUDING,
    [['cell-manufacturing', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2023],
      founded: 2018,
      employees: 650,
      industry: '3841',
    },
  ),
  e(
    'ningde-demo-solid-state',
    '宁德示例固态电池科技有限公司',
    'Ningde Demo Solid-State Battery Technology Co., Ltd.',
    JIAOCHENG,
    [['cell-manufacturing', 1]],
    {
      park: PARK_LITHIUM,
      scale: 'small',
      tier: ['innovative', 2024],
      founded: 2021,
      employees: 85,
      industry: '3841',
    },
  ),
  e(
    'ningde-demo-testing-lab',
    '宁德示例电池检测技术有限公司',
    'Ningde Demo Battery Testing Technology Co., Ltd.',
    JIAOCHENG,
    [
      ['cell-manufacturing', 0.5],
      ['module-pack-bms', 0.5],
    ],
    {
      park: PARK_LITHIUM,
      scale: 'small',
      tier: ['specialised', 2023],
      founded: 2016,
      employees: 140,
    },
  ),
  // Modules, packs, BMS
  e(
    'ningde-demo-pack-systems',
    '宁德示例电池系统有限公司',
    'Ningde Demo Battery Systems Co., Ltd.',
    JIAOCHENG,
    [['module-pack-bms', 1]],
    {
      park: PARK_LITHIUM,
      scale: 'medium',
      tier: ['specialised', 2021],
      founded: 2014,
      employees: 800,
      industry: '3841',
      makes: ['battery-pack'],
    },
  ),
  e(
    'ningde-demo-bms-electronics',
    '宁德示例BMS电子有限公司',
    'Ningde Demo BMS Electronics Co., Ltd.',
    JIAOCHENG,
    [['module-pack-bms', 1]],
    {
      scale: 'small',
      tier: ['little-giant', 2023],
      founded: 2015,
      employees: 210,
      industry: '39',
      makes: ['bms-unit'],
    },
  ),
  e(
    'fuan-demo-structural-parts',
    '福安示例电池结构件有限公司',
    "Fu'an Demo Battery Structural Parts Co., Ltd.",
    FUAN,
    [
      ['module-pack-bms', 0.6],
      ['cell-manufacturing', 0.4],
    ],
    {
      park: PARK_FUAN,
      scale: 'medium',
      tier: ['specialised', 2022],
      founded: 2012,
      employees: 520,
      industry: '3670',
    },
  ),
  e(
    'fuan-demo-busbar',
    '福安示例连接片科技有限公司',
    "Fu'an Demo Busbar Technology Co., Ltd.",
    FUAN,
    [['module-pack-bms', 1]],
    {
      park: PARK_FUAN,
      scale: 'small',
      tier: ['innovative', 2023],
      founded: 2017,
      employees: 110,
      industry: '3670',
    },
  ),
  e(
    'ningde-demo-thermal-management',
    '宁德示例热管理科技有限公司',
    'Ningde Demo Thermal Management Technology Co., Ltd.',
    JIAOCHENG,
    [['module-pack-bms', 1]],
    { scale: 'small', tier: ['innovative', 2022], founded: 2018, employees: 130, industry: '3670' },
  ),
  e(
    'gutian-demo-harness',
    '古田示例线束有限公司',
    'Gutian Demo Wiring Harness Co., Ltd.',
    GUTIAN,
    [
      ['module-pack-bms', 0.5],
      ['vehicle-integration', 0.5],
    ],
    { scale: 'small', founded: 2010, employees: 180, industry: '3670' },
  ),
  // Vehicles
  e(
    'ningde-demo-ev-maker',
    '宁德示例新能源汽车有限公司',
    'Ningde Demo New Energy Vehicle Co., Ltd.',
    FUAN,
    [['vehicle-integration', 1]],
    {
      park: PARK_FUAN,
      scale: 'large',
      founded: 2016,
      employees: 3500,
      industry: '3612',
      makes: ['electric-vehicle'],
    },
  ),
  e(
    'fuan-demo-motor',
    '福安示例电机有限公司',
    "Fu'an Demo Electric Motor Co., Ltd.",
    FUAN,
    [['vehicle-integration', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2021],
      founded: 2003,
      employees: 600,
      industry: '3670',
    },
  ),
  e(
    'ningde-demo-special-vehicle',
    '宁德示例专用车有限公司',
    'Ningde Demo Special Vehicles Co., Ltd.',
    JIAOCHENG,
    [['vehicle-integration', 1]],
    { scale: 'small', tier: ['innovative', 2023], founded: 2015, employees: 160, industry: '3612' },
  ),
  // Energy storage
  e(
    'ningde-demo-ess-integration',
    '宁德示例储能科技有限公司',
    'Ningde Demo Energy Storage Technology Co., Ltd.',
    JIAOCHENG,
    [['energy-storage-systems', 1]],
    {
      park: PARK_LITHIUM,
      scale: 'medium',
      tier: ['little-giant', 2024],
      founded: 2018,
      employees: 420,
      industry: '38',
      makes: ['ess-container'],
    },
  ),
  e(
    'xiapu-demo-microgrid',
    '霞浦示例微电网科技有限公司',
    'Xiapu Demo Microgrid Technology Co., Ltd.',
    XIAPU,
    [['energy-storage-systems', 1]],
    { scale: 'small', tier: ['specialised', 2024], founded: 2019, employees: 95, industry: '38' },
  ),
  e(
    'ningde-demo-power-conversion',
    '宁德示例变流技术有限公司',
    'Ningde Demo Power Conversion Technology Co., Ltd.',
    JIAOCHENG,
    [
      ['energy-storage-systems', 0.7],
      ['charging-swapping', 0.3],
    ],
    { scale: 'small', tier: ['innovative', 2023], founded: 2020, employees: 70, industry: '38' },
  ),
  e(
    'shouning-demo-clean-energy',
    '寿宁示例清洁能源有限公司',
    'Shouning Demo Clean Energy Co., Ltd.',
    SHOUNING,
    [['energy-storage-systems', 1]],
    { scale: 'micro', founded: 2022, employees: 22, industry: '38' },
  ),
  // Charging and swapping
  e(
    'ningde-demo-charging-network',
    '宁德示例充电网络有限公司',
    'Ningde Demo Charging Network Co., Ltd.',
    JIAOCHENG,
    [['charging-swapping', 1]],
    {
      scale: 'medium',
      founded: 2017,
      employees: 260,
      industry: 'ev-charging-swapping-services',
      makes: ['dc-fast-charger'],
    },
  ),
  e(
    'ningde-demo-battery-swap',
    '宁德示例换电科技有限公司',
    'Ningde Demo Battery Swap Technology Co., Ltd.',
    JIAOCHENG,
    [['charging-swapping', 1]],
    {
      scale: 'small',
      tier: ['innovative', 2024],
      founded: 2021,
      employees: 120,
      industry: 'ev-charging-swapping-services',
      makes: ['swap-station'],
    },
  ),
  e(
    'fuding-demo-charging-service',
    '福鼎示例充电服务有限公司',
    'Fuding Demo Charging Services Co., Ltd.',
    FUDING,
    [['charging-swapping', 1]],
    { scale: 'micro', founded: 2022, employees: 15, industry: 'ev-charging-swapping-services' },
  ),
  e(
    'zherong-demo-charger-parts',
    '柘荣示例充电桩零部件有限公司',
    'Zherong Demo Charger Parts Co., Ltd.',
    ZHERONG,
    [['charging-swapping', 1]],
    { scale: 'micro', tier: ['innovative', 2025], founded: 2021, employees: 30, industry: '38' },
  ),
  // Recycling and second life: one micro firm only (the weak link).
  e(
    'fuding-demo-battery-reuse',
    '福鼎示例电池梯次利用有限公司',
    'Fuding Demo Battery Second-Life Co., Ltd.',
    FUDING,
    [
      ['battery-recycling', 0.7],
      ['energy-storage-systems', 0.3],
    ],
    { scale: 'micro', tier: ['innovative', 2024], founded: 2022, employees: 28, industry: '42' },
  ),
];

const HAICANG = '350205';
const JINTAN = '320413';
const LIYANG = '320481';

/** Enterprises outside the demo city: the baseline for location quotients, and the separator
 * and recycling firms the region could attract. */
export const outsideEnterprises: EnterpriseRow[] = [
  e(
    'xiamen-demo-separator',
    '厦门示例隔膜科技有限公司',
    'Xiamen Demo Separator Technology Co., Ltd.',
    HAICANG,
    [['separator', 1]],
    {
      scale: 'medium',
      tier: ['little-giant', 2022],
      founded: 2014,
      employees: 700,
      industry: '292',
      makes: ['wet-pe-separator'],
    },
  ),
  e(
    'changzhou-demo-separator',
    '常州示例隔膜材料有限公司',
    'Changzhou Demo Separator Materials Co., Ltd.',
    JINTAN,
    [['separator', 1]],
    {
      scale: 'large',
      founded: 2012,
      employees: 2200,
      industry: '292',
      makes: ['wet-pe-separator', 'ceramic-coated-separator'],
    },
  ),
  e(
    'liyang-demo-coated-film',
    '溧阳示例涂覆膜有限公司',
    'Liyang Demo Coated Film Co., Ltd.',
    LIYANG,
    [['separator', 1]],
    {
      scale: 'small',
      tier: ['specialised', 2023],
      founded: 2018,
      employees: 180,
      industry: '292',
      makes: ['ceramic-coated-separator'],
    },
  ),
  e(
    'xiamen-demo-recycling',
    '厦门示例资源再生有限公司',
    'Xiamen Demo Resource Recycling Co., Ltd.',
    HAICANG,
    [['battery-recycling', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2022],
      founded: 2016,
      employees: 520,
      industry: '42',
      makes: ['black-mass', 'nickel-cobalt-sulphate'],
    },
  ),
  e(
    'changzhou-demo-recycling',
    '常州示例电池再生科技有限公司',
    'Changzhou Demo Battery Regeneration Technology Co., Ltd.',
    JINTAN,
    [
      ['battery-recycling', 0.8],
      ['lithium-cobalt-nickel-resources', 0.2],
    ],
    {
      scale: 'medium',
      tier: ['little-giant', 2023],
      founded: 2015,
      employees: 610,
      industry: '42',
      makes: ['black-mass'],
    },
  ),
  e(
    'liyang-demo-second-life',
    '溧阳示例梯次储能有限公司',
    'Liyang Demo Second-Life Storage Co., Ltd.',
    LIYANG,
    [
      ['battery-recycling', 0.6],
      ['energy-storage-systems', 0.4],
    ],
    { scale: 'small', tier: ['innovative', 2024], founded: 2020, employees: 90, industry: '42' },
  ),
  e(
    'changzhou-demo-cell',
    '常州示例锂电池有限公司',
    'Changzhou Demo Lithium Battery Co., Ltd.',
    LIYANG,
    [['cell-manufacturing', 1]],
    {
      scale: 'large',
      founded: 2010,
      employees: 5000,
      industry: '3841',
      makes: ['prismatic-ev-cell'],
    },
  ),
  e(
    'xiamen-demo-cathode',
    '厦门示例正极材料有限公司',
    'Xiamen Demo Cathode Materials Co., Ltd.',
    HAICANG,
    [['cathode-materials', 1]],
    {
      scale: 'medium',
      tier: ['specialised', 2021],
      founded: 2013,
      employees: 900,
      industry: '26',
      makes: ['ncm-cathode'],
    },
  ),
];

export const allEnterprises = [...localEnterprises, ...outsideEnterprises];

export function enterpriseCounty(key: string): string {
  const found = allEnterprises.find((x) => x.key === key);
  if (!found) throw new Error(`demo data: unknown enterprise ${key}`);
  return found.county;
}

export function enterpriseSide(): Part {
  const p = part();
  for (const x of allEnterprises) {
    p.nodes.push(
      node(
        'Enterprise',
        x.key,
        compact({
          ...names(x.zh, x.en),
          scale: x.scale,
          tier: x.tier?.[0],
          tierYear: x.tier?.[1],
          founded: x.founded,
          employees: x.employees,
          source: SYNTHETIC,
        }),
      ),
    );
    p.edges.push(edge('LOCATED_IN', ['Enterprise', x.key], ['Region', x.county]));
    if (x.park) p.edges.push(edge('LOCATED_IN', ['Enterprise', x.key], ['Park', x.park]));
    for (const [segment, revenueShare] of x.segments)
      p.edges.push(
        edge('OPERATES_IN', ['Enterprise', x.key], ['Segment', segment], { revenueShare }),
      );
    if (x.industry)
      p.edges.push(edge('CLASSIFIED_AS', ['Enterprise', x.key], ['Industry', x.industry]));
    for (const product of x.makes ?? [])
      p.edges.push(edge('MAKES', ['Enterprise', x.key], ['Product', product]));
  }
  return p;
}
