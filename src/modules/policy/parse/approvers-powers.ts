/**
 * Approvers named by their powers: the acts only ask for 「許可権者の許可」, and each role's clause lists what it
 * may allow (「統括管理者は、次に掲げる許可の権限を有する。①重要度Aの情報の持出しの許可 ②…」). The act of
 * the sentence is matched with the power that shares its words, the act itself weighing most.
 */
import type { Classification, ClauseNode } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { levelsOf } from './approvers.ts';

/** 「…次に掲げる許可の権限を有する」: the items below are the role's powers. */
const POWERS_LEAD =
  /次に掲げる(?:[^。、]{0,8}の)?(?:許可|承認|許可及び承認)(?:の|に係る|を行う)?権限を有する/;
/** A sentence that asks for the permission of whoever holds the power, not of a role it names. */
export const HOLDER_OF_POWER = /(?:許可権者|承認権者|許可者|承認者)の(?:許可|承認)/;
/**
 * A sentence that asks for the permission of whoever a table names for its act, not of a role it names: 「別表第２に
 * 定める者の許可」, 「別表の左欄に掲げる行為の区分に応じ、同表の右欄に掲げる者の許可」.
 */
export const HOLDER_IN_TABLE =
  /表[^。]*?(?:定める|掲げる|記載する|示す|記載の)(?:許可権者|承認権者|者)の(?:事前の)?(?:許可|承認|決裁)/;
/** The permission at the end of a power (「…の廃棄の許可」). */
const PERMISSION_END = /の(?:許可|承認)$/;
/** One hiragana of a verb written between two kanji (持ち出す, 取り扱う) dropped, so 持出し meets 持ち出す. */
const OKURIGANA = /(\p{Script=Han})(?![のをにがはへとでもや])[\u3041-\u3096](?=\p{Script=Han})/gu;
/** Runs of words: what is not hiragana, punctuation or brackets. */
const RUN = /[^\u3041-\u309f、。,.()「」\s:]+/g;
/** The words that join nouns or acts (kept apart, so that 「及び」 is not read as a verb's kana). */
const JOIN = /及び|並びに|又は|若しくは/;

/** A role's power over one kind of act. */
export interface Power {
  role: string;
  levels: string[];
  words: Set<string>;
  /** the words of the acts themselves (持出し, 提供 in 「…の持出し及び外部への提供の許可」) */
  acts: Set<string>;
  /** the act as a table's row writes it: rows of the same act are one power split by level or by place */
  act?: string;
}

/** The pairs of letters of each run of words (持出し → 持出), the unit a power and a sentence are compared in. */
export function pairs(text: string): string[] {
  const out: string[] = [];
  for (const run of text.split(JOIN).join('、').replace(OKURIGANA, '$1').match(RUN) ?? [])
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/**
 * The last word of each act a power names: 「Aの持出し及びBの提供の許可」 → 持出, 提供; 「Aの承認及びBの許可」 →
 * both; not the nouns a 及び joins inside the object (「文書及び媒体の廃棄」, 「重要度A及び重要度Bの…」).
 */
function actsOf(text: string): string[] {
  const pieces = text
    .replace(/。$/, '')
    .split(JOIN)
    .map((p) => p.replace(OKURIGANA, '$1'));
  return pieces.flatMap((piece, i) => {
    const ends = PERMISSION_END.test(piece);
    const body = piece.replace(PERMISSION_END, '');
    const runs = [...body.matchAll(RUN)];
    const last = runs.at(-1);
    if (!last) return [];
    const act = ends || i === pieces.length - 1 || body[last.index - 1] === 'の';
    return act ? pairs(last[0]) : [];
  });
}

/** A role's power over the act a text names (a power's item, or a row's 申請事項 cell). */
export function powerOf(role: string, text: string, levels: string[]): Power {
  return { role, levels, words: new Set(pairs(text)), acts: new Set(actsOf(text)) };
}

/** Every power the text gives a role in a list under 「次に掲げる…権限を有する」. */
export function powersOf(
  clauses: ClauseNode[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): Power[] {
  const out: Power[] = [];
  for (const node of clauses) {
    if (node.children.length === 0 || !POWERS_LEAD.test(node.text)) continue;
    const role = matcher.subject(node.text).actors[0];
    if (!role) continue;
    for (const item of node.children) {
      if (!PERMISSION_END.test(item.text.replace(/。$/, ''))) continue;
      out.push(powerOf(role, item.text, levelsOf(item.text, scheme)));
    }
  }
  return out;
}

/** The words of a sentence's act: its pairs of letters, without the roles it names. */
export function wordsOf(sentence: string, matcher: ActorMatcher): Set<string> {
  const bare = matcher.pattern ? sentence.replace(new RegExp(matcher.pattern, 'g'), '、') : sentence;
  return new Set(pairs(bare.replace(/許可権者|承認権者|許可者|承認者/g, '、')));
}

/** Whether the sentence names one of the power's acts. */
export const namesAct = (words: Set<string>, p: Power) => [...p.acts].some((w) => words.has(w));

/** The power whose words the sentence shares most, one of its acts among them; null when none. */
export function bestPower(words: Set<string>, candidates: Power[]): Power | null {
  let best: Power | null = null;
  let top = 0;
  for (const p of candidates) {
    let acts = 0;
    let score = 0;
    for (const w of p.words) {
      if (!words.has(w)) continue;
      if (p.acts.has(w)) acts++;
      score += p.acts.has(w) ? 3 : 1;
    }
    if (acts > 0 && score > top) [best, top] = [p, score];
  }
  return best;
}

/**
 * Who allows the act of a sentence asking for 「許可権者の許可」: by level where the sentence names levels and the
 * powers name them, else the one role whose power matches the act.
 */
export function approversFromPowers(
  sentence: string,
  powers: Power[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): { byLevel: Record<string, string[]> | null; approver: string[] } | null {
  if (powers.length === 0 || !(HOLDER_OF_POWER.test(sentence) || HOLDER_IN_TABLE.test(sentence))) return null;
  // The roles the sentence names (its subject) are not words of its act.
  const words = wordsOf(sentence, matcher);
  const levels = levelsOf(sentence, scheme);
  if (levels.length > 0) {
    const byLevel: Record<string, string[]> = {};
    for (const level of levels) {
      const p = bestPower(
        words,
        powers.filter((q) => q.levels.includes(level)),
      );
      if (p) byLevel[level] = [p.role];
    }
    if (Object.keys(byLevel).length > 0)
      return { byLevel, approver: [...new Set(Object.values(byLevel).flat())] };
  }
  const p = bestPower(
    words,
    powers.filter((q) => q.levels.length === 0 || levels.length === 0),
  );
  if (!p) return null;
  // The rows of one act in a table: per level where each names one (the sentence naming none), else all who allow.
  const rows = p.act === undefined || levels.length > 0 ? [p] : powers.filter((q) => q.act === p.act);
  if (rows.length > 1 && rows.every((q) => q.levels.length === 1)) {
    const byLevel: Record<string, string[]> = {};
    for (const q of rows) byLevel[q.levels[0]] = [...new Set([...(byLevel[q.levels[0]] ?? []), q.role])];
    return { byLevel, approver: [...new Set(rows.map((q) => q.role))] };
  }
  return { byLevel: null, approver: [...new Set(rows.map((q) => q.role))] };
}
