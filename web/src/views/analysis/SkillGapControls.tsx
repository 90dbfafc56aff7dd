/**
 * The skill-gap pickers: chain, region (optional), supplier type and supplier, demand mode and
 * period (optional, for postings only; checked as it is typed, and written to the address when
 * typing pauses or the field is left, so a period is one step in the history, not one per key),
 * and whether occupations borrow competency profiles over cross-scheme mappings (off by default).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  pickerOptionsAtom,
  readyOptions,
  supplierKinds,
  type DemandMode,
  type SkillGapQuery,
  type SupplierKind,
} from '../../core/analysis/index.ts';
import { periodPattern } from '../../core/analysis/skillGap.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { choicesOf } from './choices.ts';
import { Picker } from './Picker.tsx';

const demandModes: DemandMode[] = ['structural', 'postings'];

/** How long typing must pause before the period is written to the address. */
const periodCommitMs = 600;

export function PeriodInput({
  value,
  disabled,
  onCommit,
  id = 'skill-gap-period',
  label,
  testId = 'picker-period',
}: {
  value: string;
  disabled: boolean;
  onCommit: (period: string) => void;
  id?: string;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;

  // The address wins when it changes (Back, a link): the field shows it.
  useEffect(() => setDraft(value), [value]);

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => commitRef.current(draft), periodCommitMs);
    return () => clearTimeout(timer);
  }, [draft, value]);

  const invalid = draft.trim() !== '' && !periodPattern.test(draft.trim());
  return (
    <div className="picker picker-period">
      <label className="picker-label" htmlFor={id}>
        {label ?? t('analysis.period')}
      </label>
      <input
        id={id}
        className={invalid && !disabled ? 'picker-input picker-input-invalid' : 'picker-input'}
        data-testid={testId}
        type="text"
        inputMode="numeric"
        value={draft}
        placeholder={t('analysis.periodPlaceholder')}
        title={t('analysis.periodHint')}
        aria-invalid={invalid && !disabled}
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== value) onCommit(draft);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft !== value) onCommit(draft);
        }}
      />
    </div>
  );
}

export function SkillGapControls({
  query,
  onChange,
  children,
}: {
  query: SkillGapQuery;
  onChange: (change: Partial<SkillGapQuery>) => void;
  /** The view's actions (print), at the end of the bar. */
  children?: ReactNode;
}) {
  const { language, t } = useTranslation();
  const options = readyOptions(useAtomValue(pickerOptionsAtom));
  const periodApplies = query.demand === 'postings';
  const suppliers = options?.suppliers[query.supplierKind] ?? [];

  return (
    <div className="analysis-controls" data-testid="skill-gap-controls">
      <Picker
        label={t('analysis.chain')}
        value={query.chain}
        choices={choicesOf(options?.chains ?? [], language)}
        onChange={(chain) => onChange({ chain })}
        testId="picker-chain"
        disabled={!options}
      />
      <Picker
        label={t('analysis.region')}
        value={query.region}
        choices={choicesOf(options?.regions ?? [], language, true)}
        emptyLabel={t('analysis.allRegions')}
        onChange={(region) => onChange({ region })}
        testId="picker-region"
        disabled={!options}
      />
      <Picker
        label={t('analysis.supplierKind')}
        value={query.supplierKind}
        choices={supplierKinds.map((kind) => ({
          value: kind,
          label: t(`analysis.supplierKind.${kind}`),
        }))}
        onChange={(kind) => onChange({ supplierKind: kind as SupplierKind })}
        testId="picker-supplier-kind"
        disabled={!options}
      />
      <Picker
        label={t('analysis.supplier')}
        value={query.supplier}
        choices={choicesOf(suppliers, language)}
        {...(suppliers.length === 0 && { emptyLabel: t('analysis.none') })}
        onChange={(supplier) => onChange({ supplier })}
        testId="picker-supplier"
        disabled={!options}
      />
      <Picker
        label={t('analysis.demand')}
        value={query.demand}
        choices={demandModes.map((mode) => ({ value: mode, label: t(`analysis.demand.${mode}`) }))}
        onChange={(demand) => onChange({ demand: demand as DemandMode })}
        testId="picker-demand"
        disabled={!options}
      />
      <PeriodInput
        value={query.period}
        disabled={!options || !periodApplies}
        onCommit={(period) => onChange({ period })}
      />
      <label className="picker-toggle" title={t('analysis.followMappingsHint')}>
        <input
          type="checkbox"
          data-testid="picker-mappings"
          checked={query.followMappings}
          disabled={!options}
          onChange={(event) => onChange({ followMappings: event.target.checked })}
        />
        <span>{t('analysis.followMappings')}</span>
      </label>
      {children && <div className="analysis-actions">{children}</div>}
    </div>
  );
}
