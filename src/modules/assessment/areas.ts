/** Which policy area a clause belongs to, from the gap outline's cues on its headings. */
import { type Lang, t } from '../../i18n/index.ts';
import { AREAS } from '../policy/index.ts';

/** The area ids with their titles, for grouping and labels (the areas' own titles are the guideline's). */
export function areaTitles(lang: Lang = 'ja'): Record<string, string> {
  const out: Record<string, string> = { other: t(lang, 'assessment.area.other') };
  for (const a of AREAS) out[a.id] = a.title;
  return out;
}

/**
 * The most specific area whose cue appears in the clause's own heading or its ancestors'
 * (nearest heading first), else in the sentence; 'other' when nothing matches.
 */
export function areaOf(headings: string[], sentence: string): string {
  const byDepth = [...AREAS].sort((a, b) => Number(Boolean(b.parent)) - Number(Boolean(a.parent)));
  for (const h of [...headings].reverse()) {
    const hit = byDepth.find((a) => a.cues.some((c) => h.includes(c)));
    if (hit) return hit.id;
  }
  return byDepth.find((a) => a.cues.some((c) => sentence.includes(c)))?.id ?? 'other';
}
