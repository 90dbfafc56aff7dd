/**
 * The skill-gap pickers: chain, region (optional), supplier type and supplier, demand mode and
 * period (optional, for postings only; checked as it is typed, sent only when well-formed), and
 * whether occupations borrow competency profiles over cross-scheme mappings (off by default).
 */
import {
  changeSkillGapQuery,
  pickerOptionsAtom,
  readyOptions,
  skillGapAtom,
  supplierKinds,
  type DemandMode,
  type SupplierKind,
} from '../../core/analysis/index.ts';
import { periodPattern } from '../../core/analysis/skillGap.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { choicesOf } from './choices.ts';
import { Picker } from './Picker.tsx';

const demandModes: DemandMode[] = ['structural', 'postings'];

export function SkillGapControls() {
  const { language, t } = useTranslation();
  const options = readyOptions(useAtomValue(pickerOptionsAtom));
  const { query } = useAtomValue(skillGapAtom);
  const periodApplies = query.demand === 'postings';
  const periodInvalid =
    periodApplies && query.period.trim() !== '' && !periodPattern.test(query.period.trim());
  const suppliers = options?.suppliers[query.supplierKind] ?? [];

  return (
    <div className="analysis-controls" data-testid="skill-gap-controls">
      <Picker
        label={t('analysis.chain')}
        value={query.chain}
        choices={choicesOf(options?.chains ?? [], language)}
        onChange={(chain) => changeSkillGapQuery({ chain })}
        testId="picker-chain"
        disabled={!options}
      />
      <Picker
        label={t('analysis.region')}
        value={query.region}
        choices={choicesOf(options?.regions ?? [], language, true)}
        emptyLabel={t('analysis.allRegions')}
        onChange={(region) => changeSkillGapQuery({ region })}
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
        onChange={(kind) => changeSkillGapQuery({ supplierKind: kind as SupplierKind })}
        testId="picker-supplier-kind"
        disabled={!options}
      />
      <Picker
        label={t('analysis.supplier')}
        value={query.supplier}
        choices={choicesOf(suppliers, language)}
        {...(suppliers.length === 0 && { emptyLabel: t('analysis.none') })}
        onChange={(supplier) => changeSkillGapQuery({ supplier })}
        testId="picker-supplier"
        disabled={!options}
      />
      <Picker
        label={t('analysis.demand')}
        value={query.demand}
        choices={demandModes.map((mode) => ({ value: mode, label: t(`analysis.demand.${mode}`) }))}
        onChange={(demand) => changeSkillGapQuery({ demand: demand as DemandMode })}
        testId="picker-demand"
        disabled={!options}
      />
      <div className="picker picker-period">
        <label className="picker-label" htmlFor="skill-gap-period">
          {t('analysis.period')}
        </label>
        <input
          id="skill-gap-period"
          className={periodInvalid ? 'picker-input picker-input-invalid' : 'picker-input'}
          data-testid="picker-period"
          type="text"
          inputMode="numeric"
          value={query.period}
          placeholder={t('analysis.periodPlaceholder')}
          title={t('analysis.periodHint')}
          aria-invalid={periodInvalid}
          spellCheck={false}
          autoComplete="off"
          disabled={!options || !periodApplies}
          onChange={(event) => changeSkillGapQuery({ period: event.target.value })}
        />
      </div>
      <label className="picker-toggle" title={t('analysis.followMappingsHint')}>
        <input
          type="checkbox"
          data-testid="picker-mappings"
          checked={query.followMappings}
          disabled={!options}
          onChange={(event) => changeSkillGapQuery({ followMappings: event.target.checked })}
        />
        <span>{t('analysis.followMappings')}</span>
      </label>
    </div>
  );
}
