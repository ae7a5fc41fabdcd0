/**
 * The one shape of a dictionary: every area writes its Japanese texts first and its English texts with the
 * same keys (the type checker refuses a missing or extra key; `test/web/text-parity.test.ts` checks it again
 * at run time). Screens read one with `useT(texts)`; plain code with `textsFor(texts, lang)`.
 * No React here, so the parity test can load every dictionary in Node.
 */

export type Lang = 'ja' | 'en';

/** The same keys with string leaves (nested groups allowed), whatever the Japanese values are. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends (...a: never[]) => unknown ? T[K] : Shape<T[K]>;
};

export interface Texts<T> {
  ja: T;
  en: Shape<T>;
}

/** Declares an area's dictionary: Japanese first, English of the same shape. */
export function defineTexts<T>(ja: T, en: Shape<T>): Texts<T> {
  return { ja, en };
}

/** The dictionary for a language (outside components; screens use `useT`). */
export function textsFor<T>(texts: Texts<T>, lang: Lang): T {
  return (lang === 'en' ? texts.en : texts.ja) as T;
}

/** A name the server keeps in both languages, in the reader's (an empty English name falls back to Japanese). */
export function inLang(lang: Lang, ja: string, en?: string | null): string {
  return lang === 'en' && en ? en : ja;
}

/** Fills `{name}` placeholders in a text; an unknown placeholder is left as written. */
export function fmt(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Every key path of a dictionary (`a.b.c`), for the parity test. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keyPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}
