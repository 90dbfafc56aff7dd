/**
 * Nodes behind a number in a table cell (courses, occupations, enterprises): collapsed, their count
 * and one line of names; expanded (the picked row), one per line.
 */
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export interface ListedItem {
  id: string;
  label: string;
}

export function ItemList({
  items,
  expanded,
  empty,
}: {
  items: readonly ListedItem[];
  expanded: boolean;
  empty?: string;
}) {
  const { language } = useTranslation();
  if (items.length === 0) return empty ? <span className="cell-empty">{empty}</span> : null;
  if (expanded)
    return (
      <ul className="cell-items">
        {items.map((item) => (
          <li key={item.id} title={item.id}>
            {item.label}
          </li>
        ))}
      </ul>
    );
  const line = joinLabels(items, language);
  return (
    <span className="cell-inline" title={line}>
      <span className="count-badge">{items.length}</span>
      {line}
    </span>
  );
}

/** Names in one line, with the language's list separator. */
export function joinLabels(items: readonly ListedItem[], language: 'zh' | 'en'): string {
  return items.map((item) => item.label).join(language === 'zh' ? '、' : ', ');
}
