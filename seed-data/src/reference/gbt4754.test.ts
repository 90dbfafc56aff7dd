/**
 * Checks the GB/T 4754-2017 reference set: 20 sections A–T, 97 divisions 01–97 each under one
 * section, valid records without duplicates, and the demo region's industries worded identically.
 */
import { describe, expect, it } from 'vitest';
import {
  edgeId,
  nodeId,
  validateRecord,
  type EdgeRecord,
  type NodeRecord,
} from '@chanjiao/graph-schema';
import { demoRegionRecords } from '../index.ts';
import { GBT4754_SCHEME, GBT4754_SOURCE, gbt4754SectionRecords } from './gbt4754.ts';

const records = gbt4754SectionRecords();
const nodes = records.filter((r): r is NodeRecord => r.type === 'node');
const edges = records.filter((r): r is EdgeRecord => r.type === 'edge');
const byKey = new Map(nodes.map((n) => [n.key, n]));
const sections = nodes.filter((n) => n.props.level === 'section');
const divisions = nodes.filter((n) => n.props.level === 'division');

describe('gbt4754SectionRecords', () => {
  it('has the 20 sections A–T', () => {
    expect(sections.map((s) => s.key)).toEqual([...'ABCDEFGHIJKLMNOPQRST']);
    expect(byKey.get('A')?.props.name_zh).toBe('农、林、牧、渔业');
    expect(byKey.get('C')?.props.name_zh).toBe('制造业');
    expect(byKey.get('T')?.props.name_zh).toBe('国际组织');
  });

  it('has the 97 divisions 01–97, in order, each PART_OF one section', () => {
    const codes = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(divisions.map((d) => d.key)).toEqual(codes);
    expect(edges).toHaveLength(divisions.length);
    const parent = new Map(edges.map((e) => [e.from.key, e.to.key]));
    for (const d of divisions) expect(parent.get(d.key), d.key).toMatch(/^[A-T]$/);
    // Sections are contiguous ranges of divisions.
    const order = divisions.map((d) => parent.get(d.key));
    expect(order).toEqual([...order].sort());
    expect(parent.get('05')).toBe('A');
    expect(parent.get('13')).toBe('C');
    expect(parent.get('43')).toBe('C');
    expect(parent.get('65')).toBe('I');
    expect(parent.get('96')).toBe('S');
    expect(parent.get('97')).toBe('T');
  });

  it('all pass validateRecord, with scheme, level and source', () => {
    for (const r of records) expect(validateRecord(r).ok, JSON.stringify(r)).toBe(true);
    for (const n of nodes) {
      expect(n.kind).toBe('Industry');
      expect(n.props.scheme).toBe(GBT4754_SCHEME);
      expect(n.props.source).toBe(GBT4754_SOURCE);
      expect(n.props.name_en).toBeUndefined();
      expect(String(n.props.name_zh).length).toBeGreaterThan(0);
    }
  });

  it('has no duplicates and every PART_OF joins existing industries', () => {
    expect(new Set(nodes.map(nodeId)).size).toBe(nodes.length);
    expect(new Set(edges.map(edgeId)).size).toBe(edges.length);
    for (const e of edges) {
      expect(e.rel).toBe('PART_OF');
      expect(byKey.get(e.from.key)?.props.level).toBe('division');
      expect(byKey.get(e.to.key)?.props.level).toBe('section');
    }
  });

  it('agrees with the demo region’s sections and divisions, so loading both is a clean upsert', () => {
    const demo = demoRegionRecords();
    const demoIndustries = demo.filter(
      (r): r is NodeRecord =>
        r.type === 'node' &&
        r.kind === 'Industry' &&
        (r.props.level === 'section' || r.props.level === 'division'),
    );
    expect(demoIndustries.length).toBeGreaterThan(0);
    for (const d of demoIndustries) {
      const ref = byKey.get(d.key);
      expect(ref, d.key).toBeDefined();
      expect(ref?.props.name_zh, d.key).toBe(d.props.name_zh);
      expect(ref?.props.level, d.key).toBe(d.props.level);
      expect(ref?.props.scheme, d.key).toBe(d.props.scheme);
      expect(ref?.props.source, d.key).toBe(d.props.source);
    }
    const keys = new Set(demoIndustries.map((d) => d.key));
    const refEdges = new Set(edges.map(edgeId));
    const demoPartOf = demo.filter(
      (r): r is EdgeRecord =>
        r.type === 'edge' && r.rel === 'PART_OF' && keys.has(r.from.key) && keys.has(r.to.key),
    );
    expect(demoPartOf.length).toBeGreaterThan(0);
    for (const e of demoPartOf) expect(refEdges.has(edgeId(e)), edgeId(e)).toBe(true);
  });
});
