/**
 * A rule that sets aside the one before it for some levels (「(1) 機密性２以上の…はYの許可」 then 「(2) 前号の規定
 * にかかわらず、機密性３の…はXの許可」): those levels leave the rule before, which keeps only the levels no later rule
 * took.
 */
import type { Obligation } from '../types.ts';

/** 「前号の規定にかかわらず」「前項の規定にかかわらず」: a rule that sets aside the item or paragraph before it. */
const NOTWITHSTANDING = /^(?:前各?号|前項|前[0-9]+号)の規定にかかわらず/;
/** 「ただし、機密性３の…の許可は、Xから受けなければならない」: the sentence before keeps its rule, with X for that level. */
const PROVISO = /^ただし、/;
/** 「…の承認も得なければならない」: a second approver, besides the one the sentence before asks for. */
const ALSO = /(?:許可|承認|決裁|了承|同意)も(?:得|受け)/;

const parentPath = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** Takes the levels a 「前号の規定にかかわらず」 rule gives its own approver out of the rule before it. */
export function levelsSetAside(obligations: Obligation[]): void {
  obligations.forEach((o, i) => {
    const proviso = PROVISO.test(o.text);
    if (!o.approver?.length || !(proviso || NOTWITHSTANDING.test(o.text))) return;
    const levels = o.approverByLevel ? Object.keys(o.approverByLevel) : (o.levels ?? []);
    if (levels.length === 0) return;
    for (let k = i - 1; k >= 0; k--) {
      const p = obligations[k];
      if (parentPath(p.path) !== parentPath(o.path)) return;
      const by = p.approverByLevel;
      if (!by) continue;
      if (proviso) {
        // The proviso is part of the sentence before it: the levels it names take its approver there.
        if (p.path !== o.path || !levels.every((l) => l in by) || !o.levels?.length) return;
        const named = o.approverByLevel ?? Object.fromEntries(levels.map((l) => [l, o.approver ?? []]));
        // 「ただし、…ときは、Xの承認も得なければならない」: X as well as the approver the level had.
        if (ALSO.test(o.text))
          for (const l of Object.keys(named)) named[l] = [...new Set([...(by[l] ?? []), ...named[l]])];
        p.approverByLevel = { ...by, ...named };
        p.approver = [...new Set(Object.values(p.approverByLevel).flat())];
        return;
      }
      const kept = Object.keys(by).filter((l) => !levels.includes(l));
      // Only where the rule before named more levels than are set aside: something of it stays.
      if (kept.length === 0 || kept.length === Object.keys(by).length) return;
      p.approverByLevel = Object.fromEntries(kept.map((l) => [l, by[l]]));
      p.approver = [...new Set(kept.flatMap((l) => by[l]))];
      // The rule before holds only for the levels it keeps.
      if (p.levels) p.levels = p.levels.filter((l) => !levels.includes(l));
      return;
    }
  });
}
