/**
 * The analyses' answers as the server sends them (`/api/analysis/skill-gap`, `/weak-links`), and
 * the queries the client builds. The server defines these shapes in its own package, which the
 * client may not import; they are restated here, and the API client checks the fields it relies on.
 */

/** Where occupation demand d_o comes from: the chain's EMPLOYS edges, or posting headcounts. */
export type DemandMode = 'structural' | 'postings';

/** What can supply competencies: the query parameter names the server accepts. */
export type SupplierKind = 'Institution' | 'Program' | 'MicroCredential';

export const supplierKinds: readonly SupplierKind[] = ['Institution', 'Program', 'MicroCredential'];

export interface SupplierRef {
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

export interface SkillGapAnswer {
  chain: string;
  region: string | null;
  supplier: SupplierRef;
  demandMode: DemandMode;
  period: string | null;
  /** Σ δ_c · S_c, or null when there is no demand (then `reason` says why). */
  coverage: number | null;
  reason?: string;
  totalDemand: number;
  /** Sorted by gap, largest first. */
  competencies: CompetencyGap[];
  /** Node ids (`Kind:key`) behind the answer. */
  highlight: string[];
}

export type LinkStatus = 'missing' | 'weak' | 'normal' | 'strong';

export const linkStatuses: readonly LinkStatus[] = ['missing', 'weak', 'normal', 'strong'];

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
  /** Keys of the local enterprises. */
  local: string[];
}

export interface WeakLinksAnswer {
  chain: string;
  region: string;
  thresholds: { weakBelow: number; strongAbove: number };
  localEnterprises: number;
  enterprises: number;
  /** Ordered upstream → downstream (by segment order). */
  segments: SegmentStrength[];
  highlight: string[];
}

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
