/** React hook: the display name of a node by id, from the analysis name cache, in the language. */
import { useCallback } from 'react';
import { namesAtom } from '../../core/analysis/index.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function useNodeNames(): (id: string, key: string) => string {
  const { language } = useTranslation();
  const names = useAtomValue(namesAtom);
  return useCallback(
    (id: string, key: string) => nodeName({ ...names.get(id), key }, language),
    [names, language],
  );
}
