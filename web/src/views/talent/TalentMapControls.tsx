/** The talent map's pickers: chain, region, demand mode and period, cross-scheme mappings. */
import type { ReactNode } from 'react';
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import type { TalentMapQuery } from '../../core/analysis/talentMap.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { choicesOf } from '../analysis/choices.ts';
import { Picker } from '../analysis/Picker.tsx';
import { PeriodInput } from '../analysis/SkillGapControls.tsx';

const demandModes = ['structural', 'postings'] as const;

export function TalentMapControls({
  query,
  onChange,
  children,
}: {
  query: TalentMapQuery;
  onChange: (change: Partial<TalentMapQuery>) => void;
  children?: ReactNode;
}) {
  const { language, t } = useTranslation();
  const options = readyOptions(useAtomValue(pickerOptionsAtom));
  return (
    <div className="analysis-controls" data-testid="talent-map-controls">
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
        label={t('analysis.demand')}
        value={query.demand}
        choices={demandModes.map((mode) => ({ value: mode, label: t(`analysis.demand.${mode}`) }))}
        onChange={(demand) => onChange({ demand: demand as TalentMapQuery['demand'] })}
        testId="picker-demand"
        disabled={!options}
      />
      <PeriodInput
        id="talent-map-period"
        value={query.period}
        disabled={!options || query.demand !== 'postings'}
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
