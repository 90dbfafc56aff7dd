/**
 * Legend and filter: one row per kind present in the graph (glyph, colour, name, count) with a
 * checkbox that hides or shows that kind. Hidden kinds live in the address; hiding goes through
 * the node reducer, nothing is removed. The legend folds to its heading, which still says how many
 * nodes are drawn ("34 / 60") when kinds are hidden.
 */
import { useId } from 'react';
import {
  legendFolded,
  legendFoldedAtom,
  setLegendFolded,
  shownCount,
} from '../../core/appearance/legend.ts';
import { hiddenKindsAtom } from '../../core/filters/index.ts';
import { graphSummaryAtom, refitIfUntouched } from '../../core/graph/index.ts';
import { allKindsShown, kindToggled } from '../../core/graph/url.ts';
import { formatNumber } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { KindBadge, useKindName } from '../common/KindBadge.tsx';
import { compactQuery, useMediaQuery } from '../common/useMediaQuery.ts';
import { useExplorerNavigate } from '../shell/navigation.ts';

export function Legend() {
  const { language, t } = useTranslation();
  const summary = useAtomValue(graphSummaryAtom);
  const hidden = useAtomValue(hiddenKindsAtom);
  const schema = readySchema(useAtomValue(schemaAtom));
  const folded = legendFolded(useAtomValue(legendFoldedAtom), useMediaQuery(compactQuery));
  const kindName = useKindName();
  const go = useExplorerNavigate();
  const listId = useId();
  const rank = (kind: string) => schema?.kindOrder.get(kind) ?? Number.MAX_SAFE_INTEGER;
  const kinds = [...summary.kinds.entries()].sort(
    ([a], [b]) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const count = shownCount(summary, hidden);

  return (
    <section
      className={folded ? 'legend legend-folded' : 'legend'}
      data-testid="legend"
      data-graph-overlay=""
      aria-label={t('legend.title')}
    >
      <h2 className="panel-heading legend-heading">
        <button
          type="button"
          className="legend-fold"
          data-testid="legend-fold"
          aria-expanded={!folded}
          aria-controls={listId}
          title={t(folded ? 'legend.unfold' : 'legend.fold')}
          onClick={() => {
            setLegendFolded(!folded);
            refitIfUntouched();
          }}
        >
          <span className="legend-fold-icon" aria-hidden="true">
            {folded ? '▸' : '▾'}
          </span>
          <span>{t('legend.title')}</span>
        </button>
        <span className="heading-count" data-testid="legend-shown">
          {count.hiddenKinds > 0
            ? t('legend.shownOf', { shown: count.shown, total: count.total })
            : formatNumber(language, count.total)}
        </span>
      </h2>
      <div id={listId} hidden={folded}>
        <ul className="legend-list">
          {kinds.map(([kind, n]) => (
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
                <span className="legend-count">{formatNumber(language, n)}</span>
              </label>
            </li>
          ))}
        </ul>
        {hidden.size > 0 && (
          <button type="button" className="link-button" onClick={() => go(allKindsShown())}>
            {t('legend.showAll')}
          </button>
        )}
      </div>
    </section>
  );
}
