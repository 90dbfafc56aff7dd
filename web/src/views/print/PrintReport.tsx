/**
 * The print view of an analysis: a "Print report" button (the browser's print dialog, where a
 * reader can also save a PDF) and the header a printed page starts with — the view's title, the
 * question's parameters in words, when it was printed and the link that shows it online. The
 * print style sheet (`print.css`) leaves out the app's bars, pickers and buttons and lets tables
 * run over pages.
 */
import { useEffect, useState } from 'react';
import { htmlLang } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import './print.css';

export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button print-button"
      data-testid="print-report"
      onClick={() => window.print()}
    >
      {t('print.button')}
    </button>
  );
}

export function PrintHeader({ title, facts }: { title: string; facts: [string, string][] }) {
  const { language, t } = useTranslation();
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    const update = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return (
    <header className="print-header" data-testid="print-header">
      <h1 className="print-title">{title}</h1>
      {facts.length > 0 && (
        <dl className="print-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="print-meta">
        {t('print.generated', { date: printedAt.toLocaleString(htmlLang[language]) })} ·{' '}
        {t('print.link', { url: typeof window === 'undefined' ? '' : window.location.href })}
      </p>
    </header>
  );
}
