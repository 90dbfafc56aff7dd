/**
 * The skill-gap view's state, which lives in the address: the chain, region, supplier (one of
 * `institution`, `program`, `microCredential` — the API's own parameter names, so a view's address
 * reads like its API request), demand mode, period, whether to follow cross-scheme mappings, and
 * the competency picked in the table or the graph (`sel`). The pickers work on `SkillGapQuery`, the
 * same state in the shape of the form; the changes below turn one into the other.
 */
import { z } from 'zod';
import { choiceParam, compact, nodeIdParam, textParam } from '../router/search.ts';
import type { AnalysisDefaults, PickerOptions } from './options.ts';
import type { Checked } from './request.ts';
import {
  supplierKinds,
  type DemandMode,
  type SkillGapParams,
  type SupplierKind,
  type SupplierRef,
} from './types.ts';

export const skillGapSearchSchema = z.object({
  chain: textParam,
  region: textParam,
  institution: textParam,
  program: textParam,
  microCredential: textParam,
  demand: choiceParam(['structural', 'postings']),
  period: textParam,
  mappings: choiceParam(['follow', 'ignore']),
  sel: nodeIdParam,
  /** The table's filter (e.g. 未开设, not taught), so a link can show just those rows. */
  filter: textParam,
});

export type SkillGapSearch = z.output<typeof skillGapSearchSchema>;

/** The URL (and API) parameter naming each kind of supplier. */
export const supplierParameter = {
  Institution: 'institution',
  Program: 'program',
  MicroCredential: 'microCredential',
} as const satisfies Record<SupplierKind, keyof SkillGapSearch>;

/** The supplier a search names; with several (a hand-edited link), the first in kind order. */
export function supplierOf(search: SkillGapSearch): SupplierRef | null {
  for (const kind of supplierKinds) {
    const key = search[supplierParameter[kind]];
    if (key) return { kind, key };
  }
  return null;
}

export interface SkillGapQuery {
  chain: string;
  /** '' for every region. */
  region: string;
  supplierKind: SupplierKind;
  supplier: string;
  demand: DemandMode;
  /** '' for every period. */
  period: string;
  /** Borrow occupation profiles over SAME_AS / BROADER_MATCH (`mappings=follow`). */
  followMappings: boolean;
}

/** The form's view of a search. */
export function skillGapQuery(search: SkillGapSearch): SkillGapQuery {
  const supplier = supplierOf(search);
  return {
    chain: search.chain ?? '',
    region: search.region ?? '',
    supplierKind: supplier?.kind ?? 'Institution',
    supplier: supplier?.key ?? '',
    demand: search.demand ?? 'structural',
    period: search.period ?? '',
    followMappings: search.mappings === 'follow',
  };
}

/**
 * The search for a form state. Defaults are left out (structural demand, no mappings), and so is
 * a period under structural demand, which has none.
 */
export function skillGapSearchOf(query: SkillGapQuery, sel?: string): SkillGapSearch {
  return compact({
    chain: query.chain || undefined,
    region: query.region || undefined,
    [supplierParameter[query.supplierKind]]: query.supplier || undefined,
    demand: query.demand === 'structural' ? undefined : query.demand,
    period: query.demand === 'postings' ? query.period || undefined : undefined,
    mappings: query.followMappings ? ('follow' as const) : undefined,
    sel,
  });
}

/** A postings period as the server accepts it: `2025`, `2025-H1`, `2025-Q3`, `2025-07`. */
export const periodPattern = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** The request for a search, or what is missing or wrong in it. */
export function skillGapParams(search: SkillGapSearch): Checked<SkillGapParams> {
  const query = skillGapQuery(search);
  if (!query.chain) return { problem: 'chain' };
  if (!query.supplier) return { problem: 'supplier' };
  // The period only selects postings; structural demand has none.
  const period = query.demand === 'postings' ? query.period.trim() : '';
  if (period && !periodPattern.test(period)) return { problem: 'period' };
  return {
    params: {
      chain: query.chain,
      ...(query.region && { region: query.region }),
      demand: query.demand,
      ...(period && { period }),
      // Off by default and then not sent, so the request stays as it was before mappings existed.
      ...(query.followMappings && { mappings: 'follow' as const }),
      supplier: { kind: query.supplierKind, key: query.supplier },
    },
  };
}

/**
 * Completes a search the reader has not filled: a bare address gets the first chain, its region
 * and the first supplier; one with a chain but no supplier gets the supplier. A search that needs
 * nothing is returned as it is (the same object), so the caller can tell.
 */
export const skillGapDefaultsApplied =
  (defaults: AnalysisDefaults) =>
  (search: SkillGapSearch): SkillGapSearch => {
    const query = skillGapQuery(search);
    const fresh = !query.chain;
    const needsSupplier = !query.supplier && defaults.supplier !== null;
    if ((!fresh || !defaults.chain) && !needsSupplier) return search;
    if (fresh) {
      query.chain = defaults.chain;
      if (!query.region) query.region = defaults.region;
    }
    if (needsSupplier && defaults.supplier) {
      query.supplierKind = defaults.supplier.kind;
      query.supplier = defaults.supplier.key;
    }
    return compact({ ...skillGapSearchOf(query, search.sel), filter: search.filter });
  };

/**
 * Changes part of the form. A new supplier kind picks the first supplier of that kind, since the
 * old supplier cannot be one of it. The picked competency is forgotten: it may not be in the answer.
 */
export const skillGapQueryChanged =
  (change: Partial<SkillGapQuery>, options: PickerOptions | null) =>
  (search: SkillGapSearch): SkillGapSearch => {
    const before = skillGapQuery(search);
    const query = { ...before, ...change };
    if (change.supplierKind && change.supplierKind !== before.supplierKind && !change.supplier)
      query.supplier = options?.suppliers[change.supplierKind][0]?.key ?? '';
    // The table's filter (say, "not taught") still means something for the new question.
    return compact({ ...skillGapSearchOf(query), filter: search.filter });
  };

/** The table's filter, kept in the address; '' removes it. */
export const skillGapFilterChanged =
  (filter: string) =>
  (search: SkillGapSearch): SkillGapSearch =>
    compact({ ...search, filter: filter || undefined });

/** How many competencies are fully, partly and not at all supplied. */
export function supplySummary(competencies: readonly { supply: number }[]): {
  full: number;
  partial: number;
  none: number;
} {
  let full = 0;
  let partial = 0;
  let none = 0;
  for (const { supply } of competencies) {
    if (supply >= 1) full++;
    else if (supply > 0) partial++;
    else none++;
  }
  return { full, partial, none };
}
