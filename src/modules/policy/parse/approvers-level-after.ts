/**
 * A level-dependent approver written in the sentence after the permission: 「職員は、機密性３又は機密性２の…を持ち出す
 * ときは、課長に申請し、その許可を受けなければならない。前段の場合において、機密性３の情報資産に係る許可は、課長
 * の申請を受けて統括者が行う。」 → 機密性３ by 統括者, 機密性２ by 課長. The second sentence states who gives the
 * permission; it asks for none and is no duty of its own.
 */
import type { Classification, Obligation } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { levelsOf } from './approvers.ts';
import { levelName } from './classification.ts';

/** 「（前段の場合において、）機密性３の…（に係る|する場合の）許可は、…Xが行う。」 */
const GIVEN_BY = /^(?:前段の場合において、)?([^。]+?)(?:許可|承認|決裁)は、([^。]+?)が行う。$/;

/** The role that gives the permission: the one right before 「が行う」 (not 「Yの申請を受けて」). */
function giver(text: string, matcher: ActorMatcher): string | undefined {
  const last = [...text.matchAll(new RegExp(matcher.pattern, 'g'))].at(-1);
  if (!last || last.index + last[0].length !== text.length) return undefined;
  return matcher.resolve(last[0]) ?? last[0];
}

/**
 * Moves each such sentence's approver onto the permission of the sentence before it in the same clause, for the
 * levels it names (the other levels keep the first sentence's approver), and drops the sentence from the duties.
 */
export function approversOfLevelAfter(
  obligations: Obligation[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): Obligation[] {
  if (!scheme || !matcher.pattern) return obligations;
  const dropped = new Set<Obligation>();
  obligations.forEach((o, i) => {
    const p = obligations[i - 1];
    if (!p || p.path !== o.path || !p.approver?.length || !o.text.includes('が行う')) return;
    const m = GIVEN_BY.exec(o.text);
    if (!m || /^前[項条]の/.test(m[1])) return;
    const levels = levelsOf(m[1], scheme);
    const by = giver(m[2], matcher);
    if (levels.length === 0 || !by) return;
    // The levels the first sentence names, else every level of the named levels' axis.
    const axis = scheme.levels.find((l) => levelName(l) === levels[0])?.axis;
    const all = p.levels?.length
      ? p.levels
      : scheme.levels.filter((l) => l.axis === axis).map((l) => levelName(l));
    const base = p.approverByLevel ?? Object.fromEntries(all.map((l) => [l, [...(p.approver ?? [])]]));
    const byLevel: Record<string, string[]> = { ...base };
    for (const l of levels) byLevel[l] = [by];
    p.approverByLevel = byLevel;
    p.approver = [...new Set(Object.values(byLevel).flat())];
    dropped.add(o);
  });
  return dropped.size > 0 ? obligations.filter((o) => !dropped.has(o)) : obligations;
}
