/**
 * Approvers given in the description of a form (様式) at the end of the text, one line per act: 「様式第１に定める
 * 承認者の許可」 over 「承認者は、次のとおりとする。」「持出し　機密性３にあっては統括者、機密性２にあっては課長」.
 */
import type { Classification, ClauseNode } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { sameAct } from './approver-marks.ts';
import { approversPerLevel, levelMarks } from './approvers.ts';

/** The form a sentence refers to (「様式第１の申請書…同様式に定める承認者」), by its number. */
const FORM = /様式第?([0-9]+)/;

/**
 * The approvers by level of the form's line for the sentence's act; null where the sentence names no form
 * and approver in it, or the form has no line for that act.
 */
export function approversFromForm(
  sentence: string,
  nodes: () => ClauseNode[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): Record<string, string[]> | null {
  if (!scheme || !matcher.pattern || !/様式[^。]*に定める[^。]{0,6}?(?:許可|承認)/.test(sentence))
    return null;
  const number = FORM.exec(sentence)?.[1];
  const form = nodes().find((n) => n.style === 'appendix' && FORM.exec(n.path)?.[1] === number);
  if (!form) return null;
  // The form's own lines: the text joins the lines of a description that has no 。 at their ends.
  for (const raw of form.original.split('\n')) {
    const line = raw.normalize('NFKC').trim();
    const marks = levelMarks(line, scheme);
    if (marks.length === 0 || !sameAct(line.slice(0, marks[0].at), sentence)) continue;
    const out = approversPerLevel(line, marks, matcher, scheme);
    if (Object.keys(out).length > 0) return out;
  }
  return null;
}
