/**
 * The industry side of the demo region: real administrative divisions (宁德市 and its nine
 * county-level divisions, plus two reference cities elsewhere), the GB/T 4754-2017 codes the chain
 * touches, the new-energy-vehicle & power-battery cluster, its chain, thirteen segments, products
 * and two parks.
 */
import {
  DEMO_CONTENT,
  REAL_INDUSTRY_SOURCE,
  REAL_REGION_SOURCE,
  SYNTHETIC,
  compact,
  edge,
  names,
  node,
  part,
  type Part,
} from './build.ts';

// ── Regions (统计用区划代码 2023) ───────────────────────────────────────────────

export const PROVINCE = '350000';
export const CITY = '350900';

export interface RegionRow {
  code: string;
  zh: string;
  en: string;
  level: 'province' | 'city' | 'county';
  parent?: string;
}

export const regions: RegionRow[] = [
  { code: '350000', zh: '福建省', en: 'Fujian Province', level: 'province' },
  { code: '350900', zh: '宁德市', en: 'Ningde', level: 'city', parent: '350000' },
  { code: '350902', zh: '蕉城区', en: 'Jiaocheng District', level: 'county', parent: '350900' },
  { code: '350921', zh: '霞浦县', en: 'Xiapu County', level: 'county', parent: '350900' },
  { code: '350922', zh: '古田县', en: 'Gutian County', level: 'county', parent: '350900' },
  { code: '350923', zh: '屏南县', en: 'Pingnan County', level: 'county', parent: '350900' },
  { code: '350924', zh: '寿宁县', en: 'Shouning County', level: 'county', parent: '350900' },
  { code: '350925', zh: '周宁县', en: 'Zhouning County', level: 'county', parent: '350900' },
  { code: '350926', zh: '柘荣县', en: 'Zherong County', level: 'county', parent: '350900' },
  { code: '350981', zh: '福安市', en: "Fu'an", level: 'county', parent: '350900' },
  { code: '350982', zh: '福鼎市', en: 'Fuding', level: 'county', parent: '350900' },
  // Reference regions outside the demo city, home of a few enterprises (the national baseline
  // of the location quotient and the missing separator link).
  { code: '350200', zh: '厦门市', en: 'Xiamen', level: 'city', parent: '350000' },
  { code: '350205', zh: '海沧区', en: 'Haicang District', level: 'county', parent: '350200' },
  { code: '320000', zh: '江苏省', en: 'Jiangsu Province', level: 'province' },
  { code: '320400', zh: '常州市', en: 'Changzhou', level: 'city', parent: '320000' },
  { code: '320413', zh: '金坛区', en: 'Jintan District', level: 'county', parent: '320400' },
  { code: '320481', zh: '溧阳市', en: 'Liyang', level: 'county', parent: '320400' },
];

/** County-level codes of the demo city. */
export const CITY_COUNTIES = regions.filter((r) => r.parent === CITY).map((r) => r.code);

// ── Industries (GB/T 4754-2017, only codes we are certain of) ─────────────────

interface IndustryRow {
  key: string;
  zh: string;
  en: string;
  level?: 'section' | 'division' | 'group' | 'class';
  parent?: string;
  /** false for an invented grouping with a slug key and no code claim. */
  coded: boolean;
}

export const industries: IndustryRow[] = [
  { key: 'B', zh: '采矿业', en: 'Mining', level: 'section', coded: true },
  {
    key: '09',
    zh: '有色金属矿采选业',
    en: 'Mining and dressing of non-ferrous metal ores',
    level: 'division',
    parent: 'B',
    coded: true,
  },
  { key: 'C', zh: '制造业', en: 'Manufacturing', level: 'section', coded: true },
  {
    key: '26',
    zh: '化学原料和化学制品制造业',
    en: 'Manufacture of chemical raw materials and chemical products',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '29',
    zh: '橡胶和塑料制品业',
    en: 'Manufacture of rubber and plastic products',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '292',
    zh: '塑料制品业',
    en: 'Manufacture of plastic products',
    level: 'group',
    parent: '29',
    coded: true,
  },
  {
    key: '30',
    zh: '非金属矿物制品业',
    en: 'Manufacture of non-metallic mineral products',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '309',
    zh: '石墨及其他非金属矿物制品制造',
    en: 'Manufacture of graphite and other non-metallic mineral products',
    level: 'group',
    parent: '30',
    coded: true,
  },
  {
    key: '32',
    zh: '有色金属冶炼和压延加工业',
    en: 'Smelting and pressing of non-ferrous metals',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '35',
    zh: '专用设备制造业',
    en: 'Manufacture of special-purpose machinery',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '36',
    zh: '汽车制造业',
    en: 'Manufacture of automobiles',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '361',
    zh: '汽车整车制造',
    en: 'Manufacture of complete vehicles',
    level: 'group',
    parent: '36',
    coded: true,
  },
  {
    key: '3612',
    zh: '新能源车整车制造',
    en: 'Manufacture of new-energy complete vehicles',
    level: 'class',
    parent: '361',
    coded: true,
  },
  {
    key: '367',
    zh: '汽车零部件及配件制造',
    en: 'Manufacture of automobile parts and accessories',
    level: 'group',
    parent: '36',
    coded: true,
  },
  {
    key: '3670',
    zh: '汽车零部件及配件制造',
    en: 'Manufacture of automobile parts and accessories',
    level: 'class',
    parent: '367',
    coded: true,
  },
  {
    key: '38',
    zh: '电气机械和器材制造业',
    en: 'Manufacture of electrical machinery and equipment',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '384',
    zh: '电池制造',
    en: 'Manufacture of batteries',
    level: 'group',
    parent: '38',
    coded: true,
  },
  {
    key: '3841',
    zh: '锂离子电池制造',
    en: 'Manufacture of lithium-ion batteries',
    level: 'class',
    parent: '384',
    coded: true,
  },
  {
    key: '39',
    zh: '计算机、通信和其他电子设备制造业',
    en: 'Manufacture of computers, communication and other electronic equipment',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: '42',
    zh: '废弃资源综合利用业',
    en: 'Comprehensive utilisation of waste resources',
    level: 'division',
    parent: 'C',
    coded: true,
  },
  {
    key: 'I',
    zh: '信息传输、软件和信息技术服务业',
    en: 'Information transmission, software and information technology services',
    level: 'section',
    coded: true,
  },
  {
    key: '65',
    zh: '软件和信息技术服务业',
    en: 'Software and information technology services',
    level: 'division',
    parent: 'I',
    coded: true,
  },
  {
    key: 'ev-charging-swapping-services',
    zh: '充换电设施运营服务（示例归类）',
    en: 'EV charging and battery-swapping services (demo grouping)',
    coded: false,
  },
];

// ── Cluster, chain, segments ─────────────────────────────────────────────────

export const CLUSTER = 'ningde-nev-power-battery-cluster';
export const CHAIN = 'nev-power-battery-chain';

export type SegmentKey =
  | 'lithium-cobalt-nickel-resources'
  | 'cathode-materials'
  | 'anode-materials'
  | 'electrolyte'
  | 'separator'
  | 'current-collector-foil'
  | 'battery-equipment'
  | 'cell-manufacturing'
  | 'module-pack-bms'
  | 'vehicle-integration'
  | 'energy-storage-systems'
  | 'charging-swapping'
  | 'battery-recycling';

interface SegmentRow {
  key: SegmentKey;
  zh: string;
  en: string;
  position: 'upstream' | 'midstream' | 'downstream';
  industries: string[];
  description: string;
}

export const segments: SegmentRow[] = [
  {
    key: 'lithium-cobalt-nickel-resources',
    zh: '锂钴镍资源与冶炼',
    en: 'Lithium, cobalt & nickel resources and refining',
    position: 'upstream',
    industries: ['09', '32'],
    description: '锂盐、镍钴中间品与硫酸盐的开采、冶炼与精制。',
  },
  {
    key: 'cathode-materials',
    zh: '正极材料',
    en: 'Cathode materials',
    position: 'upstream',
    industries: ['26'],
    description: '三元（NCM/NCA）与磷酸铁锂正极材料及其前驱体。',
  },
  {
    key: 'anode-materials',
    zh: '负极材料',
    en: 'Anode materials',
    position: 'upstream',
    industries: ['309'],
    description: '人造石墨、天然石墨与硅碳负极材料。',
  },
  {
    key: 'electrolyte',
    zh: '电解液',
    en: 'Electrolyte',
    position: 'upstream',
    industries: ['26'],
    description: '六氟磷酸锂等锂盐、溶剂与添加剂，电解液配制。',
  },
  {
    key: 'separator',
    zh: '隔膜',
    en: 'Separator',
    position: 'upstream',
    industries: ['292'],
    description: '湿法/干法聚烯烃隔膜与陶瓷涂覆隔膜。',
  },
  {
    key: 'current-collector-foil',
    zh: '铜箔与铝箔',
    en: 'Copper & aluminium current-collector foil',
    position: 'upstream',
    industries: ['32'],
    description: '锂电用电解铜箔与涂碳铝箔。',
  },
  {
    key: 'battery-equipment',
    zh: '锂电装备',
    en: 'Battery manufacturing equipment',
    position: 'upstream',
    industries: ['35'],
    description: '搅拌、涂布、辊压、卷绕/叠片、化成分容与检测装备。',
  },
  {
    key: 'cell-manufacturing',
    zh: '电芯制造',
    en: 'Cell manufacturing',
    position: 'midstream',
    industries: ['3841'],
    description: '方形、圆柱与软包锂离子电芯的设计与制造。',
  },
  {
    key: 'module-pack-bms',
    zh: '模组与PACK/电池管理系统',
    en: 'Modules, packs & battery management systems',
    position: 'midstream',
    industries: ['3841', '39'],
    description: '模组、电池包（PACK）集成与 BMS 软硬件。',
  },
  {
    key: 'vehicle-integration',
    zh: '整车集成',
    en: 'Vehicle integration',
    position: 'downstream',
    industries: ['3612', '3670'],
    description: '新能源乘用车、商用车与专用车整车制造及三电集成。',
  },
  {
    key: 'energy-storage-systems',
    zh: '储能系统集成',
    en: 'Energy-storage system integration',
    position: 'downstream',
    industries: ['38'],
    description: '电化学储能电站、工商业与户用储能系统集成。',
  },
  {
    key: 'charging-swapping',
    zh: '充换电服务',
    en: 'Charging & battery swapping',
    position: 'downstream',
    industries: ['ev-charging-swapping-services'],
    description: '充电桩、换电站的建设与运营维护。',
  },
  {
    key: 'battery-recycling',
    zh: '电池回收与梯次利用',
    en: 'Battery recycling & second-life use',
    position: 'downstream',
    industries: ['42'],
    description: '退役动力电池的回收、拆解、湿法再生与梯次利用。',
  },
];

/** Material and value flows between segments, with the input share where it makes sense. */
const segmentFlows: [SegmentKey, SegmentKey, number | undefined][] = [
  ['lithium-cobalt-nickel-resources', 'cathode-materials', 0.65],
  ['lithium-cobalt-nickel-resources', 'electrolyte', 0.3],
  ['cathode-materials', 'cell-manufacturing', 0.4],
  ['anode-materials', 'cell-manufacturing', 0.12],
  ['electrolyte', 'cell-manufacturing', 0.1],
  ['separator', 'cell-manufacturing', 0.08],
  ['current-collector-foil', 'cell-manufacturing', 0.1],
  ['battery-equipment', 'cell-manufacturing', undefined],
  ['battery-equipment', 'module-pack-bms', undefined],
  ['cell-manufacturing', 'module-pack-bms', 0.75],
  ['module-pack-bms', 'vehicle-integration', 0.35],
  ['module-pack-bms', 'energy-storage-systems', 0.6],
  ['vehicle-integration', 'charging-swapping', undefined],
  ['vehicle-integration', 'battery-recycling', undefined],
  ['energy-storage-systems', 'battery-recycling', undefined],
];

// ── Products ─────────────────────────────────────────────────────────────────

interface ProductRow {
  key: string;
  zh: string;
  en: string;
  partOf?: string;
}

export const products: ProductRow[] = [
  { key: 'lithium-carbonate', zh: '电池级碳酸锂', en: 'Battery-grade lithium carbonate' },
  { key: 'lithium-hydroxide', zh: '电池级氢氧化锂', en: 'Battery-grade lithium hydroxide' },
  { key: 'nickel-cobalt-sulphate', zh: '硫酸镍钴', en: 'Nickel–cobalt sulphate' },
  { key: 'ncm-precursor', zh: '三元前驱体', en: 'NCM precursor' },
  { key: 'ncm-cathode', zh: '三元正极材料', en: 'NCM cathode material' },
  { key: 'lfp-cathode', zh: '磷酸铁锂正极材料', en: 'LFP cathode material' },
  { key: 'artificial-graphite', zh: '人造石墨负极', en: 'Artificial graphite anode' },
  { key: 'silicon-carbon-anode', zh: '硅碳负极', en: 'Silicon–carbon anode' },
  { key: 'lipf6', zh: '六氟磷酸锂', en: 'Lithium hexafluorophosphate (LiPF6)' },
  { key: 'liquid-electrolyte', zh: '锂电池电解液', en: 'Lithium-ion electrolyte' },
  { key: 'wet-pe-separator', zh: '湿法聚乙烯隔膜', en: 'Wet-process PE separator' },
  { key: 'ceramic-coated-separator', zh: '陶瓷涂覆隔膜', en: 'Ceramic-coated separator' },
  { key: 'copper-foil', zh: '锂电铜箔（6μm）', en: 'Battery copper foil (6 µm)' },
  { key: 'aluminium-foil', zh: '涂碳铝箔', en: 'Carbon-coated aluminium foil' },
  { key: 'coating-machine', zh: '极片涂布机', en: 'Electrode coating machine' },
  { key: 'winding-machine', zh: '卷绕机', en: 'Winding machine' },
  { key: 'formation-system', zh: '化成分容系统', en: 'Formation & grading system' },
  { key: 'prismatic-ev-cell', zh: '方形动力电芯', en: 'Prismatic EV cell' },
  { key: 'ess-cell', zh: '储能电芯（280Ah）', en: 'Energy-storage cell (280 Ah)' },
  { key: 'battery-pack', zh: '动力电池包', en: 'EV battery pack' },
  { key: 'bms-unit', zh: '电池管理系统主控', en: 'BMS master controller', partOf: 'battery-pack' },
  { key: 'electric-vehicle', zh: '纯电动汽车', en: 'Battery electric vehicle' },
  { key: 'ess-container', zh: '集装箱储能系统', en: 'Containerised energy-storage system' },
  { key: 'dc-fast-charger', zh: '直流快充桩', en: 'DC fast charger' },
  { key: 'swap-station', zh: '换电站', en: 'Battery-swap station' },
  { key: 'black-mass', zh: '电池黑粉', en: 'Black mass' },
];

const productFlows: [string, string][] = [
  ['lithium-carbonate', 'lfp-cathode'],
  ['lithium-hydroxide', 'ncm-cathode'],
  ['lithium-carbonate', 'lipf6'],
  ['nickel-cobalt-sulphate', 'ncm-precursor'],
  ['ncm-precursor', 'ncm-cathode'],
  ['lipf6', 'liquid-electrolyte'],
  ['ncm-cathode', 'prismatic-ev-cell'],
  ['lfp-cathode', 'ess-cell'],
  ['lfp-cathode', 'prismatic-ev-cell'],
  ['artificial-graphite', 'prismatic-ev-cell'],
  ['artificial-graphite', 'ess-cell'],
  ['silicon-carbon-anode', 'prismatic-ev-cell'],
  ['liquid-electrolyte', 'prismatic-ev-cell'],
  ['liquid-electrolyte', 'ess-cell'],
  ['wet-pe-separator', 'ceramic-coated-separator'],
  ['ceramic-coated-separator', 'prismatic-ev-cell'],
  ['copper-foil', 'prismatic-ev-cell'],
  ['aluminium-foil', 'prismatic-ev-cell'],
  ['prismatic-ev-cell', 'battery-pack'],
  ['ess-cell', 'ess-container'],
  ['battery-pack', 'electric-vehicle'],
  ['black-mass', 'nickel-cobalt-sulphate'],
];

/** Segment-level product lines (what a segment makes, whoever makes it locally). */
const segmentProducts: [SegmentKey, string[]][] = [
  [
    'lithium-cobalt-nickel-resources',
    ['lithium-carbonate', 'lithium-hydroxide', 'nickel-cobalt-sulphate'],
  ],
  ['cathode-materials', ['ncm-precursor', 'ncm-cathode', 'lfp-cathode']],
  ['anode-materials', ['artificial-graphite', 'silicon-carbon-anode']],
  ['electrolyte', ['lipf6', 'liquid-electrolyte']],
  ['separator', ['wet-pe-separator', 'ceramic-coated-separator']],
  ['current-collector-foil', ['copper-foil', 'aluminium-foil']],
  ['battery-equipment', ['coating-machine', 'winding-machine', 'formation-system']],
  ['cell-manufacturing', ['prismatic-ev-cell', 'ess-cell']],
  ['module-pack-bms', ['battery-pack', 'bms-unit']],
  ['vehicle-integration', ['electric-vehicle']],
  ['energy-storage-systems', ['ess-container']],
  ['charging-swapping', ['dc-fast-charger', 'swap-station']],
  ['battery-recycling', ['black-mass']],
];

// ── Parks ────────────────────────────────────────────────────────────────────

export const PARK_LITHIUM = 'ningde-demo-lithium-park';
export const PARK_FUAN = 'fuan-demo-ev-parts-park';

const parks = [
  {
    key: PARK_LITHIUM,
    zh: '宁德示例锂电新能源产业园',
    en: 'Ningde Demo Lithium New-Energy Industrial Park',
    county: '350902',
    parkLevel: 'provincial' as const,
    areaKm2: 18.5,
  },
  {
    key: PARK_FUAN,
    zh: '福安示例新能源汽车零部件产业园',
    en: "Fu'an Demo NEV Parts Industrial Park",
    county: '350981',
    parkLevel: 'municipal' as const,
    areaKm2: 6.2,
  },
];

export function industrySide(): Part {
  const p = part();

  for (const r of regions) {
    p.nodes.push(
      node('Region', r.code, { ...names(r.zh, r.en), level: r.level, source: REAL_REGION_SOURCE }),
    );
    if (r.parent) p.edges.push(edge('PART_OF', ['Region', r.code], ['Region', r.parent]));
  }

  for (const i of industries) {
    p.nodes.push(
      node(
        'Industry',
        i.key,
        i.coded
          ? compact({
              ...names(i.zh, i.en),
              scheme: 'GB/T 4754-2017',
              level: i.level,
              source: REAL_INDUSTRY_SOURCE,
            })
          : {
              ...names(i.zh, i.en),
              description: '示例归类，未声明 GB/T 4754-2017 代码。',
              source: `${SYNTHETIC} (grouping without a GB/T 4754-2017 code claim)`,
            },
      ),
    );
    if (i.parent) p.edges.push(edge('PART_OF', ['Industry', i.key], ['Industry', i.parent]));
  }

  p.nodes.push(
    node('Cluster', CLUSTER, {
      ...names(
        '宁德新能源汽车与动力电池产业集群（示例）',
        'Ningde NEV & power-battery cluster (demo)',
      ),
      clusterType: 'pillar',
      description: '示例：以动力电池为核心、覆盖材料—电芯—整车—储能—回收的支柱产业集群。',
      source: SYNTHETIC,
    }),
    node('Chain', CHAIN, {
      ...names('新能源汽车动力电池产业链', 'NEV power-battery industry chain'),
      description: '从锂钴镍资源、四大主材与装备，到电芯、PACK、整车、储能、充换电与回收。',
      source: DEMO_CONTENT,
    }),
  );
  p.edges.push(
    edge('LOCATED_IN', ['Cluster', CLUSTER], ['Region', CITY]),
    edge('PART_OF', ['Chain', CHAIN], ['Cluster', CLUSTER]),
    edge('CLASSIFIED_AS', ['Chain', CHAIN], ['Industry', '3841']),
  );

  segments.forEach((s, index) => {
    p.nodes.push(
      node('Segment', s.key, {
        ...names(s.zh, s.en),
        position: s.position,
        order: index + 1,
        description: s.description,
        source: DEMO_CONTENT,
      }),
    );
    p.edges.push(edge('PART_OF', ['Segment', s.key], ['Chain', CHAIN]));
    for (const industry of s.industries)
      p.edges.push(edge('CLASSIFIED_AS', ['Segment', s.key], ['Industry', industry]));
  });
  for (const [from, to, share] of segmentFlows)
    p.edges.push(edge('UPSTREAM_OF', ['Segment', from], ['Segment', to], compact({ share })));

  for (const pr of products) {
    p.nodes.push(node('Product', pr.key, { ...names(pr.zh, pr.en), source: DEMO_CONTENT }));
    if (pr.partOf) p.edges.push(edge('PART_OF', ['Product', pr.key], ['Product', pr.partOf]));
  }
  for (const [from, to] of productFlows)
    p.edges.push(edge('UPSTREAM_OF', ['Product', from], ['Product', to]));
  for (const [segment, made] of segmentProducts)
    for (const product of made)
      p.edges.push(edge('MAKES', ['Segment', segment], ['Product', product]));

  for (const pk of parks) {
    p.nodes.push(
      node('Park', pk.key, {
        ...names(pk.zh, pk.en),
        parkLevel: pk.parkLevel,
        areaKm2: pk.areaKm2,
        source: SYNTHETIC,
      }),
    );
    p.edges.push(edge('LOCATED_IN', ['Park', pk.key], ['Region', pk.county]));
  }

  return p;
}
