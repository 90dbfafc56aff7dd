/** The pickers' choices being listed, or why listing them failed (with a retry). */
import { loadPickerOptions, pickerOptionsAtom } from '../../core/analysis/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function OptionsStatus() {
  const { t } = useTranslation();
  const state = useAtomValue(pickerOptionsAtom);
  if (state.type === 'loading')
    return (
      <div className="notice notice-info" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('analysis.loadingOptions')}
      </div>
    );
  if (state.type === 'error')
    return (
      <div className="notice notice-error" role="alert">
        <span>{t('analysis.optionsFailed', { message: state.message })}</span>
        <button type="button" className="link-button" onClick={() => void loadPickerOptions()}>
          {t('analysis.retry')}
        </button>
      </div>
    );
  return null;
}
