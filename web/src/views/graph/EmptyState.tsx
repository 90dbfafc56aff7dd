/**
 * Before any search: a short hint in both languages (the current one first) and a few starting
 * points — the region's industry chains and some occupations, listed by the search endpoint.
 */
import type { SearchHit } from '@chanjiao/graph-schema';
import { useEffect, useState } from 'react';
import { api } from '../../core/api/index.ts';
import { otherLanguage, translate } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { KindBadge, useKindName } from '../common/KindBadge.tsx';
import { useExplorerActions } from '../shell/navigation.ts';

const suggestionQueries = [
  { kind: 'Chain', limit: 5 },
  { kind: 'Occupation', limit: 3 },
];

export function EmptyState() {
  const { language, t } = useTranslation();
  const other = otherLanguage(language);
  const kindName = useKindName();
  const { open } = useExplorerActions();
  const [suggestions, setSuggestions] = useState<SearchHit[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all(
      suggestionQueries.map(({ kind, limit }) =>
        api.search({ q: '', kind, limit }, controller.signal).catch(() => [] as SearchHit[]),
      ),
    ).then((lists) => {
      if (!controller.signal.aborted) setSuggestions(lists.flat());
    });
    return () => controller.abort();
  }, []);

  return (
    <div className="empty-state" data-testid="empty-state">
      <h2 className="empty-title">
        {t('empty.title')}
        <span className="empty-title-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
          {translate(other, 'empty.title')}
        </span>
      </h2>
      <p className="empty-hint">{t('empty.hint')}</p>
      <p className="empty-hint empty-hint-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
        {translate(other, 'empty.hint')}
      </p>
      <h2 className="panel-heading">{t('empty.suggestions')}</h2>
      {suggestions && suggestions.length === 0 && (
        <p className="empty-none">{t('empty.noSuggestions')}</p>
      )}
      <ul className="suggestions">
        {suggestions?.map((hit) => (
          <li key={`${hit.kind}:${hit.key}`}>
            <button
              type="button"
              className="suggestion"
              data-testid="suggestion"
              data-kind={hit.kind}
              data-key={hit.key}
              onClick={() => open(`${hit.kind}:${hit.key}`)}
            >
              <KindBadge kind={hit.kind} />
              <span className="suggestion-names">
                <span className="suggestion-zh">{hit.name_zh}</span>
                {hit.name_en && <span className="suggestion-en">{hit.name_en}</span>}
              </span>
              <span className="suggestion-kind">{kindName(hit.kind)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
