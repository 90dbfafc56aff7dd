/** The top bar: product name, the view switch, search, server status and the language toggle. */
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { HealthStatus } from './HealthStatus.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { ModeTabs } from './ModeTabs.tsx';

export function TopBar() {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="brand" title={t('app.tagline')}>
        <span className="brand-mark" aria-hidden="true">
          图
        </span>
        <span className="brand-zh">产教图谱</span>
        <span className="brand-en">Chanjiao Atlas</span>
      </div>
      <ModeTabs />
      <SearchBox />
      <div className="top-bar-end">
        <HealthStatus />
        <LanguageToggle />
      </div>
    </header>
  );
}
