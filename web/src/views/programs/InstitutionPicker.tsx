/** The institution picker of the program office's views (the institutions the pickers list). */
import { pickerOptionsAtom, readyOptions } from '../../core/analysis/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { choicesOf } from '../analysis/choices.ts';
import { Picker } from '../analysis/Picker.tsx';

export function InstitutionPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (institution: string) => void;
}) {
  const { language, t } = useTranslation();
  const options = readyOptions(useAtomValue(pickerOptionsAtom));
  return (
    <Picker
      label={t('facts.institution')}
      value={value}
      choices={choicesOf(options?.suppliers.Institution ?? [], language)}
      onChange={onChange}
      testId="picker-institution"
      disabled={!options}
    />
  );
}

/** A chain picker with an empty choice meaning "the chains each program serves". */
export function ServedChainPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (chain: string) => void;
}) {
  const { language, t } = useTranslation();
  const options = readyOptions(useAtomValue(pickerOptionsAtom));
  return (
    <Picker
      label={t('analysis.chain')}
      value={value}
      choices={choicesOf(options?.chains ?? [], language)}
      emptyLabel={t('programs.servedChains')}
      onChange={onChange}
      testId="picker-chain"
      disabled={!options}
    />
  );
}
