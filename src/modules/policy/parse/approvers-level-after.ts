/**
 * A level-dependent approver written in the sentence after the permission: 「職員は、機密性３又は機密性２の…を持ち出す
 * ときは、課長に申請し、その許可を受けなければならない。前段の場合において、機密性３の情報資産に係る許可は、課長
 * の申請を受けて統括者が行う。」 → 機密性３ by 統括者, 機密性２ by 課長. The second sentence states who gives the
 * permission; it asks for none and is no duty of its own. A ただし書 does the same: 「ただし、機密性３の…の了承は、Xが
 * 行う（ものとする）。」, or 「ただし、機密性３の…については、Xの許可を得なければならない。」 (a duty of its own that asks
 * for no permission).
 */
import type { Classification, Obligation } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { bracketedApprovers, levelsOf } from './approvers.ts';
import { levelName } from './classification.ts';
import { stripParens } from './sentences.ts';

/** 「（前段の場合において、|ただし、）機密性３の…（に係る|する場合の）許可は、…Xが行う（ものとする）。」 */
const GIVEN_BY =
  /^(?:(?:前段|この)の?場合において、|ただし、)?([^。]+?)(?:許可|承認|決裁|了承|同意)は、([^。]+?)が行う(ものとする)?。$/;
/**
 * 「ただし、機密性３の…については、Xの許可を得なければならない。」 (or 「この場合において、…」): another approver for the
 * levels it names.
 */
const PROVISO_ASKS =
  /^(?:ただし|この場合において)、[^。]*(?:許可|承認|決裁|了承|同意)([をも])(?:得|受け)なければならない。$/;
/** What the levels grade: an act done to it is asked only for the levels the text asks permissions for. */
const GRADED =
  /情報資産|電磁的記録|記録媒体|(?:情報|文書|資料|記録|データ|ファイル)(?!システム|セキュリティ|処理)/;
/** 「前項の規定にかかわらず、」: the next 項 giving the permission of the 項 before its approver for some levels. */
const NEXT_PARAGRAPH = /^前項の規定にかかわらず、/;
/** 「前項の承認は、機密性３の…にあっては、Xが行う。」: the permission of the 項 before, given by X for the levels named. */
const PREVIOUS_GIVEN = /^前項(?:の規定による|の)(?:許可|承認|決裁|了承|同意)は、[^。]*にあっては/;

const parentPath = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/**
 * The permission a sentence gives its approver to: the sentence before it in the same clause, or, for the next 項
 * (「前項の規定にかかわらず、…」), the last permission with an approver of the 項 before it in the same article.
 */
function permissionBefore(obligations: Obligation[], i: number): Obligation | undefined {
  const o = obligations[i];
  if (!NEXT_PARAGRAPH.test(o.text) && !PREVIOUS_GIVEN.test(o.text)) {
    const p = obligations[i - 1];
    return p && p.path === o.path ? p : undefined;
  }
  const article = parentPath(o.path);
  for (let k = i - 1; k >= 0; k--) {
    const p = obligations[k];
    if (p.path === o.path) continue;
    if (p.path !== article && parentPath(p.path) !== article) return undefined;
    if (p.approver?.length) return p;
  }
  return undefined;
}

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
  // The levels some permission of the text is asked for.
  const asked = new Set(obligations.filter((o) => o.approver?.length).flatMap((o) => o.levels ?? []));
  /**
   * The levels of the named levels' axis that the text asks a permission for, else every level of that axis. A
   * permission whose act is done to no information (「クラウドサービスを利用しようとするときは」, 「例外的な措置をとる」)
   * is asked whatever information it touches: every level of the axis.
   */
  const permittedWith = (levels: string[], text: string) => {
    const axis = scheme.levels.find((l) => levelName(l) === levels[0])?.axis;
    const ofAxis = scheme.levels.filter((l) => l.axis === axis).map((l) => levelName(l));
    if (!GRADED.test(stripParens(text).split(/。ただし、/)[0] ?? '')) return ofAxis;
    const permitted = ofAxis.filter((l) => asked.has(l) || levels.includes(l));
    return permitted.length > levels.length ? permitted : ofAxis;
  };
  // 「…するときは、X（機密性３の…にあっては、Y）の許可を得なければならない。」 naming no other level: X for the rest.
  for (const o of obligations) {
    if (!o.approver?.length || !o.text.includes('にあっては')) continue;
    // Approvers by level given only as the levels the sentence names (the bracket's among them) are read again.
    const given = Object.values(o.approverByLevel ?? {});
    if (given.some((r) => r.length !== o.approver?.length)) continue;
    const b = bracketedApprovers(o.text, matcher, scheme);
    if (!b || b.outside.length > 0) continue;
    const all =
      o.levels?.length && o.levels.some((l) => !b.inside.includes(l))
        ? o.levels
        : permittedWith(b.inside, o.text);
    o.approverByLevel = Object.fromEntries(
      all.map((l) => [l, [...(b.inside.includes(l) ? b.other : b.main)]]),
    );
    o.approver = [...new Set(Object.values(o.approverByLevel).flat())];
  }
  obligations.forEach((o, i) => {
    const p = permissionBefore(obligations, i);
    if (!p?.approver?.length) return;
    const m = o.text.includes('が行う') ? GIVEN_BY.exec(o.text.replace(NEXT_PARAGRAPH, '')) : null;
    const asked = m ? null : PROVISO_ASKS.exec(o.text);
    // One approver, or several that each allow (「Xの許可に加え、Yの承認を得なければならない」).
    const asks = !!asked && (o.approver?.length === 1 || (!!o.approver?.length && o.text.includes('に加え')));
    // 「前項の許可は、Xが行う。」 names no level: the 項 before takes X (approversOfPreviousParagraph).
    // Only one level so given, and not yet taken by that 項 (「…にあってはXが、…にあってはYが行う」 is).
    const previous =
      !!m && PREVIOUS_GIVEN.test(o.text) && !!o.approver?.length && o.text.split('にあっては').length === 2;
    if (!(m || asks) || (m && !previous && /^前[項条]の/.test(m[1]))) return;
    // 「当該許可は、機密性３の…にあっては、Xが行う。」: the levels may stand after the は.
    const levels = levelsOf(m ? (levelsOf(m[1], scheme).length > 0 ? m[1] : m[2]) : o.text, scheme);
    const given = m ? giver(m[2], matcher) : undefined;
    const by = m ? (given ? [given] : []) : (o.approver ?? []);
    if (levels.length === 0 || by.length === 0) return;
    // The levels the first sentence names, else those of the named levels' axis that the text asks a permission
    // for anywhere (機密性３ and ２, not the 機密性１ no permission names), else every level of that axis.
    const all = p.levels?.length ? p.levels : permittedWith(levels, p.text);
    const base = p.approverByLevel ?? Object.fromEntries(all.map((l) => [l, [...(p.approver ?? [])]]));
    const byLevel: Record<string, string[]> = { ...base };
    // 「…の承認も得なければならない」: X as well as the approver the level had.
    for (const l of levels)
      byLevel[l] = asked?.[1] === 'も' ? [...new Set([...(base[l] ?? []), ...by])] : [...by];
    p.approverByLevel = byLevel;
    p.approver = [...new Set(Object.values(byLevel).flat())];
    // A sentence with a modal ending (「…を得なければならない」「…が行うものとする」) stays a duty, asking for no
    // permission of its own; 「…が行う。」 states who gives it and is none.
    if (asks || m?.[3]) {
      delete o.approver;
      delete o.approverByLevel;
    } else dropped.add(o);
  });
  return dropped.size > 0 ? obligations.filter((o) => !dropped.has(o)) : obligations;
}
