import { en as coreEn, ja as coreJa } from './core.ts';

export type Lang = 'ja' | 'en';
export type Messages = Record<string, string>;

const catalogues: Record<Lang, Messages> = { ja: { ...coreJa }, en: { ...coreEn } };

/** Adds a module's messages; keys must be unique across modules. */
export function addMessages(ja: Messages, en: Messages): void {
  for (const k of Object.keys(ja)) {
    if (!(k in en)) throw new Error(`message ${k} has no English text`);
  }
  Object.assign(catalogues.ja, ja);
  Object.assign(catalogues.en, en);
}

/** Translates a message key, filling {name} placeholders; unknown keys fall back to the key itself. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const text = catalogues[lang][key] ?? catalogues.ja[key] ?? key;
  // A parameter may carry its words per language (`functions@en` beside `functions`, the Japanese).
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[`${name}@${lang}`] ?? params[name];
    return v === undefined ? m : String(v);
  });
}

/** The message keys that start with a prefix (`event.`: every audit event the modules declare). */
export function messageKeys(prefix: string): string[] {
  return Object.keys(catalogues.ja)
    .filter((k) => k.startsWith(prefix))
    .sort();
}

/** True when the key has a text (used by tests that check every error code is translated). */
export function hasMessage(key: string): boolean {
  return key in catalogues.ja && key in catalogues.en;
}

/** Picks the user's language from the `lang` cookie, then Accept-Language; Japanese by default. */
export function pickLang(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (cookie === 'en' || cookie === 'ja') return cookie;
  if (acceptLanguage && /^en\b/i.test(acceptLanguage.trim())) return 'en';
  return 'ja';
}
export { recordEventLabels } from './record-events.ts';
