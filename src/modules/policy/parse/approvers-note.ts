/**
 * Approvers in a note in brackets after the permission sentence: by level 「…許可権者の許可を得なければならない。
 * （許可権者　機密性高：管理責任者、機密性中：課長）」, 「（承認者　機密性３及び機密性２：課長）」, 「その他：係長」,
 * 「（許可権者：レベル３は統括者、レベル２は課長）」; or one for every level 「（許可権者：課長）」, also after
 * an exception 「（許可権者が許可した場合を除く。許可権者：課長）」.
 */
import type { Classification } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { levelMarks } from './approvers.ts';
import { levelName } from './classification.ts';

const WHO = '(?:許可権者|許可者|承認者|承認権者|決裁者)';
const NOTE = new RegExp(`\\(${WHO}\\s*:?\\s*([^()]+)\\)`);
/** The note's last 「許可権者：」 and what follows it up to the note's first sentence end. */
const NAMED = new RegExp(`${WHO}\\s*:\\s*([^()。]+)(?:。[^()]*)?\\)$`);
/** 「その他」「それ以外」: the levels the note gives no one of their own. */
const REST = /^(?:その他|それ以外|上記以外|前記以外)/;

function rolesIn(matcher: ActorMatcher): (text: string) => string[] {
  const roleRe = new RegExp(matcher.pattern, 'g');
  return (text) => [...new Set([...text.matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0]))];
}

/** One part of a note: 「機密性高：X」 or 「レベル３はX」, as what it applies to and who. */
function splitPart(part: string): [string, string] | null {
  const at = part.indexOf(':');
  if (at >= 0) return [part.slice(0, at).trim(), part.slice(at + 1)];
  const wa = part.indexOf('は');
  return wa > 0 ? [part.slice(0, wa).trim(), part.slice(wa + 1)] : null;
}

/** The approvers of each level the note names; null where the sentence has no such note or it names no level. */
export function approversInNote(
  sentence: string,
  matcher: ActorMatcher,
  scheme: Classification | null,
): Record<string, string[]> | null {
  if (!scheme || !matcher.pattern || !sentence.includes('(')) return null;
  const note = NOTE.exec(sentence);
  if (!note) return null;
  const roles = rolesIn(matcher);
  const out: Record<string, string[]> = {};
  let rest: string[] = [];
  // What follows the note's first sentence (「。ただし、…については…」) is an exception, not a level's approver.
  for (const part of note[1].split('。')[0].split(/、|;/)) {
    const split = splitPart(part);
    if (!split) continue;
    const [what, whom] = split;
    const who = roles(whom);
    if (who.length === 0) continue;
    if (REST.test(what)) rest = who;
    for (const level of levelMarks(what, scheme).flatMap((m) => m.levels)) out[level] = who;
  }
  if (Object.keys(out).length === 0) return null;
  if (rest.length > 0) {
    // The levels the sentence names that the note leaves, else the rest of the axis.
    const outside = sentence.slice(0, note.index);
    const named = levelMarks(outside, scheme)
      .flatMap((m) => m.levels)
      .filter((l) => !(l in out));
    const axis = scheme.levels.find((l) => levelName(l) in out)?.axis;
    const left =
      named.length > 0
        ? named
        : scheme.levels.filter((l) => l.axis === axis && !(levelName(l) in out)).map((l) => levelName(l));
    for (const level of left) out[level] = rest;
  }
  return out;
}

/**
 * The approvers a note names for the sentence as a whole (「（許可権者：課長）」); none where the note gives
 * them level by level (「レベル３は…」, 「機密性高：…」) or the sentence has no such note.
 */
export function approversNamedInNote(sentence: string, matcher: ActorMatcher): string[] {
  if (!matcher.pattern || !sentence.endsWith(')') || !sentence.includes('。(')) return [];
  const named = NAMED.exec(sentence);
  if (!named) return [];
  const parts = named[1].split(/、|;/);
  if (parts.some((p) => splitPart(p) !== null)) return [];
  return rolesIn(matcher)(named[1]);
}
