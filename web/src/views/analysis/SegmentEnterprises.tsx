/**
 * The picked segment's local enterprises (names fetched once each), each opening in the explorer;
 * a missing segment says it is a link to fill; a missing or weak one lists the enterprises
 * elsewhere that could fill it (highest tier and largest scale first) with where they are; a
 * quotient resting on very few local enterprises says so.
 */
import { enterpriseId } from '../../core/analysis/graphs.ts';
import type { SegmentStrength } from '../../core/analysis/index.ts';
import { nodeName, type MessageKey } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { KindBadge } from '../common/KindBadge.tsx';
import { useExplorerActions } from '../shell/navigation.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { useNodeNames } from './useNodeNames.ts';

function FillCandidates({ segment }: { segment: SegmentStrength }) {
  const { language, t } = useTranslation();
  const { open } = useExplorerActions();
  if (segment.candidates.length === 0) return null;
  const elsewhere = segment.enterprises - segment.localEnterprises;
  return (
    <div className="fill-candidates" data-testid="fill-candidates">
      <h3 className="panel-subheading">
        {t('weakLinks.candidates', { shown: segment.candidates.length, all: elsewhere })}
      </h3>
      <ul className="enterprise-list">
        {segment.candidates.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="enterprise-item"
              data-testid="fill-candidate"
              data-key={c.key}
              title={t('analysis.openInExplorer')}
              onClick={() => open(enterpriseId(c.key))}
            >
              <KindBadge kind="Enterprise" small />
              <span className="enterprise-name">{nodeName(c, language)}</span>
              <span className="candidate-facts">
                {[
                  c.tier ? t(`overview.tier.${c.tier}` as MessageKey) : null,
                  c.scale ? t(`overview.scale.${c.scale}` as MessageKey) : null,
                  c.locations.map((l) => nodeName(l, language)).join('、') || null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SegmentEnterprises({
  segment,
  minLocal,
}: {
  segment: SegmentStrength | null;
  /** The fewest local enterprises a quotient is trusted on. */
  minLocal: number;
}) {
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
      {segment.fewEnterprises && (
        <p className="links-warning" role="note" data-testid="segment-few">
          {t('weakLinks.fewHint', { count: minLocal })}
        </p>
      )}
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
      <FillCandidates segment={segment} />
    </section>
  );
}
