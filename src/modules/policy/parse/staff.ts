/**
 * The document's terms for the people it binds: 職員, 職員等, 教職員等, 議員等 … as the text defines
 * them (以下「職員等」という / a definition item 「(5) 職員等　…をいう。」 / 「「議員等」とは、…」).
 */
import type { ClauseNode } from '../types.ts';
import { flatten } from './clauses.ts';

/** A term that names people: 職員, 職員等, 教職員等, 議員等, 従事者, 組合業務従事者 … */
const PEOPLE = /^[^\s、。「」()]{0,10}(?:職員|議員|従事者|従業員|員|者|師|士)等?$/;
/** Words that name a thing, not people, even though they end like a people term. */
const NOT_PEOPLE = /(?:責任者|管理者|担当者|統括者|取扱者|委員|事業者|受託者)$/;

const isPeople = (term: string) => PEOPLE.test(term) && !NOT_PEOPLE.test(term) && term.length <= 12;
/**
 * A definition that ends in persons: 「…を受講する者及び聴講する者をいう。」, or in staff: 「…書記並びに…任用された
 * 会計年度任用職員をいう。」 (the body's own word for its staff, 書記等).
 */
const PERSONS_DEFINED = /(?:者|職員)をいう。?$/;
/** A term of a few kanji (and 等), not a role's or a contractor's name. */
const isTerm = (term: string) => /^[\u4e00-\u9fff]{1,10}等?$/.test(term) && !NOT_PEOPLE.test(term);

/** 「この基準において「職員等」とは、…をいい、「乗務員」とは、…をいう。」: terms defined inside a sentence. */
const DEFINED_IN_SENTENCE = /「([^「」、。]{1,12})」とは、/g;

/**
 * People terms defined by the text (its clauses, and the unnumbered opening paragraphs `preamble`), the
 * main one first; `['職員']` when none is defined.
 */
export function findStaffTerms(tree: ClauseNode[], preamble: string[] = []): string[] {
  const terms: string[] = [];
  const members: string[] = [];
  const add = (t: string) => {
    if (isPeople(t) && !terms.includes(t)) terms.push(t);
  };
  for (const line of preamble)
    if (line.includes('」とは、')) for (const m of line.matchAll(DEFINED_IN_SENTENCE)) add(m[1]);
  for (const n of flatten(tree)) {
    if (n.text.includes('以下「')) for (const m of n.text.matchAll(/以下「([^」]+)」という/g)) add(m[1]);
    if (n.title && /^職員等?$/.test(n.title)) add(n.title);
    // 「この基準において「職員等」とは、…をいい、「乗務員」とは、…をいう。」: terms defined inside a sentence.
    if (n.text.includes('」とは、')) for (const m of n.text.matchAll(DEFINED_IN_SENTENCE)) add(m[1]);
    // A term is defined by 「…をいう」 or 「…とは、」, which most clauses do not write.
    const defining = n.text.includes('をいう');
    const defined =
      (defining ? /^([^\s、。]{1,12})\s+[^\s].*をいう。?$/.exec(n.text) : null) ??
      (n.text.includes('とは、') ? /^「?([^「」、。]{1,12})」?とは、/.exec(n.text) : null);
    if (defined) {
      add(defined[1]);
      // 「受講生等　講座を受講する者…をいう」: a term defined as persons names people whatever its ending.
      if (PERSONS_DEFINED.test(n.text) && isTerm(defined[1]) && !terms.includes(defined[1]))
        terms.push(defined[1]);
      // 「役職員等　組合の役員及び職員…をいう」: the people the term gathers are named on their own too (役員は、…).
      if (terms.includes(defined[1]) && /をいう。?$/.test(n.text))
        for (const part of n.text
          .slice(defined[0].indexOf(defined[1]) + defined[1].length)
          .replace(/\([^()]*\)/g, '')
          .split(/及び|並びに|又は|、/))
          members.push(
            part
              .trim()
              .replace(/^.*の/, '')
              .replace(/^.*[ぁ-ゖ]/, ''),
          );
      // 「組合の職員（…からの派遣職員並びに会計年度任用職員を含む。）」: the people it says it includes, too.
      if (terms.includes(defined[1]))
        for (const inner of n.text.matchAll(/\(([^()]*?)を含む。?\)/g))
          for (const part of inner[1].split(/及び|並びに|又は|、/))
            members.push(part.trim().replace(/^.*の/, ''));
    }
    // 「議員等議員及び…をいう。」 when the space after the term was lost: the term ends at its first 等.
    const joined =
      defining && /をいう。?$/.test(n.text) ? /^([^\s、。]{1,10}?等)[^\s、。]/.exec(n.text) : null;
    if (joined) add(joined[1]);
  }
  // 「病院に勤務する医師、看護師、事務職員…」: each kind of people named on its own (医師は、…).
  for (const m of members) if (/^[\u4e00-\u9fff]{1,4}(?:員|師|士)$/.test(m)) add(m);
  return terms.length > 0 ? terms : ['職員'];
}
