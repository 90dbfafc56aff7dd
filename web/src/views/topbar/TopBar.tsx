/**
 * The top bar: the page's heading (the view's name, for assistive technology), product name,
 * search, server status and the language toggle; on phones and tablets also the view menu, with
 * the search on a full-width row of its own.
 */
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { views, type ViewId } from '../../core/router/views.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { ViewMenu } from '../shell/ViewMenu.tsx';
import { HealthStatus } from './HealthStatus.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';

export function TopBar({ compact, view }: { compact: boolean; view: ViewId | null }) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      {/* The page's heading names the view; the views' own headings start below it. */}
      <h1 className="visually-hidden" data-testid="page-heading">
        {view ? `${t(views[view].label)} · ${t('app.name')}` : t('app.name')}
      </h1>
      <div className="brand" title={t('app.tagline')}>
        <span className="brand-mark" aria-hidden="true">
          图
        </span>
        <span className="brand-zh">产教图谱</span>
        <span className="brand-en">Chanjiao Atlas</span>
      </div>
      {compact && <ViewMenu current={view} />}
      <SearchBox />
      <div className="top-bar-end">
        <HealthStatus />
        <LanguageToggle />
      </div>
    </header>
  );
}
