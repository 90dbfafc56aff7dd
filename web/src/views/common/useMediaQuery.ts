/** React binding for a CSS media query: re-render when it starts or stops matching. */
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Phones and tablets (up to 900 px wide): views in a menu, details in a bottom sheet. The same
 * width as the `@media` rules in styles.css.
 */
export const compactQuery = '(max-width: 900px)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
