/** An address no view has: say so and offer the explorer. */
import { Link } from '@tanstack/react-router';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function NotFoundView() {
  const { t } = useTranslation();
  return (
    <main className="not-found" data-testid="not-found">
      <h2 className="not-found-title">{t('view.notFound')}</h2>
      <Link to="/" className="button">
        {t('view.toExplorer')}
      </Link>
    </main>
  );
}
