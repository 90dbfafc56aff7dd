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

export const linkStatuses: readonly LinkStatus[] = ['missing', 'weak', 'normal', 'strong'];

/** Query parameters of `/api/analysis/skill-gap`, exactly one supplier given. */
export interface SkillGapParams {
  chain: string;
  region?: string;
  demand: DemandMode;
  period?: string;
  supplier: SupplierRef;
}

export interface WeakLinksParams {
  chain: string;
  region: string;
  weakBelow?: number;
  strongAbove?: number;
}
