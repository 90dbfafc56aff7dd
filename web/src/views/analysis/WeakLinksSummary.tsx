/** The weak links' headline: segments per status, local and total enterprises, the thresholds. */
import type { WeakLinksAnswer } from '../../core/analysis/index.ts';
import { linkStatuses } from '../../core/analysis/index.ts';
import { statusCounts } from '../../core/analysis/weakLinks.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { StatusBadge } from './StatusBadge.tsx';

export function WeakLinksSummary({ answer }: { answer: WeakLinksAnswer }) {
  const { t } = useTranslation();
  const counts = statusCounts(answer.segments);
  return (
    <section className="links-summary" data-testid="weak-links-summary">
      <ul className="status-counts">
        {linkStatuses.map((status) => (
          <li key={status} className={counts[status] === 0 ? 'status-count-zero' : undefined}>
            <StatusBadge status={status} />
            <span className="status-count">{counts[status]}</span>
          </li>
        ))}
      </ul>
      <p className="links-facts">
        {t('weakLinks.summary', { local: answer.localEnterprises, all: answer.enterprises })}
        <span className="links-thresholds">
          {t('weakLinks.thresholds', {
            weak: String(answer.thresholds.weakBelow),
            strong: String(answer.thresholds.strongAbove),
          })}
        </span>
      </p>
    </section>
  );
}
