/**
 * The analyses' answers (`/api/analysis/skill-gap`, `/weak-links`) — shared with the server through
 * graph-schema — and the queries the client builds.
 */
import type {
  CompetencyGap,
  DemandMode,
  LinkStatus,
  SegmentStrength,
  SkillGap,
  Supplier,
  SupplierKind,
  WeakLinks,
} from '@chanjiao/graph-schema';

export type { CompetencyGap, DemandMode, LinkStatus, SegmentStrength, SupplierKind };
export type SupplierRef = Supplier;
export type SkillGapAnswer = SkillGap;
export type WeakLinksAnswer = WeakLinks;

export const supplierKinds: readonly SupplierKind[] = ['Institution', 'Program', 'MicroCredential'];

/**
 * Whether an analysis follows cross-scheme mappings: with `follow`, an occupation without its own
 * REQUIRES edges borrows the profile of one it is SAME_AS / BROADER_MATCH (server default `ignore`).
 */
export type MappingMode = 'ignore' | 'follow';

export const linkStatuses: readonly LinkStatus[] = ['missing', 'weak', 'normal', 'strong'];

/** Query parameters of `/api/analysis/skill-gap`, exactly one supplier given. */
export interface SkillGapParams {
  chain: string;
  region?: string;
  demand: DemandMode;
  period?: string;
  /** Omitted for the server's default, `ignore`. */
  mappings?: MappingMode;
  supplier: SupplierRef;
}

export interface WeakLinksParams {
  chain: string;
  region: string;
  weakBelow?: number;
  strongAbove?: number;
}
