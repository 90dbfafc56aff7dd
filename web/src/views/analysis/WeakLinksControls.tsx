/** The weak-links pickers: chain and region (both required), and the view's actions. */
import type { ReactNode } from 'react';
import { pickerOptionsAtom, readyOptions, type WeakLinksQuery } from '../../core/analysis/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { choicesOf } from './choices.ts';
import { Picker } from './Picker.tsx';

export function WeakLinksControls({
  query,
  onChange,
  children,
}: {
  query: WeakLinksQuery;
  onChange: (change: Partial<WeakLinksQuery>) => void;
  children?: ReactNode;
}) {
  const { language, t } = useTranslation();
  const options = readyOptions(useAtomValue(pickerOptionsAtom));
  return (
    <div className="analysis-controls" data-testid="weak-links-controls">
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
        {...(!query.region && { emptyLabel: '' })}
        onChange={(region) => onChange({ region })}
        testId="picker-region"
        disabled={!options}
      />
      {children && <div className="analysis-actions">{children}</div>}
    </div>
  );
}
