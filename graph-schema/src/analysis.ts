/**
 * The answers of the skill-gap and weak-links analyses as they cross the wire: the server builds
 * them, the web client draws them. Types only.
 */

/** Where occupation demand d_o comes from: the chain's EMPLOYS edges, or posting headcounts. */
export type DemandMode = 'structural' | 'postings';

/** What can supply competencies. */
export type SupplierKind = 'Institution' | 'Program' | 'MicroCredential';

export interface Supplier {
  kind: SupplierKind;
  key: string;
}

export interface CompetencyGap {
  key: string;
  name_zh: string;
  name_en?: string;
  /** knowledge / skill / quality (知识 / 能力 / 素质). */
  dimension: string;
  demand: number;
  /** δ_c, the competency's share of the chain's demand. */
  share: number;
  requiredLevel: number;
  taughtLevel: number;
  /** S_c in [0, 1]. */
  supply: number;
  /** g_c = δ_c · (1 − S_c). */
  gap: number;
  /** The teaching items behind the supply (courses or micro-credentials), best level first. */
  courses: { kind: string; key: string; level: number }[];
  occupations: { key: string; contribution: number }[];
}

export interface SkillGap {
  chain: string;
  region: string | null;
  supplier: Supplier;
  demandMode: DemandMode;
  period: string | null;
  /** Σ δ_c · S_c, or null when there is no demand (then `reason` says why). */
  coverage: number | null;
  reason?: string;
  totalDemand: number;
  /** Sorted by gap, largest first. */
  competencies: CompetencyGap[];
  /** Node ids (`Kind:key`) behind the answer, for the client to highlight. */
  highlight: string[];
}

export type LinkStatus = 'missing' | 'weak' | 'normal' | 'strong';

export interface WeakLinkThresholds {
  weakBelow: number;
  strongAbove: number;
}

export interface SegmentStrength {
  key: string;
  name_zh: string;
  name_en?: string;
  /** upstream / midstream / downstream. */
  position: string;
  order: number | null;
  localEnterprises: number;
  enterprises: number;
  locationQuotient: number | null;
  status: LinkStatus;
  /** Keys of the local enterprises behind the numbers. */
  local: string[];
}

export interface WeakLinks {
  chain: string;
  region: string;
  thresholds: WeakLinkThresholds;
  localEnterprises: number;
  enterprises: number;
  /** Ordered upstream → downstream (by segment order). */
  segments: SegmentStrength[];
  highlight: string[];
}
