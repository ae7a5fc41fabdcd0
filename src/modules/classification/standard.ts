import { type Lang, t } from '../../i18n/index.ts';

/**
 * The levels of the 総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」 for its three
 * axes, offered as a starting point when a body's policy names its axes but not their levels. Other axis
 * names get three plain levels (I, II, III). The body accepts, edits or replaces them.
 */
export interface StandardLevel {
  label: string;
  definition: string;
}

/** The guideline's levels per axis, highest first: each level's definition is `classification.standard.<axis>.<label>`. */
const GUIDELINE: Record<string, { axis: string; labels: string[] }> = {
  機密性: { axis: 'confidentiality', labels: ['3', '2', '1'] },
  完全性: { axis: 'integrity', labels: ['2', '1'] },
  可用性: { axis: 'availability', labels: ['2', '1'] },
};

const PLAIN = { axis: 'plain', labels: ['I', 'II', 'III'] };

/**
 * The standard levels for an axis the policy names without levels, their definitions in the language of
 * the one who reviews the proposal (the body then stores them as its own text).
 */
export function standardLevels(axis: string, lang: Lang = 'ja'): StandardLevel[] {
  const levels = GUIDELINE[axis] ?? PLAIN;
  return levels.labels.map((label) => ({
    label,
    definition: t(lang, `classification.standard.${levels.axis}.${label}`),
  }));
}
