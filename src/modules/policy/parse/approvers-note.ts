/**
 * Approvers by level in a note in brackets after the permission sentence: 「…許可権者の許可を得なければならない。
 * （許可権者　機密性高：管理責任者、機密性中：課長）」, 「（承認者　機密性３及び機密性２：課長）」, 「その他：係長」.
 */
import type { Classification } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { levelMarks } from './approvers.ts';
import { levelName } from './classification.ts';

const NOTE = /\((?:許可権者|許可者|承認者|承認権者|決裁者)\s*:?\s*([^()]+)\)/;
/** 「その他」「それ以外」: the levels the note gives no one of their own. */
const REST = /^(?:その他|それ以外|上記以外|前記以外)/;

/** The approvers of each level the note names; null where the sentence has no such note or it names no level. */
export function approversInNote(
  sentence: string,
  matcher: ActorMatcher,
  scheme: Classification | null,
): Record<string, string[]> | null {
  if (!scheme || !matcher.pattern || !sentence.includes('(')) return null;
  const note = NOTE.exec(sentence);
  if (!note) return null;
  const roleRe = new RegExp(matcher.pattern, 'g');
  const roles = (text: string) => [
    ...new Set([...text.matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0])),
  ];
  const out: Record<string, string[]> = {};
  let rest: string[] = [];
  for (const part of note[1].split(/、|;/)) {
    const at = part.indexOf(':');
    if (at < 0) continue;
    const [who, what] = [roles(part.slice(at + 1)), part.slice(0, at).trim()];
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
