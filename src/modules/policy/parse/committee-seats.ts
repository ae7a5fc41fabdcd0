/**
 * Seats given in one run after the committee is set up: 「…委員会を置き、ＣＩＳＯを委員長、統括責任者を副委員長とし、
 * 情報セキュリティ責任者及び情報システム管理者を委員とする」 — each seat to whom the text names before it; each seat
 * may close with its own 「とし」 (「ＣＩＳＯを座長とし、副議長を副座長とし、…を構成員とする」).
 */

const CHAIR = '(?:委員長|会長|座長|議長|部会長)';
const VICE = '(?:副委員長|副会長|副座長|副議長|副部会長)';
const MEMBER = '(?:委員|構成員|幹事|部会員)';
// 「…を委員とする」「…を委員として組織する」
// 「…を委員とする」「…を委員として組織する」; 「…をもって構成する」; the members also in the same run with no 「とし」
// (「ＣＩＳＯを委員長、統括責任者を副委員長、各課長を委員とする」).
const MEMBERS_TAIL = `(?:(.+?)を${MEMBER}と(?:する|して(?:組織|構成))|(.+?)をもって(?:構成|組織)する)`;
const SEATS = new RegExp(
  `(?:^|、)([^、。]+?)を(${CHAIR})(?:とし)?、([^、。]+?)を(${VICE})(?:と(?:し、${MEMBERS_TAIL}|する)|、([^、。]+?)を${MEMBER}と(?:する|して(?:組織|構成)))`,
);
/**
 * The seat first, then who fills it: 「委員長をＣＩＳＯ、副委員長を統括責任者とし、委員を各部長とする」; the members
 * may be named before their seat (「…とし、各課長及び情報システム管理者を構成員とする」).
 */
const SEATS_FIRST = new RegExp(
  `(?:^|、)(${CHAIR})を([^、。]+?)(?:とし)?、(${VICE})を([^、。]+?)と(?:し、(?:${MEMBER}を(.+?)とする|(.+?)を${MEMBER}と(?:する|して(?:組織|構成)する)|(.+?)をもって(?:構成|組織)する)|する)`,
);
/** Each seat given its holder: 「委員長にＣＩＳＯを、副委員長に統括責任者を充て、委員は各課長とする」. */
const SEATS_FILLED = new RegExp(
  `(?:^|、)(${CHAIR})に([^、。]+?)を、(${VICE})に([^、。]+?)を充て(?:る|、${MEMBER}(?:は|には)、?(.+?)(?:とする|を充てる))`,
);

export interface Seats {
  chair: { title: string; post: string };
  viceChair: { title: string; post: string };
  members?: string;
}

/** The chair, the vice-chair and (as written) the members a sentence gives in one run, or null. */
export function seatsInRun(sentence: string): Seats | null {
  const first = SEATS_FIRST.exec(sentence) ?? SEATS_FILLED.exec(sentence);
  if (first)
    return {
      chair: { title: first[1], post: first[2] },
      viceChair: { title: first[3], post: first[4] },
      ...((first[5] ?? first[6] ?? first[7]) ? { members: first[5] ?? first[6] ?? first[7] } : {}),
    };
  const m = SEATS.exec(sentence);
  if (!m) return null;
  return {
    chair: { title: m[2], post: m[1] },
    viceChair: { title: m[4], post: m[3] },
    ...((m[5] ?? m[6] ?? m[7]) ? { members: m[5] ?? m[6] ?? m[7] } : {}),
  };
}

/** A seat as a sentence or a roster line names it; the longer titles first (副委員長 before 委員長 before 委員). */
const SEAT_TITLE = '(?:副?(?:委員長|会長|座長|議長|本部長|部会長)|本部員|部会員|構成員|委員|幹事|会員)';
const EACH = new RegExp(`(?:^|、)(${SEAT_TITLE})(?:には|は)、?`, 'g');

/**
 * Seats filled one after another, 「本部長には副連合長を、副本部長には事務局長を、本部員には各課長を充てる」: each seat
 * with whom the text names up to the next seat (the last up to 「を充てる」), or none where the sentence fills no seat.
 */
export function seatsEach(sentence: string): [string, string][] {
  if (!sentence.includes('充て')) return [];
  const marks = [...sentence.matchAll(EACH)];
  if (marks.length < 2) return [];
  const out: [string, string][] = [];
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < marks.length ? (marks[i + 1].index ?? sentence.length) : sentence.length;
    const value = sentence
      .slice(start, end)
      .replace(/を(?:もって)?(?:これに)?充て[^、。]*。?$/, '')
      .replace(/を、?$/, '')
      .trim();
    if (value && !/[。]/.test(value)) out.push([m[1], value]);
  });
  return out;
}

/**
 * A roster 別表 written as lines that begin with the seat (「委員長　議会事務局長」 aligned with spaces the
 * normalization removed): its rows, or none where not every line names a seat.
 */
export function rosterLines(text: string): string[][] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const line = new RegExp(`^(${SEAT_TITLE}|事務局|庶務)[\\s:]*(\\S.*)$`);
  const rows = lines.map((l) => line.exec(l));
  return rows.length >= 2 && rows.every((r) => r) ? rows.map((r) => [r?.[1] ?? '', r?.[2] ?? '']) : [];
}
