/**
 * Switches the interface between Chinese (default) and English. The button reads the other
 * language's name in that language (its accessible name, as spoken); the title says what it does.
 */
import { htmlLang, otherLanguage, setLanguage } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';

export function LanguageToggle() {
  const { language, t } = useTranslation();
  return (
    <button
      type="button"
      className="lang-toggle"
      data-testid="lang-toggle"
      data-language={language}
      title={t('lang.switchLabel')}
      lang={htmlLang[otherLanguage(language)]}
      onClick={() => setLanguage(otherLanguage(language))}
    >
      {t('lang.switch')}
    </button>
  );
}
