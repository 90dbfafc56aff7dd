/**
 * What the expert finder is asked: the requested competencies, chains, segments and industries as
 * removable chips, and a picker to add one more (grouped by kind). Each change is one step in the
 * address's history.
 */
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import { optionsOfKind, type KindOptions } from '../../core/analysis/kindOptions.ts';
import { requestedIds } from '../../core/analysis/experts.ts';
import type { ExpertsSearch } from '../../core/analysis/experts.ts';
import { nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { useNodeNames } from '../analysis/useNodeNames.ts';

const groups = [
  { kind: 'Competency', label: 'experts.kind.Competency' },
  { kind: 'Chain', label: 'experts.kind.Chain' },
  { kind: 'Segment', label: 'experts.kind.Segment' },
  { kind: 'Industry', label: 'experts.kind.Industry' },
] as const;

export function ExpertRequest({
  search,
  options,
  onToggle,
}: {
  search: ExpertsSearch;
  options: KindOptions;
  onToggle: (id: string) => void;
}) {
  const { language, t } = useTranslation();
  const nameOf = useNodeNames();
  const pickers = readyOptions(useAtomValue(pickerOptionsAtom));
  const requested = requestedIds(search);
  const listOf = (kind: string) =>
    kind === 'Chain' ? (pickers?.chains ?? []) : optionsOfKind(options, kind);
  return (
    <div className="expert-request" data-testid="experts-request">
      <div className="picker">
        <label className="picker-label" htmlFor="experts-add">
          {t('experts.add')}
        </label>
        <select
          id="experts-add"
          className="picker-select"
          data-testid="experts-add"
          value=""
          onChange={(event) => {
            if (event.target.value) onToggle(event.target.value);
          }}
        >
          <option value="">{t('experts.addPlaceholder')}</option>
          {groups.map((group) => (
            <optgroup key={group.kind} label={t(group.label)}>
              {listOf(group.kind)
                .filter((o) => !requested.includes(`${group.kind}:${o.key}`))
                .map((o) => (
                  <option key={o.key} value={`${group.kind}:${o.key}`}>
                    {group.kind === 'Industry'
                      ? `${o.key} ${nodeName(o, language)}`
                      : nodeName(o, language)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <ul className="request-chips" aria-label={t('experts.requested')}>
        {requested.map((id) => {
          const at = id.indexOf(':');
          const kind = id.slice(0, at);
          const group = groups.find((g) => g.kind === kind);
          return (
            <li key={id} className="request-chip" data-testid="experts-item" data-id={id}>
              <span className="request-chip-kind">{group ? t(group.label) : kind}</span>
              {nameOf(id, id.slice(at + 1))}
              <button
                type="button"
                className="request-chip-remove"
                aria-label={t('experts.remove', { name: nameOf(id, id.slice(at + 1)) })}
                onClick={() => onToggle(id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
