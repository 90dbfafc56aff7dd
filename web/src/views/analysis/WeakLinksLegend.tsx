/** The chain wheel's key: segment colours by status, the chain, local enterprises and those elsewhere that could fill a link. */
import { candidateColour } from '../../core/analysis/graphs.ts';
import { linkStatuses } from '../../core/analysis/index.ts';
import { roleColours, statusColours } from '../../core/analysis/visuals.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useKindName } from '../common/KindBadge.tsx';

export function WeakLinksLegend() {
  const { t } = useTranslation();
  const kindName = useKindName();
  return (
    <div className="analysis-legend" data-testid="weak-links-legend">
      {linkStatuses.map((status) => (
        <p key={status} className="legend-kind">
          <span className="swatch swatch-round" style={{ background: statusColours[status] }} />
          {t(`weakLinks.status.${status}`)}
        </p>
      ))}
      <p className="legend-kind">
        <span className="swatch swatch-round" style={{ background: roleColours.chain }} />
        {kindName('Chain')}
      </p>
      <p className="legend-kind">
        <span className="swatch swatch-round" style={{ background: roleColours.enterprise }} />
        {kindName('Enterprise')}
      </p>
      <p className="legend-kind">
        <span className="swatch swatch-round" style={{ background: candidateColour }} />
        {t('weakLinks.legend.candidate')}
      </p>
    </div>
  );
}
