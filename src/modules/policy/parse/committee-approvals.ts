/**
 * Approvals a committee gives (「委員会の承認を得なければならない」) where the text says who gives them in its
 * name: 「…委員会の承認を要する事項は、委員長が委員会に諮って決定し、委員会の名において承認する」 — the chair's
 * holder approves.
 */
import type { Committee, Obligation } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { escapeRe } from './sentences.ts';

/** Gives 「Xの承認／許可」 of a committee the approver the text names as acting in the committee's name. */
export function committeeApprovals(
  obligations: Obligation[],
  committees: Committee[],
  matcher: ActorMatcher,
): void {
  for (const c of committees) {
    const names = [c.name, ...(c.alias ? [c.alias] : [])].map(escapeRe).join('|');
    const seat = c.chair?.title;
    if (!seat || !c.chair?.post) continue;
    const inName = new RegExp(`${escapeRe(seat)}が[^。]*?(?:${names})の名(?:において|で)(?:承認|許可)`);
    if (!obligations.some((o) => inName.test(o.text))) continue;
    const approver = matcher.resolve(c.chair.post) ?? c.chair.post;
    const asks = new RegExp(`(?:${names})の(?:承認|許可)を(?:得|受け)`);
    for (const o of obligations)
      if (!o.approver?.length && !o.approverByLevel && asks.test(o.text) && !inName.test(o.text))
        o.approver = [approver];
  }
}
