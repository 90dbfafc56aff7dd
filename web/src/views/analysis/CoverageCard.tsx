/**
 * The skill gap's headline: coverage as a big percentage with a bar, how many competencies are
 * fully, partly or not supplied, and the total demand — or why there is no coverage.
 */
import type { SkillGapAnswer } from '../../core/analysis/index.ts';
import { formatPercent } from '../../core/analysis/format.ts';
import { supplySummary } from '../../core/analysis/skillGap.ts';
import { supplyColours } from '../../core/analysis/visuals.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function CoverageCard({ answer }: { answer: SkillGapAnswer }) {
  const { language, t } = useTranslation();
  const summary = supplySummary(answer.competencies);
  const { coverage } = answer;
  return (
    <section className="coverage-card" aria-label={t('skillGap.coverage')}>
      <div className="coverage-headline">
        <h2 className="panel-heading">{t('skillGap.coverage')}</h2>
        {coverage !== null ? (
          <>
            <p
              className="coverage-value"
              data-testid="skill-gap-coverage"
              title={t('skillGap.coverageHint')}
            >
              {formatPercent(language, coverage)}
            </p>
            <div className="coverage-meter" aria-hidden="true">
              <span style={{ width: `${Math.min(100, Math.max(0, coverage * 100))}%` }} />
            </div>
          </>
        ) : (
          <div data-testid="skill-gap-coverage" data-coverage="none">
            <p className="coverage-none">{t('skillGap.noCoverage')}</p>
            <p className="coverage-reason" title={answer.reason}>
              {t(`skillGap.reason.${answer.demandMode}`)}
            </p>
          </div>
        )}
      </div>
      <div className="coverage-facts">
        <p className="coverage-hint">{t('skillGap.coverageHint')}</p>
        <p className="coverage-totals">
          {t('skillGap.totals', {
            competencies: answer.competencies.length,
            demand: Math.round(answer.totalDemand),
          })}
        </p>
        <ul className="supply-chips">
          <li>
            <span className="swatch" style={{ background: supplyColours.full }} />
            {t('skillGap.supplyFull', { count: summary.full })}
          </li>
          <li>
            <span className="swatch" style={{ background: supplyColours.half }} />
            {t('skillGap.supplyPartial', { count: summary.partial })}
          </li>
          <li>
            <span className="swatch" style={{ background: supplyColours.none }} />
            {t('skillGap.supplyNone', { count: summary.none })}
          </li>
        </ul>
      </div>
    </section>
  );
}
