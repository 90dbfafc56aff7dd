/** The view switch in the top bar: explorer, skill gap, weak links, import. */
import { modeAtom, setMode, type AppMode } from '../../core/analysis/index.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

const tabs: { mode: AppMode; label: MessageKey }[] = [
  { mode: 'explorer', label: 'mode.explorer' },
  { mode: 'skill-gap', label: 'mode.skillGap' },
  { mode: 'weak-links', label: 'mode.weakLinks' },
  { mode: 'import', label: 'mode.import' },
];

export function ModeTabs() {
  const { t } = useTranslation();
  const current = useAtomValue(modeAtom);
  return (
    <nav className="mode-tabs" role="tablist" aria-label={t('mode.label')}>
      {tabs.map(({ mode, label }) => (
        <button
          key={mode}
          type="button"
          role="tab"
          aria-selected={mode === current}
          className={mode === current ? 'mode-tab mode-tab-active' : 'mode-tab'}
          data-testid={`mode-${mode}`}
          onClick={() => setMode(mode)}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
