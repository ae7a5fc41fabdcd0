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
  }
  return terms.length > 0 ? terms : ['職員'];
}
