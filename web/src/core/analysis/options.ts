/**
 * What the analysis pickers offer — the chains, regions and suppliers (institutions, programs,
 * micro-credentials) the search endpoint lists — and the defaults chosen from them so that a view
 * shows something useful at once: the first chain, the region of that chain's cluster, the first
 * institution.
 */
import type { NodeDetail, SearchHit } from '@chanjiao/graph-schema';
import { supplierKinds, type SupplierKind, type SupplierRef } from './types.ts';

export interface PickerOption {
  key: string;
  name_zh: string;
  name_en?: string;
}

export interface PickerOptions {
  chains: PickerOption[];
  regions: PickerOption[];
  suppliers: Record<SupplierKind, PickerOption[]>;
}

export interface AnalysisDefaults {
  chain: string;
  /** The chain's region when it can be told, else the first region listed, else none (''). */
  region: string;
  supplier: SupplierRef | null;
}

export type PickerOptionsState =
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'ready'; options: PickerOptions; defaults: AnalysisDefaults }
  | { type: 'error'; message: string };

/** The most options a picker lists (the search endpoint's largest page). */
export const pickerLimit = 200;

/** The kinds the pickers list, in the order they are fetched. */
export const pickerKinds = ['Chain', 'Region', ...supplierKinds] as const;

const toOption = ({ key, name_zh, name_en }: SearchHit): PickerOption => ({
  key,
  name_zh,
  ...(name_en !== undefined && { name_en }),
});

/** Options from one search hit list per picker kind. Regions are ordered by code. */
export function optionsFromHits(
  hits: Record<(typeof pickerKinds)[number], SearchHit[]>,
): PickerOptions {
  return {
    chains: hits.Chain.map(toOption),
    regions: hits.Region.map(toOption).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    suppliers: {
      Institution: hits.Institution.map(toOption),
      Program: hits.Program.map(toOption),
      MicroCredential: hits.MicroCredential.map(toOption),
    },
  };
}

/** Keys of the nodes a node detail links to through `rel` in `direction`, of kind `kind`. */
export function relatedKeys(
  detail: NodeDetail,
  rel: string,
  direction: 'out' | 'in',
  kind: string,
): string[] {
  return detail.relationships
    .filter((r) => r.rel === rel && r.direction === direction && r.other.kind === kind)
    .map((r) => r.other.key);
}

export function defaultsFrom(options: PickerOptions, chainRegion: string | null): AnalysisDefaults {
  const chain = options.chains[0]?.key ?? '';
  const known = chainRegion !== null && options.regions.some((r) => r.key === chainRegion);
  const region = known ? chainRegion : (options.regions[0]?.key ?? '');
  const firstSupplier = supplierKinds
    .map((kind) => ({ kind, key: options.suppliers[kind][0]?.key }))
    .find((s): s is SupplierRef => s.key !== undefined);
  return { chain, region, supplier: firstSupplier ?? null };
}

/**
 * How deep a 统计用区划代码 sits: 0 for a province (`350000`), 1 for a prefecture (`350900`),
 * 2 below (`350902`). Longer codes (township level) count as 3.
 */
export function regionDepth(code: string): number {
  if (!/^\d{6}/.test(code)) return 0;
  if (code.length > 6) return 3;
  if (code.endsWith('0000')) return 0;
  if (code.endsWith('00')) return 1;
  return 2;
}
