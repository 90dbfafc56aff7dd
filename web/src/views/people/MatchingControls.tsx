/**
 * The matching pickers: which way (candidates for a posting, or postings for a candidate), the
 * posting or candidate, the region, the period (postings for a candidate), the lowest score and,
 * for a posting, the lowest level every essential requirement must be held at.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import { optionsOfKind, type KindOptions } from '../../core/analysis/kindOptions.ts';
import type { MatchingQuery } from '../../core/analysis/matching.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { ChoiceChips } from '../analysis/ChoiceChips.tsx';
import { choicesOf } from '../analysis/choices.ts';
import { Picker } from '../analysis/Picker.tsx';
import { PeriodInput } from '../analysis/SkillGapControls.tsx';

/** A number typed in a box, written to the address when the field is left or Enter pressed. */
function ScoreInput({ value, onCommit }: { value: string; onCommit: (value: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <div className="picker picker-number">
      <label className="picker-label" htmlFor="matching-min-score">
        {t('matching.minScore')}
      </label>
      <input
        id="matching-min-score"
        className="picker-input"
        data-testid="picker-min-score"
        type="number"
        min={0}
        max={1}
        step={0.05}
        value={draft}
        placeholder="0–1"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </div>
  );
}

export function MatchingControls({
  query,
  options,
  onChange,
  children,
}: {
  query: MatchingQuery;
  options: KindOptions;
  onChange: (change: Partial<MatchingQuery>) => void;
  children?: ReactNode;
}) {
  const { language, t } = useTranslation();
  const pickers = readyOptions(useAtomValue(pickerOptionsAtom));
  const postings = optionsOfKind(options, 'Posting');
  const candidates = optionsOfKind(options, 'Candidate');
  const forPosting = query.direction === 'posting';
  return (
    <div className="analysis-controls" data-testid="matching-controls">
      <div className="picker">
        <span className="picker-label">{t('matching.direction')}</span>
        <ChoiceChips
          label={t('matching.direction')}
          value={query.direction}
          choices={[
            { value: 'posting', label: t('matching.direction.posting') },
            { value: 'candidate', label: t('matching.direction.candidate') },
          ]}
          onChange={(direction) => onChange({ direction })}
          testId="matching-direction"
        />
      </div>
      {forPosting ? (
        <Picker
          label={t('matching.posting')}
          value={query.posting}
          choices={choicesOf(postings, language)}
          onChange={(posting) => onChange({ posting })}
          testId="picker-posting"
          disabled={postings.length === 0}
        />
      ) : (
        <Picker
          label={t('matching.candidate')}
          value={query.candidate}
          choices={choicesOf(candidates, language)}
          onChange={(candidate) => onChange({ candidate })}
          testId="picker-candidate"
          disabled={candidates.length === 0}
        />
      )}
      <Picker
        label={t('analysis.region')}
        value={query.region}
        choices={choicesOf(pickers?.regions ?? [], language, true)}
        emptyLabel={t('analysis.allRegions')}
        onChange={(region) => onChange({ region })}
        testId="picker-region"
        disabled={!pickers}
      />
      {!forPosting && (
        <PeriodInput
          id="matching-period"
          value={query.period}
          disabled={false}
          onCommit={(period) => onChange({ period })}
        />
      )}
      <ScoreInput value={query.minScore} onCommit={(minScore) => onChange({ minScore })} />
      {forPosting && (
        <Picker
          label={t('matching.minLevel')}
          value={query.minLevel}
          choices={['1', '2', '3', '4', '5'].map((level) => ({ value: level, label: `L${level}` }))}
          emptyLabel={t('matching.anyLevel')}
          onChange={(minLevel) => onChange({ minLevel })}
          testId="picker-min-level"
        />
      )}
      {children && <div className="analysis-actions">{children}</div>}
    </div>
  );
}
