/**
 * The weak links' headline: segments per status, local and total enterprises, the thresholds, and
 * — stated, not left to the formula — the baseline every quotient compares with: each segment's
 * share of the chain's enterprises anywhere in the graph. Quotients resting on very few local
 * enterprises are counted and flagged.
 */
import type { WeakLinksAnswer } from '../../core/analysis/index.ts';
import { linkStatuses } from '../../core/analysis/index.ts';
import { statusCounts } from '../../core/analysis/weakLinks.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { Explain } from '../explain/Explain.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export function WeakLinksSummary({ answer }: { answer: WeakLinksAnswer }) {
  const { t } = useTranslation();
  const counts = statusCounts(answer.segments);
  const few = answer.segments.filter((s) => s.fewEnterprises).length;
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
      <p className="links-baseline" data-testid="weak-links-baseline">
        {t('weakLinks.baseline', { local: answer.localEnterprises, all: answer.enterprises })}
        <Explain metric="locationQuotient" />
      </p>
      {few > 0 && (
        <p className="links-warning" role="note" data-testid="weak-links-few">
          {t('weakLinks.fewSummary', { count: few, min: answer.thresholds.minLocalEnterprises })}
        </p>
      )}
    </section>
  );
}
