/**
 * A permission about a thing the classification lists as an example of one level: 「認定調査員は、調査票を持ち出す
 * ときは、許可を受け…」 where 区分Ａ is 「要介護認定の調査票、主治医意見書その他…に関する情報」 is a permission for 区分Ａ.
 */
import type { Classification, Obligation } from '../types.ts';
import { levelName } from './classification.ts';

/** The words a definition ends an example with, which are no part of the thing itself. */
const TAIL = /(?:に関する|に係る|の)?(?:情報資産|情報|もの|等|など)$/;

/**
 * The things a level's definition names as its examples (before 「その他」), by their last noun: 要介護認定の調査票 →
 * 調査票; and the kind they are examples of, where it is one word (「…その他の個人情報」 → 個人情報, which 特定個人情報
 * is too).
 */
function examplesOf(definition: string): string[] {
  const first = definition.split(/\s/)[0];
  const [head, ...rest] = first.split('その他');
  if (head === first && !head.includes('、')) return [];
  const kind = /^の?([\u4e00-\u9fff]{4,8})$/.exec(rest.join('その他'))?.[1];
  return [
    ...head
      .split(/、|及び|並びに|又は|若しくは/)
      .map((item) => (item.split('の').at(-1) ?? '').replace(TAIL, ''))
      .filter((core) => core.length >= 3 && /[\u4e00-\u9fff]/.test(core)),
    ...(kind && !/以外|以上|以下/.test(kind) ? [kind] : []),
  ];
}

const cache = new WeakMap<Classification, { level: string; examples: string[] }[]>();

/** Each level with the examples its definition lists, built once per scheme. */
function examplesByLevel(scheme: Classification): { level: string; examples: string[] }[] {
  let out = cache.get(scheme);
  if (!out) {
    const all = scheme.levels.map((l) => ({ level: levelName(l), examples: examplesOf(l.definition ?? '') }));
    // A thing listed under two levels tells neither apart.
    const count = new Map<string, number>();
    for (const e of all.flatMap((x) => x.examples)) count.set(e, (count.get(e) ?? 0) + 1);
    out = all
      .map((x) => ({ level: x.level, examples: x.examples.filter((e) => count.get(e) === 1) }))
      .filter((x) => x.examples.length > 0);
    cache.set(scheme, out);
  }
  return out;
}

/** Gives each permission naming no level, but a thing only one level lists as its example, that level. */
export function levelsOfNamedThings(obligations: Obligation[], scheme: Classification | null): void {
  if (!scheme) return;
  const levels = examplesByLevel(scheme);
  if (levels.length === 0) return;
  for (const o of obligations) {
    if (!o.approver?.length || o.levels?.length || o.approverByLevel) continue;
    const named = levels.filter((l) => l.examples.some((e) => o.text.includes(e)));
    if (named.length === 1) o.levels = [named[0].level];
  }
}
