/**
 * @chanjiao/seed-data — the demo region of Chanjiao Atlas: 宁德市 (Ningde, Fujian), a
 * power-battery city, with its new-energy-vehicle & power-battery chain, invented enterprises,
 * occupations and competencies, an invented university and vocational college, postings, graduate
 * cohorts, candidates and the consortium around them. Region codes and GB/T 4754-2017 codes are
 * real; everything else is synthetic and says so in its `source`. See seed-data/README.md.
 */
import type { EdgeRecord, GraphRecord, NodeRecord } from '@chanjiao/graph-schema';
import type { Part } from './demo/build.ts';
import { collaborationSide } from './demo/collaboration.ts';
import { educationSide } from './demo/education.ts';
import { enterpriseSide } from './demo/enterprises.ts';
import { labourMarketSide } from './demo/labour-market.ts';
import { occupationSide } from './demo/occupations.ts';
import { CHAIN, CITY, CLUSTER, PROVINCE, industrySide } from './demo/region.ts';
import { demoStory, type DemoStory } from './demo/story.ts';

export { demoStory, type DemoStory } from './demo/story.ts';

function sides(): Part[] {
  return [
    industrySide(),
    enterpriseSide(),
    occupationSide(),
    educationSide(),
    labourMarketSide(),
    collaborationSide(),
  ];
}

/** The demo region as import records: every node first, then every edge. Deterministic. */
export function demoRegionRecords(): GraphRecord[] {
  const parts = sides();
  const nodes: NodeRecord[] = parts.flatMap((p) => p.nodes);
  const edges: EdgeRecord[] = parts.flatMap((p) => p.edges);
  return [...nodes, ...edges];
}

export interface DemoRegionInfo {
  cityCode: string;
  provinceCode: string;
  name: { zh: string; en: string };
  cluster: string;
  chain: string;
  counts: {
    nodes: number;
    edges: number;
    byKind: Record<string, number>;
    byRel: Record<string, number>;
  };
  summary: { zh: string; en: string };
  story: DemoStory;
}

function countRecords(records: GraphRecord[]): DemoRegionInfo['counts'] {
  const byKind: Record<string, number> = {};
  const byRel: Record<string, number> = {};
  for (const r of records)
    if (r.type === 'node') byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    else byRel[r.rel] = (byRel[r.rel] ?? 0) + 1;
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes: sum(byKind), edges: sum(byRel), byKind, byRel };
}

export const demoRegionInfo: DemoRegionInfo = {
  cityCode: CITY,
  provinceCode: PROVINCE,
  name: { zh: '福建省宁德市', en: 'Ningde, Fujian' },
  cluster: CLUSTER,
  chain: CHAIN,
  counts: countRecords(demoRegionRecords()),
  summary: {
    zh:
      '宁德市新能源汽车动力电池产业链（示例数据）：隔膜环节本地无企业（补链），电池回收与梯次利用仅一家微型企业（弱链）；' +
      '电池安全标准与滥用测试、热失控分析、BMS 状态估算、湿法回收、数据驱动质量等高需求能力本地课程无人讲授；' +
      '汽车检测与维修技术专业对口就业率仅约三分之一且目标岗位需求减半（建议改造/缩减），储能系统应用技术专业目标岗位需求接近翻倍（建议扩招）。',
    en:
      "Ningde's NEV power-battery chain (synthetic demo data): no local separator maker (a missing link) and a single micro " +
      'firm in recycling and second-life use (a weak link); in-demand competencies — battery safety standards and abuse ' +
      'testing, thermal-runaway analysis, BMS state estimation, hydrometallurgical recycling, data-driven quality — are taught ' +
      'by no local course; the automotive inspection & repair program places only a third of its employed graduates in its ' +
      'target occupations while their demand halves (reform or shrink), and demand for the energy-storage application ' +
      "program's occupations nearly doubles (expand).",
  },
  story: demoStory,
};
export {
  referenceSets,
  isReferenceSetName,
  type ReferenceSet,
  type ReferenceSetName,
} from './reference/index.ts';
export { chinaRegionRecords, REGION_SOURCE, REGION_GROUPING_NAMES } from './reference/regions.ts';
export {
  gbt4754SectionRecords,
  gbt4754Sections,
  GBT4754_SCHEME,
  GBT4754_SOURCE,
  type Gbt4754Section,
} from './reference/gbt4754.ts';
export {
  generateGraph,
  writeNdjson,
  type GenerateOptions,
  type NdjsonStats,
} from './generate/index.ts';
export {
  presets,
  presetNames,
  isPresetName,
  presetSampleFolder,
  type ImportPresetFile,
  type PresetName,
} from './presets.ts';
