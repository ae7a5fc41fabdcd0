/**
 * Approvals delegated: a 専決 list (「次に掲げる承認は、Xが専決することができる。ア 機密性「中」の…の持出しの承認」)
 * and a 委任 clause (「CISOの承認の権限のうち、Aに係るものはXに、Bに係るものはYに委任する。」). In the ordinary
 * case the holder of the delegated power approves: a sentence asking for the delegator's approval of such an act
 * goes to the holder — for the levels the delegation names, beside the delegator where the delegation leaves part
 * of the act out (「…を除く。」).
 */
import type { Classification, ClauseNode, Obligation } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { levelsOf } from './approvers.ts';
import { bestPower, type Power, pairs, powerOf, wordsOf } from './approvers-powers.ts';
import { levelName } from './classification.ts';
import { stripParens } from './sentences.ts';

/** A power handed to its holder: by whom (where the text says), and whether part of the act stays with the delegator. */
export interface Delegation extends Power {
  from?: string;
  partial: boolean;
  /** each act with the thing it is done to (ソフトウェア + 導入 in 「…及びソフトウェアの導入」) */
  objects: { thing: string[]; act: string[] }[];
}

/** Runs of words, as the powers are read. */
const RUN = /[^\u3041-\u309f、。,.()「」\s:]+/g;
const JOIN = /及び|並びに|又は|若しくは/;

/** The acts an item names, each with the run of words before it (「Aの機器の接続及びBのソフトウェアの導入」). */
function objectsOf(text: string): Delegation['objects'] {
  const pieces = stripParens(text)
    .replace(/の(?:許可|承認|決裁)$/, '')
    .split(JOIN);
  return pieces.flatMap((piece, i) => {
    const runs = piece.match(RUN) ?? [];
    // 「A系及びB系の端末への…」: a piece of one run before the last names a thing, not an act.
    if (runs.length === 0 || (runs.length === 1 && i < pieces.length - 1)) return [];
    const act = runs[runs.length - 1];
    const thing = runs.length > 1 ? runs[runs.length - 2] : '';
    return [{ thing: thing ? pairs(thing) : [], act: pairs(act) }];
  });
}

/** Whether the sentence names one of the delegation's acts done to its thing. */
const namesObject = (words: Set<string>, d: Delegation) =>
  d.objects.some(
    (o) => o.act.some((w) => words.has(w)) && (o.thing.length === 0 || o.thing.some((w) => words.has(w))),
  );

/** 「次に掲げる承認は、Xが専決することができる。」 */
const SENKETSU =
  /次に掲げる(?:許可|承認|決裁)(?:は|について)、([^。]+?)が専決(?:することができる|する(?:ものとする)?)。/g;
/** An item of the list below it: 「ア.…の承認」, up to the next item or lead. */
const ITEM = /(?:^|(?<=[\n)。]))\s*[ア-ン][.．、)]\s*/;
/** 「Xの承認の権限のうち、Aに係るものはYに、Bに係るものはZに委任する。」 */
const ININ = /([^、。]+?)の(?:許可|承認|決裁)の権限のうち、([^。]+?)に委任する。/g;
const PART = /(?:^|、)([^、]+?)に係るものは、?([^、]+?)に(?=、|$)/g;

const roleIn = (text: string, matcher: ActorMatcher) => {
  const m = new RegExp(matcher.pattern).exec(text);
  return m ? (matcher.resolve(m[0]) ?? m[0]) : undefined;
};

/** Every delegation the text makes. */
export function delegationsOf(
  clauses: ClauseNode[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): Delegation[] {
  const out: Delegation[] = [];
  if (!matcher.pattern) return out;
  for (const node of clauses) {
    const text = node.text;
    if (text.includes('専決')) {
      const leads = [...text.matchAll(SENKETSU)];
      leads.forEach((lead, i) => {
        const holder = roleIn(lead[1], matcher);
        if (!holder) return;
        const end = leads[i + 1]?.index ?? text.length;
        const below = text.slice(lead.index + lead[0].length, end).trim();
        const items =
          below !== '' ? below.split(ITEM) : leads.length === 1 ? node.children.map((c) => c.text) : [];
        for (const item of items.map((x) => x.trim()).filter((x) => /(?:許可|承認|決裁)/.test(x)))
          out.push({
            ...powerOf(holder, stripParens(item), levelsOf(item, scheme)),
            partial: /除く/.test(item),
            objects: objectsOf(item),
          });
      });
    }
    if (text.includes('委任'))
      for (const m of text.matchAll(ININ)) {
        const from = roleIn(m[1], matcher);
        for (const part of `${m[2]}に`.matchAll(PART)) {
          const holder = roleIn(part[2], matcher);
          if (!holder || !from) continue;
          out.push({
            ...powerOf(holder, `${stripParens(part[1])}の承認`, levelsOf(part[1], scheme)),
            from,
            partial: /除く/.test(part[1]),
            objects: objectsOf(part[1]),
          });
        }
      }
  }
  return out;
}

/** Sends each approval of a delegated act to the holder of the power (see the file's comment). */
export function approversByDelegation(
  obligations: Obligation[],
  delegations: Delegation[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): void {
  if (delegations.length === 0) return;
  for (const o of obligations) {
    if (o.approver?.length !== 1 || o.approvalsByAct) continue;
    const from = o.approver[0];
    const candidates = delegations.filter((d) => d.role !== from && (d.from ?? from) === from);
    if (candidates.length === 0) continue;
    const words = wordsOf(o.text, matcher);
    const levelled = candidates.filter((d) => d.levels.length > 0);
    const byLevel = levelled.length > 0 && scheme ? delegatedByLevel(o, levelled, words, scheme) : null;
    if (byLevel) {
      o.approverByLevel = byLevel;
      o.approver = [...new Set(Object.values(byLevel).flat())];
      continue;
    }
    const whole = candidates.filter((d) => d.levels.length === 0 && namesObject(words, d));
    if (whole.length === 0) continue;
    const holders = [...new Set(whole.map((d) => d.role))];
    const approver = whole.some((d) => d.partial) ? [from, ...holders] : holders;
    o.approver = approver;
    if (o.approverByLevel)
      o.approverByLevel = Object.fromEntries(Object.keys(o.approverByLevel).map((l) => [l, [...approver]]));
  }
}

/**
 * Level by level, the holder of the delegation of the act for that level, else the delegator: the levels the
 * sentence names, or every level of the delegation's axis where it names none. Null where no level changes.
 */
function delegatedByLevel(
  o: Obligation,
  delegations: Delegation[],
  words: Set<string>,
  scheme: Classification,
): Record<string, string[]> | null {
  const from = o.approver?.[0] ?? '';
  const axis = scheme.levels.find((l) => levelName(l) === delegations[0].levels[0])?.axis;
  const levels = o.levels?.length
    ? o.levels
    : scheme.levels.filter((l) => l.axis === axis).map((l) => levelName(l));
  const out: Record<string, string[]> = {};
  let changed = false;
  for (const level of levels) {
    const d = bestPower(
      words,
      delegations.filter((x) => x.levels.includes(level)),
    );
    out[level] = [d?.role ?? from];
    if (d) changed = true;
  }
  return changed ? out : null;
}
