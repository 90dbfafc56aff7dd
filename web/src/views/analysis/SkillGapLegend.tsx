/** The skill-gap graph's key: the supply colour scale, what size means, the other node kinds. */
import { roleColours, supplyColour } from '../../core/analysis/visuals.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

const stops = [0, 0.25, 0.5, 0.75, 1];

export function SkillGapLegend() {
  const { t } = useTranslation();
  return (
    <div className="analysis-legend" data-testid="skill-gap-legend">
      <div className="legend-scale">
        <span>{t('skillGap.legend.supply')}</span>
        <span
          className="legend-gradient"
          style={{
            background: `linear-gradient(to right, ${stops
              .map((s) => `${supplyColour(s)} ${s * 100}%`)
              .join(', ')})`,
          }}
        />
        <span className="legend-ends">0% – 100%</span>
      </div>
      <p className="legend-note">{t('skillGap.legend.size')}</p>
      <p className="legend-kind">
        <span className="swatch swatch-round" style={{ background: roleColours.occupation }} />
        {t('skillGap.legend.occupation')}
      </p>
      <p className="legend-kind">
        <span className="swatch swatch-round" style={{ background: roleColours.teaching }} />
        {t('skillGap.legend.course')}
      </p>
    </div>
  );
}
