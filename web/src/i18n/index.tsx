import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { setErrorLanguage } from '../api/client.ts';
import { I18nContext } from './context.ts';
import type { Lang, Texts } from './define.ts';
import { en } from './en.ts';
import { type Dict, ja } from './ja.ts';

export { useI18n, useT } from './context.ts';
export { defineTexts, fmt, inLang, textsFor } from './define.ts';
export type { Lang, Texts };

const dicts: Record<Lang, Dict> = { ja, en };

/** Reads the `lang` cookie the server also reads; Japanese unless English was chosen. */
export function readLangCookie(): Lang {
  const m = /(?:^|;\s*)lang=(ja|en)(?:;|$)/.exec(document.cookie);
  return m?.[1] === 'en' ? 'en' : 'ja';
}

function writeLangCookie(lang: Lang): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie; CookieStore is not in every browser
  document.cookie = `lang=${lang}; Path=/; Max-Age=31536000; SameSite=Strict${secure}`;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const chosen = readLangCookie();
    setErrorLanguage(chosen);
    return chosen;
  });
  useEffect(() => {
    // Write the cookie even for the default, so the server answers errors in the same language.
    writeLangCookie(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  // Errors already on the screen are said in the new language on the render the switch causes.
  const setLang = useCallback((next: Lang) => {
    setErrorLanguage(next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, t: dicts[lang], setLang }), [lang, setLang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
