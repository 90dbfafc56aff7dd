/** React bindings of the sign-in state: the state itself and the views the user may open. */
import { useMemo } from 'react';
import { viewOrder, type ViewId } from '../router/views.ts';
import { useAtomValue } from '../utils/useAtom.ts';
import { authAtom, type AuthState } from './index.ts';
import { allowedViews } from './routes.ts';

export function useAuth(): AuthState {
  return useAtomValue(authAtom);
}

/** The registry's views in menu order, without those the user's role does not allow. */
export function useAllowedViews(current: ViewId | null): readonly ViewId[] {
  const state = useAuth();
  return useMemo(() => allowedViews(viewOrder, state, current), [state, current]);
}
