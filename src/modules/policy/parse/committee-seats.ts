/**
 * Seats given in one run after the committee is set up: 「…委員会を置き、ＣＩＳＯを委員長、統括責任者を副委員長とし、
 * 情報セキュリティ責任者及び情報システム管理者を委員とする」 — each seat to whom the text names before it.
 */

const CHAIR = '(?:委員長|会長|座長|議長|部会長)';
const VICE = '(?:副委員長|副会長|副座長|副議長|副部会長)';
const SEATS = new RegExp(
  `(?:^|、)([^、。]+?)を(${CHAIR})、([^、。]+?)を(${VICE})と(?:し、(.+?)を(?:委員|構成員|幹事|部会員)とする|する)`,
);

export interface Seats {
  chair: { title: string; post: string };
  viceChair: { title: string; post: string };
  members?: string;
}

/** The chair, the vice-chair and (as written) the members a sentence gives in one run, or null. */
export function seatsInRun(sentence: string): Seats | null {
  const m = SEATS.exec(sentence);
  if (!m) return null;
  return {
    chair: { title: m[2], post: m[1] },
    viceChair: { title: m[4], post: m[3] },
    ...(m[5] ? { members: m[5] } : {}),
  };
}
