/**
 * "Explain this number": a small `?` button beside a number or a column header that opens a
 * popover (the browser's Popover API: top layer, light dismiss, Esc closes) saying what the number
 * is — its name, unit, what it counts, its formula — with a link to the analysis' documentation,
 * where every formula and choice is written down. Built of phrasing elements only, so it may sit
 * inside a sentence, a label or a caption.
 */
import { useId } from 'react';
import { docsLink, metrics, type MetricId } from '../../core/explain/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import './explain.css';

export function Explain({ metric, value }: { metric: MetricId; value?: string }) {
  const { language, t } = useTranslation();
  const id = `explain-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const explanation = metrics[metric];
  const name = explanation.name[language];
  return (
    <>
      <button
        type="button"
        className="explain-button"
        popoverTarget={id}
        aria-label={t('explain.button', { name })}
        title={t('explain.button', { name })}
        data-testid="explain-button"
        data-metric={metric}
        onClick={(event) => event.stopPropagation()}
      >
        ?
      </button>
      <span
        id={id}
        popover="auto"
        className="explain-popover"
        role="dialog"
        aria-label={name}
        data-testid="explain-popover"
        onClick={(event) => event.stopPropagation()}
      >
        <span className="explain-name">{name}</span>
        {value !== undefined && <span className="explain-value">{value}</span>}
        <span className="explain-facts">
          <span className="explain-term">{t('explain.unit')}</span>
          <span>{explanation.unit[language]}</span>
          <span className="explain-term">{t('explain.counts')}</span>
          <span>{explanation.counts[language]}</span>
          {'formula' in explanation && (
            <>
              <span className="explain-term">{t('explain.formula')}</span>
              <span className="explain-formula">{explanation.formula}</span>
            </>
          )}
        </span>
        <span className="explain-actions">
          <a
            href={docsLink(explanation.doc)}
            target="_blank"
            rel="noopener"
            data-testid="explain-docs"
          >
            {t('explain.docs')}
          </a>
          <button type="button" className="button" popoverTarget={id} popoverTargetAction="hide">
            {t('explain.close')}
          </button>
        </span>
      </span>
    </>
  );
}
