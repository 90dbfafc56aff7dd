/**
 * The kinds a search matched, as chips with their counts: pressing one narrows the hits to that
 * kind (several may be pressed), "all" widens them again. Counts are the server's facets for the
 * whole query, so they do not change while the hits are narrowed.
 */
import { formatNumber } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { KindBadge, useKindName } from '../common/KindBadge.tsx';

export function SearchFacets({
  chips,
  narrowed,
  onToggle,
  onAll,
  onPointerDown,
}: {
  chips: { kind: string; count: number; selected: boolean }[];
  narrowed: boolean;
  onToggle: (kind: string) => void;
  onAll: () => void;
  onPointerDown: (event: { preventDefault(): void }) => void;
}) {
  const { language, t } = useTranslation();
  const kindName = useKindName();
  return (
    <div className="search-facets" role="group" aria-label={t('search.facets')}>
      <button
        type="button"
        className="search-facet"
        aria-pressed={!narrowed}
        onMouseDown={onPointerDown}
        onClick={onAll}
      >
        {t('search.allKinds')}
      </button>
      {chips.map((chip) => (
        <button
          key={chip.kind}
          type="button"
          className="search-facet"
          data-testid="search-facet"
          data-kind={chip.kind}
          aria-pressed={chip.selected}
          onMouseDown={onPointerDown}
          onClick={() => onToggle(chip.kind)}
        >
          <KindBadge kind={chip.kind} small />
          <span>{kindName(chip.kind)}</span>
          <span className="search-facet-count">{formatNumber(language, chip.count)}</span>
        </button>
      ))}
    </div>
  );
}
