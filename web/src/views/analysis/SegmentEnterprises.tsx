/**
 * The picked segment's local enterprises (names fetched once each), each opening in the explorer;
 * a missing segment says it is a link to fill.
 */
import { enterpriseId } from '../../core/analysis/graphs.ts';
import type { SegmentStrength } from '../../core/analysis/index.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { KindBadge } from '../common/KindBadge.tsx';
import { useExplorerActions } from '../shell/navigation.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { useNodeNames } from './useNodeNames.ts';

export function SegmentEnterprises({ segment }: { segment: SegmentStrength | null }) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const { open } = useExplorerActions();
  if (!segment)
    return (
      <section className="segment-panel">
        <p className="analysis-hint">{t('weakLinks.pickSegment')}</p>
      </section>
    );
  const name = nodeName(segment, language);
  return (
    <section className="segment-panel" data-testid="segment-enterprises" aria-label={name}>
      <header className="segment-panel-header">
        <h2 className="panel-heading">{t('weakLinks.enterprises', { segment: name })}</h2>
        <StatusBadge status={segment.status} />
        <button
          type="button"
          className="link-button"
          onClick={() => open(`Segment:${segment.key}`)}
        >
          {t('analysis.openInExplorer')}
        </button>
      </header>
      {segment.local.length === 0 ? (
        <p className="analysis-hint analysis-hint-missing">{t('weakLinks.noLocal')}</p>
      ) : (
        <ul className="enterprise-list">
          {segment.local.map((key) => (
            <li key={key}>
              <button
                type="button"
                className="enterprise-item"
                data-testid="local-enterprise"
                data-key={key}
                title={t('analysis.openInExplorer')}
                onClick={() => open(enterpriseId(key))}
              >
                <KindBadge kind="Enterprise" small />
                <span className="enterprise-name">{nameOf(enterpriseId(key), key)}</span>
                <code className="enterprise-key">{key}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
