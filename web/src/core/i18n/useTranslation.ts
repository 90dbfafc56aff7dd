/** React hook: the current language and a `t(key, params)` bound to it. */
import { useCallback } from 'react';
import { useAtomValue } from '../utils/useAtom.ts';
import { languageAtom, translate, type Language, type MessageKey, type Params } from './index.ts';

export function useTranslation(): {
  language: Language;
  t: (key: MessageKey, params?: Params) => string;
} {
  const language = useAtomValue(languageAtom);
  const t = useCallback(
    (key: MessageKey, params?: Params) => translate(language, key, params),
    [language],
  );
  return { language, t };
}
