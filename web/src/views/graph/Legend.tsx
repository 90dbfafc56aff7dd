/**
 * Legend and filter: one row per kind present in the graph (glyph, colour, name, count) with a
 * checkbox that hides or shows that kind. Hidden kinds live in the address; hiding goes through
 * the node reducer, nothing is removed.
 */
import { hiddenKindsAtom } from '../../core/filters/index.ts';
import { graphSummaryAtom } from '../../core/graph/index.ts';
import { allKindsShown, kindToggled } from '../../core/graph/url.ts';
import { formatNumber } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { KindBadge, useKindName } from '../common/KindBadge.tsx';
import { useExplorerNavigate } from '../shell/navigation.ts';

export function Legend() {
  const { language, t } = useTranslation();
  const summary = useAtomValue(graphSummaryAtom);
  const hidden = useAtomValue(hiddenKindsAtom);
  const schema = readySchema(useAtomValue(schemaAtom));
  const kindName = useKindName();
  const go = useExplorerNavigate();
  const rank = (kind: string) => schema?.kindOrder.get(kind) ?? Number.MAX_SAFE_INTEGER;
  const kinds = [...summary.kinds.entries()].sort(
    ([a], [b]) => rank(a) - rank(b) || a.localeCompare(b),
  );

  return (
    <section className="legend" data-testid="legend" aria-label={t('legend.title')}>
      <h2 className="panel-heading">{t('legend.title')}</h2>
      <ul className="legend-list">
        {kinds.map(([kind, count]) => (
          <li key={kind} data-testid="legend-kind" data-kind={kind}>
            <label className={hidden.has(kind) ? 'legend-row legend-row-hidden' : 'legend-row'}>
              <input
                type="checkbox"
                checked={!hidden.has(kind)}
                onChange={() => go(kindToggled(kind))}
                aria-label={t('legend.toggle', { kind: kindName(kind) })}
              />
              <KindBadge kind={kind} small />
              <span className="legend-name">{kindName(kind)}</span>
              <span className="legend-count">{formatNumber(language, count)}</span>
            </label>
          </li>
        ))}
      </ul>
      {hidden.size > 0 && (
        <button type="button" className="link-button" onClick={() => go(allKindsShown())}>
          {t('legend.showAll')}
        </button>
      )}
    </section>
  );
}
