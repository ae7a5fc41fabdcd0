import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { type Dict, ja } from './ja.ts';

export type Lang = 'ja' | 'en';
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

/** Fills `{name}` placeholders in a UI string. */
export function fmt(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

interface I18n {
  lang: Lang;
  t: Dict;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readLangCookie);
  useEffect(() => {
    // Write the cookie even for the default, so the server answers errors in the same language.
    writeLangCookie(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => setLangState(next), []);
  const value = useMemo(() => ({ lang, t: dicts[lang], setLang }), [lang, setLang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
