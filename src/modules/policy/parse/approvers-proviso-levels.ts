/**
 * A proviso lifts the prohibition before it for the levels that prohibition names: 「議員は、機密性Ⅳの…を印刷して
 * はならない。ただし、Xが必要と認めたときに限り、…印刷することができる。」 is X's leave for 機密性Ⅳ only.
 */
import type { Obligation } from '../types.ts';

/** A proviso: 「ただし、…」 that allows (「…できる」) or lifts (「この限りでない」). */
const PROVISO = /^ただし、[^。]*(?:できる|この限りでない)。?$/;
/** The sentence a proviso lifts: a prohibition, or a restriction (「…に限る」). */
const LIFTED = /てはならない。?$|に限る(?:もの)?(?:とする)?。?$/;

/** Gives each proviso naming no level, with approvers, the levels of the sentence it lifts (same clause, just before). */
export function approversOfProvisoLevels(obligations: Obligation[]): void {
  obligations.forEach((o, i) => {
    const p = obligations[i - 1];
    if (!p?.levels?.length || p.path !== o.path || !o.approver?.length) return;
    if (o.levels?.length || o.approverByLevel || !PROVISO.test(o.text) || !LIFTED.test(p.text)) return;
    const approver = o.approver;
    o.levels = [...p.levels];
    o.approverByLevel = Object.fromEntries(p.levels.map((l) => [l, [...approver]]));
  });
}
