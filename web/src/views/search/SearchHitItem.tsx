/** One search result: kind glyph and colour, Chinese and English names, key. */
import type { SearchHit } from '@chanjiao/graph-schema';
import { useEffect, useRef } from 'react';
import { KindBadge, useKindName } from '../common/KindBadge.tsx';

export function SearchHitItem({
  id,
  hit,
  active,
  onHover,
  onPick,
}: {
  id: string;
  hit: SearchHit;
  active: boolean;
  onHover: () => void;
  onPick: () => void;
}) {
  const kindName = useKindName();
  const itemRef = useRef<HTMLLIElement>(null);
  // The hit the keyboard is on stays in view as ↑↓ move through a long list.
  useEffect(() => {
    if (active) itemRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <li
      ref={itemRef}
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-hit search-hit-active' : 'search-hit'}
      data-testid="search-hit"
      data-kind={hit.kind}
      data-key={hit.key}
      // mousedown, not click: the input keeps focus and its blur does not close the list first.
      onMouseDown={(event) => {
        event.preventDefault();
        onPick();
      }}
      onMouseEnter={onHover}
    >
      <KindBadge kind={hit.kind} />
      <span className="search-hit-names">
        <span className="search-hit-zh">{hit.name_zh}</span>
        {hit.name_en && <span className="search-hit-en">{hit.name_en}</span>}
      </span>
      <span className="search-hit-meta">
        <span className="search-hit-kind">{kindName(hit.kind)}</span>
        <code className="search-hit-key">{hit.key}</code>
      </span>
    </li>
  );
}
