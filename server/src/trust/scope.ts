/**
 * Who may see what. A node marked `visibility: "private"` is seen only by the members of its
 * organisation (`org`) and by administrators; every other node by every reader. A relationship is
 * seen when both its ends are. The read scope of a request comes from its principal: an
 * administrator reads everything, anyone else what is public plus their organisations' private
 * records (an anonymous reader: only what is public).
 */
import type { Props } from '@chanjiao/graph-schema';
import type { Principal } from '../auth/accounts.ts';

export type ReadScope =
  | { all: true }
  | {
      all: false;
      /** Private records of these organisations are visible too. */
      organisations: readonly string[];
    };

export const everything: ReadScope = { all: true };

export function scopeOf(principal: Principal | null): ReadScope {
  if (principal?.role === 'admin') return everything;
  return { all: false, organisations: principal?.organisations ?? [] };
}

export function isPrivate(props: Props): boolean {
  return props.visibility === 'private';
}

export function isVisible(props: Props, scope: ReadScope): boolean {
  if (scope.all || !isPrivate(props)) return true;
  const org = props.org;
  return typeof org === 'string' && scope.organisations.includes(org);
}
