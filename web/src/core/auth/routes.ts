/**
 * The addresses of the sign-in and setup pages: `/login?next=/import` (where to return after
 * signing in) and `/setup?token=…` (the link the server prints while no administrator exists).
 * They are pages, not views: no tab, no menu entry.
 */
import { z } from 'zod';
import { textParam } from '../router/search.ts';
import { hasRole, type AuthState } from './index.ts';

export const loginPath = '/login';
export const setupPath = '/setup';

export const loginSearchSchema = z.object({ next: textParam });
export const setupSearchSchema = z.object({ token: textParam });

export type LoginSearch = z.infer<typeof loginSearchSchema>;
export type SetupSearch = z.infer<typeof setupSearchSchema>;

/** The views a role needs (the rest are open to every reader): the client hides them otherwise. */
export const viewNeeds: Readonly<Record<string, 'editor' | 'admin'>> = { import: 'editor' };

/**
 * The views to offer in the tabs and the menu: those the user's role allows, and the one shown now
 * (whose tab names the page even when its content says that a sign-in is needed). Until the
 * server has said who is signed in, the views that need a role are left out, so they never
 * flash in and out for a reader.
 */
export function allowedViews<V extends string>(
  order: readonly V[],
  state: AuthState,
  current: V | null,
): V[] {
  return order.filter((id) => {
    const needs = viewNeeds[id];
    return needs === undefined || id === current || hasRole(state, needs);
  });
}
