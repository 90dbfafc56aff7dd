/** The reference sets a CLI can load by name: each has a description and valid, closed records. */
import { describe, expect, it } from 'vitest';
import { nodeId, validateRecord, type NodeRecord } from '@chanjiao/graph-schema';
import * as seedData from '../index.ts';
import { isReferenceSetName, referenceSets } from './index.ts';

describe('referenceSets', () => {
  it('offers regions and gbt4754-sections', () => {
    expect(Object.keys(referenceSets).sort()).toEqual(['gbt4754-sections', 'regions']);
    expect(isReferenceSetName('regions')).toBe(true);
    expect(isReferenceSetName('gbt4754-sections')).toBe(true);
    expect(isReferenceSetName('toString')).toBe(false);
    expect(isReferenceSetName(undefined)).toBe(false);
  });

  it('is exported from the package with the record builders', () => {
    expect(seedData.referenceSets).toBe(referenceSets);
    expect(typeof seedData.chinaRegionRecords).toBe('function');
    expect(typeof seedData.gbt4754SectionRecords).toBe('function');
  });

  for (const [name, set] of Object.entries(referenceSets))
    it(`${name}: described, valid and closed (every edge endpoint is in the set)`, () => {
      expect(set.description.length).toBeGreaterThan(20);
      const records = set.records();
      expect(records.length).toBeGreaterThan(0);
      expect(records.every((r) => validateRecord(r).ok)).toBe(true);
      const ids = new Set(
        records.filter((r): r is NodeRecord => r.type === 'node').map((n) => nodeId(n)),
      );
      for (const r of records)
        if (r.type === 'edge') {
          expect(ids.has(nodeId(r.from)), nodeId(r.from)).toBe(true);
          expect(ids.has(nodeId(r.to)), nodeId(r.to)).toBe(true);
        }
    });
});
