/** The reader's language and the one text accessor, without JSX so dictionary files may use it in Node too. */
import { createContext, useContext } from 'react';
import { type Lang, type Texts, textsFor } from './define.ts';
import type { Dict } from './ja.ts';

export interface I18n {
  lang: Lang;
  /** The shell's own texts (`i18n/ja.ts`). */
  t: Dict;
  setLang(lang: Lang): void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** The one accessor: an area's dictionary in the reader's language. */
export function useT<T>(texts: Texts<T>): T {
  return textsFor(texts, useI18n().lang);
}
