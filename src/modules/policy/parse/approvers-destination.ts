/**
 * Approvers in 「申請先：…」 lines under the act's sentence, where the text makes the 申請先 the 許可権者
 * (「申請先は、当該行為の許可権者とする」): the sentence says only 「許可を受け」, the line below names who allows,
 * per level where it is split (「申請先：区分Ａ　X」 / 「区分Ｂ　Y」).
 */
import type { Classification, ClauseNode } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { levelMarks } from './approvers.ts';

/** The text says the 申請先 is the one who allows. */
export const DESTINATION_ALLOWS =
  /申請先は、[^。]{0,20}?(?:許可権者|承認権者|許可をする者|承認をする者)(?:とする|である)|(?:許可権者|承認権者)は、[^。]{0,20}?申請先とする/;
/** The line naming the 申請先. */
const LINE = /^\s*申請先\s*[:：]\s*/;

/**
 * The roles the 申請先 lines right below a sentence name, by level where a line starts with a level; null when
 * no such line follows it (another sentence between them is its own).
 */
export function approversFromDestination(
  sentence: string,
  node: ClauseNode,
  matcher: ActorMatcher,
  scheme: Classification | null,
): { approver: string[]; byLevel: Record<string, string[]> | null } | null {
  if (!matcher.pattern || !node.text.includes('申請先')) return null;
  const at = node.text.indexOf(sentence);
  if (at < 0) return null;
  const lines = node.text.slice(at + sentence.length).split('\n');
  // What follows the sentence on its own line must be nothing; the 申請先 line is the next one.
  if (lines[0].trim() !== '' || !LINE.test(lines[1] ?? '')) return null;
  const roleRe = new RegExp(matcher.pattern, 'g');
  const rolesIn = (text: string) => [
    ...new Set([...text.matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0])),
  ];
  const plain: string[] = [];
  const byLevel: Record<string, string[]> = {};
  for (const [i, line] of lines.slice(1).entries()) {
    const text = line.replace(LINE, '').trim();
    const marks = scheme ? levelMarks(text, scheme) : [];
    const leads = marks.length > 0 && marks[0].at === 0;
    // The lines after the first go on only as long as each names a level (「区分Ｂ　Y」).
    if (i > 0 && (!leads || text.includes('。'))) break;
    const roles = rolesIn(text.slice(leads ? (marks.at(-1)?.end ?? 0) : 0));
    if (roles.length === 0) break;
    if (!leads) {
      plain.push(...roles);
      break;
    }
    for (const level of marks.flatMap((m) => m.levels)) byLevel[level] = roles;
  }
  if (Object.keys(byLevel).length > 0)
    return { approver: [...new Set(Object.values(byLevel).flat())], byLevel };
  return plain.length > 0 ? { approver: plain, byLevel: null } : null;
}
