/** The document's term for its staff: 職員 or 職員等 as defined by (以下「職員等」という。). */
import type { ClauseNode } from '../types.ts';
import { flatten } from './clauses.ts';

/** Staff terms defined by the text, the main one first; `['職員']` when none is defined. */
export function findStaffTerms(tree: ClauseNode[]): string[] {
  const terms: string[] = [];
  for (const n of flatten(tree)) {
    for (const m of n.text.matchAll(/以下「([^」]*(?:職員|従事者|従業員)[^」]*)」という/g)) {
      if (!terms.includes(m[1])) terms.push(m[1]);
    }
    if (n.title && /^職員等?$/.test(n.title) && !terms.includes(n.title)) terms.push(n.title);
    // A definition item 「(5) 職員等　本町の職員…をいう。」 or 「「職員等」とは、…をいう。」
    const defined =
      /^([^\s、。]{0,8}(?:職員|従事者|従業員)[^\s、。]{0,3})\s+[^\s].*をいう。?$/.exec(n.text) ??
      /^「?([^「」、。]{0,8}(?:職員|従事者|従業員)[^「」、。]{0,3})」?とは、/.exec(n.text);
    if (defined && !terms.includes(defined[1])) terms.push(defined[1]);
  }
  return terms.length > 0 ? terms : ['職員'];
}
