/** A segment's status as a coloured badge: 缺链 red, 弱链 amber, 正常 grey, 强链 green. */
import type { LinkStatus } from '../../core/analysis/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function StatusBadge({ status }: { status: LinkStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {t(`weakLinks.status.${status}`)}
    </span>
  );
}
