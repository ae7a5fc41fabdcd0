import { useI18n } from '../i18n/index.tsx';

/** Switches between Japanese and English; the choice is kept in the `lang` cookie the server reads too. */
export function LanguageToggle() {
  const { lang, t, setLang } = useI18n();
  const other = lang === 'ja' ? 'en' : 'ja';
  return (
    <button
      type="button"
      className="lang-toggle"
      lang={other}
      aria-label={t.layout.switchToLabel}
      onClick={() => setLang(other)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="lang-toggle__icon">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path
          d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      {t.layout.switchTo}
    </button>
  );
}
