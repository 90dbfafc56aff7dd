/** Switches the interface between Chinese (default) and English. */
import { otherLanguage, setLanguage } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function LanguageToggle() {
  const { language, t } = useTranslation();
  return (
    <button
      type="button"
      className="lang-toggle"
      data-testid="lang-toggle"
      data-language={language}
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      onClick={() => setLanguage(otherLanguage(language))}
    >
      {t('lang.switch')}
    </button>
  );
}
