/**
 * Committees (委員会): purpose, duties, chair (委員長), vice-chair (副委員長), members (委員),
 * secretariat (事務局・庶務) and the member table of a 別表 (〃 resolved) — each read once, in
 * whichever wording the text uses.
 */
import type { ClauseNode, Committee, CommitteeMemberTable, Role } from '../types.ts';
import { flatten } from './clauses.ts';
import { rosterLines, seatsEach, seatsInRun } from './committee-seats.ts';
import { escapeRe, splitNames as splitAll, splitSentences, stripParens } from './sentences.ts';

const DITTO = /^(?:〃|同上|同|″|々)$/;

/**
 * Members as the text lists them; staff of several units is one group (「総務課及び企画課の職員」), not the
 * first unit and the staff of the second.
 */
function splitNames(text: string): string[] {
  const parts = splitAll(text);
  const last = parts[parts.length - 1] ?? '';
  const units = parts.slice(0, -1);
  return units.length > 0 &&
    /^[^、。]+?(?:課|部|局|室|係|所|センター)の(?:職員|者)$/.test(last) &&
    units.every((u) => /^[\u4e00-\u9fffァ-ヴー]+(?:課|部|局|室|係|所|センター)$/.test(u))
    ? [text.trim()]
    : parts;
}

/** Replaces ditto marks (〃, 同上) with the value of the same column in the row above. */
export function resolveDitto(rows: string[][]): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    out.push(row.map((cell, i) => (DITTO.test(cell.trim()) && prev ? (prev[i] ?? cell) : cell)));
  }
  return out;
}

function appendixTable(tree: ClauseNode[], sentence: string): ClauseNode | undefined {
  const ref = /(別表|別記)(第?[0-9一二三四五六七八九十]+)?に(?:掲げる|定める)/.exec(sentence);
  if (!ref) return undefined;
  const label = ref[1] + (ref[2] ?? '');
  const appendices = tree.filter((n) => n.style === 'appendix' && n.label.startsWith(label));
  const tabled = appendices.find((n) => n.tables?.length);
  if (tabled) return tabled;
  // Rows aligned with spaces the normalization removed: each line begins with its seat.
  for (const n of appendices) {
    const rows = rosterLines(n.text);
    if (rows.length > 0) return { ...n, tables: [rows] };
  }
  return undefined;
}

function memberTable(node: ClauseNode | undefined): CommitteeMemberTable | undefined {
  const table = node?.tables?.[0];
  if (!node || !table || table.length < 2) return undefined;
  return { path: node.path, columns: table[0], rows: resolveDitto(table.slice(1)) };
}

const CHAIR = '(委員長|会長|座長|議長|本部長|班長|幹事長|部会長)';
/** The head of a committee or a team (CSIRT): 委員長, or a 責任者/リーダー that heads the team. */
const LEAD =
  '(委員長|会長|座長|議長|本部長|班長|幹事長|部会長|責任者|リーダー|統括者|(?:チーム|班|本部)の長)';
/** A body the text sets up: a committee, a team (CSIRT), a council. */
const BODY = '(?:委員会|幹事会|連絡会|協議会|検討会|CSIRT|チーム|会議|本部|班|部会|ワーキンググループ)';
/** The head of a team as the sentence that sets it up names it: 「Xを長とするチーム」. */
const LEAD_OF = '(委員長|座長|責任者|リーダー|統括者|長)';
const VICE = '(副委員長|副会長|副座長|副議長|副本部長)';
/** 「幹事長は総務係長を、幹事は…をもって充てる」: a seat ends at 「を、」 where the next seat is named. */
const NEXT_SEAT = 'を、(?=[^、。]{1,12}は)';
/** The seats of a committee, not its members: 「委員長、副委員長及び委員をもって組織する」. */
const SEAT =
  /^(?:副?(?:委員長|会長|座長|議長|本部長)|班長|幹事長|部会長|委員|幹事|構成員|本部員|班員|部会員|会員)$/;
/** A member's seat as the sentence that composes the body names it: 「…を委員として組織する」「…を会員とする」. */
const MEMBER_SEAT = '(?:委員|構成員|幹事|本部員|部会員|会員)';

/**
 * Members as the sentence lists them, each without who picks it (「監理者が指名する総務課の職員」 is 総務課の職員);
 * a member that is only 「…が指名する職員」 stays as written, as it names no one else.
 */
function picked(text: string): string[] {
  return splitNames(text).map((x) => {
    const rest = x.replace(/^[^、。]*?が(?:指名|任命|指定)する/, '');
    return /^(?:職員|者)$/.test(rest) ? x : rest;
  });
}

/** A post or role as the text names it, without 「の職にある者」 and the like. */
function who(text: string): string {
  return stripParens(text)
    .replace(/(?:の職にある者|の職にある職員|である者|の者)$/, '')
    .trim();
}

/** Reads chair, vice-chair, members and secretariat from one sentence of the committee's clauses. */
function readSentence(c: Committee, s: string, names: string, tree: ClauseNode[]): void {
  // 「最高責任者が指名する副院長」: the seat is filled by the post; who picks the person is another matter.
  const set = (key: 'chair' | 'viceChair', title: string, post: string) => {
    if (!c[key])
      c[key] = { title, post: who(post).replace(/^[^、。]*?が(?:指名|任命|指定)する(?=[^、。]+$)/, '') };
  };
  let m = new RegExp(`(?:${names})に${CHAIR}を置き、(.+?)をもって充て`).exec(s);
  if (m) set('chair', m[1], m[2]);
  // 「CSIRTに責任者を置き、情報政策課長をもって充てる」: a team's head set up like a committee's chair.
  m = new RegExp(`(?:${names})に${LEAD}を置き、(.+?)をもって充て`).exec(s);
  if (m) set('chair', m[1], m[2]);
  m = new RegExp(`(?:${names})に${VICE}を置き、(.+?)をもって充て`).exec(s);
  if (m) set('viceChair', m[1], m[2]);
  // 「委員会に委員長及び副委員長を置き、委員長はCISOを、副委員長は統括…をもって充てる」
  // 「本部長は町長を、副本部長は副町長を、本部員は課等の長をもって充てる」: each seat up to its own 「を」.
  m = new RegExp(`${CHAIR}は、?([^、。]+?)を、${VICE}は、?([^、。]+?)を(?:、|もって充て)`).exec(s);
  if (m) {
    set('chair', m[1], m[2]);
    set('viceChair', m[3], m[4]);
  }
  for (const [re, key] of [
    // 「会議の議長はCISOとし、会議の構成員は…とする」: the seat ends at 「とし、」.
    // 「議長は区統括責任者をもって、副議長は…をもって充てる」: a seat also ends at 「をもって、」.
    // 「…をもって充」 is enough: a PDF copy's running header may fall between 充 and てる.
    [
      new RegExp(
        `(?:^|、|(?:${names})の)${VICE}は、?(.+?)(?:をもって充|をもって、|とする|とし、|${NEXT_SEAT})`,
      ),
      'viceChair',
    ],
    [
      new RegExp(
        `(?:^|、|(?:${names})の)${CHAIR}は、?(.+?)(?:をもって充|をもって、|とする|とし、|${NEXT_SEAT})`,
      ),
      'chair',
    ],
  ] as const) {
    m = re.exec(s);
    if (m && !/互選/.test(m[2])) set(key, m[1], m[2]);
  }
  // 「委員会は、CISOを委員長とし、統括…及び課長等をもって組織する。」「…CISOを委員長、統括…を副委員長とし、…をもって構成する」
  // 「会議は、Aを議長、Bを副議長とし、C及びDを構成員とする」
  // 「CSIRTは、統括情報セキュリティ責任者を責任者とし、…の職員及び…をもって構成する」
  // 「推進会議は、議長を会長、副議長を副会長とし、A、B及びCを会員として組織する」: the members by their seat.
  // 「…を副委員長とし、委員は情報セキュリティ責任者をもって構成する」: the members' seat named before them.
  m = new RegExp(
    `(?:${names})は、(.+?)を${LEAD}(?:とし)?、(?:(.+?)を${VICE}(?:とし)?、)?(?:${MEMBER_SEAT}(?:には|は)、?)?(.+?)(?:(?:をもって|で)(?:組織|構成)する|を${MEMBER_SEAT}と(?:する|して(?:組織|構成)(?:する|し、)))`,
  ).exec(s);
  if (m) {
    set('chair', m[2], m[1]);
    if (m[3]) set('viceChair', m[4], m[3]);
    c.memberNames ??= splitNames(m[5]).map(who);
  }
  // 「…を置き、CISOを委員長、統括責任者を副委員長とし、A及びBを委員とする」: the seats in one run.
  const run = seatsInRun(s);
  if (run) {
    set('chair', run.chair.title, run.chair.post);
    set('viceChair', run.viceChair.title, run.viceChair.post);
    if (run.members && !c.memberNames) c.memberNames = splitNames(run.members).map(who);
  }
  // 「本部長には副連合長を、副本部長には事務局長を、本部員には各課長を充てる」: each seat up to the next.
  for (const [title, value] of seatsEach(s)) {
    if (new RegExp(`^${VICE}$`).test(title)) set('viceChair', title, value);
    else if (new RegExp(`^${CHAIR}$`).test(title)) set('chair', title, value);
    else if (!c.memberNames && !/別表|別記|^次(?:の各号)?に掲げる/.test(value))
      c.memberNames = picked(value).map(who);
  }
  // 「…を置き、統括者を委員長とし、A及びBを委員とする」: each seat given to whom the text names before it.
  m = new RegExp(`(?:^|、)([^、。]+?)を${CHAIR}と(?:し、|する)`).exec(s);
  if (m) set('chair', m[2], m[1]);
  m = new RegExp(`${CHAIR}とし、(.+?)を${MEMBER_SEAT}と(?:する|して(?:組織|構成)する)`).exec(s);
  if (m && !c.memberNames) c.memberNames = splitNames(m[2]).map(who);
  // A team's head: 「病院CSIRTの長は…とし」「その責任者は…とし」.
  m = new RegExp(
    `(?:(?:${names})の|その)(長|責任者|リーダー)は、?([^、。]+?)(?:をもって充て|とする|とし、)`,
  ).exec(s);
  if (m) set('chair', m[1], m[2]);
  // 「班員は監理者が指名する総務課の職員とする」「構成員は…の職員のうちから…が指名する」: who is picked, not who picks.
  // 「委員には…をもって充てる」 as 「委員は」.
  // 「…で組織し、CISOが幹事長となる」: the seat taken by a role.
  m = new RegExp(`(?:^|、)([^、。]+?)が${CHAIR}となる`).exec(s);
  if (m) set('chair', m[2], m[1]);
  m = new RegExp(
    `(?:^|、|(?:${names})の|その)(?:委員|幹事|構成員|本部員|班員|部会員)(?:には|は)、?(.+?)(?:をもって充て|とする|の中から|のうちから)`,
  ).exec(s);
  if (m && !c.memberNames && !/別表|別記|^次(?:の各号)?に掲げる/.test(m[1]))
    c.memberNames = picked(m[1]).map(who);
  // 「…に連絡会（以下「連絡会」という。）を置き、事務局長、次長及び係長をもって構成する」: set up and composed at once.
  m =
    new RegExp(`(?:${names})は、(.+?)(?:をもって|で)(?:組織|構成)(?:する|し、)`).exec(s) ??
    new RegExp(
      `(?:${names})(?:\\([^()]*\\))?を(?:置き|設置し)、(.+?)(?:をもって|で)(?:組織|構成)(?:する|し、)`,
    ).exec(s);
  // 「副村長を座長とし、各課等の長をもって構成する」: the chair's seat is given on the way.
  const seat = m
    ? new RegExp(`^(?:[^、。]+?を(?:${LEAD.slice(1, -1)}|${VICE.slice(1, -1)})とし、)+`).exec(m[1])
    : null;
  const listed = m?.[1].slice(seat?.[0].length ?? 0) ?? '';
  if (m && !c.memberNames && !/別表|別記|委員長|^次(?:の各号)?に掲げる/.test(listed)) {
    const members = splitNames(listed)
      .map(who)
      .filter((x) => !SEAT.test(x))
      .flatMap((x) => seatedAs(c, x, set));
    if (members.length > 0) c.memberNames = members;
  }
  m = secretariatOf(s, names);
  // 「委員会の事務局は、総務課内に置く」: the unit, without 内.
  if (m && !c.secretariat) c.secretariat = unitOf(m[1].replace(/(?<=[課部局室係])内$/, ''));
  // 「委員会の事務を処理するため、総務課に事務局を置く」
  m = new RegExp(`(?:${names})の(?:事務|庶務)を処理するため、?([^、。]+?)に事務局を置`).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  // 「委員会の事務局はデジタル推進課が担う」: the comma after は may be left out.
  m = new RegExp(`(?:${names})の(?:事務局|庶務)は、?([^、。]+?)(?:とする|が担当する|が担う|が行う)`).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  m = new RegExp(`(?:${names})に事務局を置き、(.+?)(?:をもって充て|とする)`).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  // 「委員会の事務局を総務課内に置く」「総務課は、委員会の庶務を処理する」: the unit named the other way round.
  m =
    new RegExp(`(?:${names})の(?:事務局|庶務)を、?([^、。]+?)(?:内)?に置`).exec(s) ??
    new RegExp(
      `^([^、。]+?(?:課|部|局|室|係|センター))は、(?:${names})の(?:事務局|庶務|事務)を(?:処理|担当|担)`,
    ).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  // 「委員会は、CISOを委員長とし、…をもって構成し、その事務局を総務課に置く」: 「その」 is the body the sentence is about.
  m = new RegExp(`^(?:${names})は、[^。]*?、その(?:事務局|庶務)を、?([^、。]+?)(?:内)?に置`).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  // 「幹事会は、CISO、…で組織し、CISOが幹事長となる」: the chair is named among the members only to take the seat.
  const takes = new RegExp(`(?:^|、)([^、。]+?)が${CHAIR}となる`).exec(s);
  if (takes && c.memberNames && c.memberNames.length > 1)
    c.memberNames = c.memberNames.filter((x) => x !== who(takes[1]));
  const appendix = appendixTable(tree, s);
  if (appendix && !c.members) c.members = memberTable(appendix);
  // 「委員は、別表に掲げる職にある者とする」 over a 別表 that lists one post a line: those are the members.
  if (
    !appendix &&
    !c.memberNames &&
    new RegExp(
      `(?:^|、|(?:${names})の)(?:委員|構成員)(?:には|は)、?(?:別表|別記)[^、。]*?に(?:掲げる|定める)|(?:${names})は、(?:別表|別記)[^、。]*?に(?:掲げる|定める)(?:者|委員|職)`,
    ).test(s)
  ) {
    const listed = appendixLines(tree, s);
    if (listed.length > 0) c.memberNames = listed.map(who);
  }
}

/** The lines of the 別表 a sentence refers to where each names one post (「総務課長」「税務課長」), else none. */
function appendixLines(tree: ClauseNode[], sentence: string): string[] {
  const ref = /(別表|別記)(第?[0-9一二三四五六七八九十]+)?に(?:掲げる|定める)/.exec(sentence);
  if (!ref) return [];
  const label = ref[1] + (ref[2] ?? '');
  const node = tree.find((n) => n.style === 'appendix' && n.label.startsWith(label) && !n.tables?.length);
  const lines = (node?.text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length > 0 && lines.every((l) => /^[^、。\s]{2,30}$/.test(l) && !SEAT.test(l)) ? lines : [];
}

/**
 * 「議長である統括者及び構成員である管理者…をもって構成する」: a member written with the seat it takes. The chair
 * and the vice-chair take their seats and leave the members; a member seat (構成員である管理者) is the member.
 */
function seatedAs(
  c: Committee,
  member: string,
  set: (key: 'chair' | 'viceChair', title: string, post: string) => void,
): string[] {
  const m = /^([^、。]{1,6}?)である([^、。]+)$/.exec(member);
  if (!m) return [member];
  if (new RegExp(`^${VICE}$`).test(m[1])) set('viceChair', m[1], m[2]);
  else if (new RegExp(`^${CHAIR}$`).test(m[1])) set('chair', m[1], m[2]);
  else if (SEAT.test(m[1])) return [m[2]];
  else return [member];
  return c.chair?.post === m[2] || c.viceChair?.post === m[2] ? [] : [m[2]];
}

/**
 * 「委員会の庶務は、総務課において処理する」, also where one sentence names the secretariat of several bodies
 * (「委員会、幹事会及び部会の庶務は、…」).
 */
function secretariatOf(s: string, names: string): RegExpExecArray | null {
  if (!/(?:事務局|庶務|事務)は/.test(s)) return null;
  // 「…を委員として組織し、その事務は総務課において処理する」: 「その」 is the body the sentence is about.
  return (
    new RegExp(
      `(?:^|[、。\n]|及び|並びに)(?:${names})(?:(?:、|及び|並びに)[^、。]{1,30}?)*?の(?:事務局|庶務|事務)は、?(.+?)(?:において|で|が|に)(?:行|処理|置)`,
    ).exec(s) ??
    // 「委員会は、…を委員として組織し、その庶務は総務課において処理する」: the body the sentence is about.
    new RegExp(
      `^(?:${names})は、[^。]*?、その(?:事務局|庶務|事務)は、?([^、。]+?)(?:において|で|が)(?:行|処理)`,
    ).exec(s)
  );
}

/** 「総務課の情報担当職員が処理する」: the secretariat is the unit whose staff does the work. */
function unitOf(who: string): string {
  return /^([^、。]+?(?:課|部|局|室|係|センター))の[^、。]*(?:職員|者)$/.exec(who)?.[1] ?? who;
}

/** A roster 別表 (委員長 | 副市長 / 委員 | 各部長): the chair, vice-chair and members by their rows. */
function rosterRoles(c: Committee, table: CommitteeMemberTable | undefined): void {
  if (!table) return;
  const rows = table.columns.length > 0 ? [table.columns, ...table.rows] : table.rows;
  const members: string[] = [];
  let head = '';
  for (const row of rows) {
    const cells = row.map((x) => x.trim());
    // A row with an empty first cell continues the row above (委員 | 総務部長 / | 企画財政部長).
    if (cells[0] !== '') head = cells[0];
    const value = cells
      .slice(1)
      .filter((x) => x !== '')
      .join('');
    if (!value) continue;
    if (new RegExp(`^${VICE}$`).test(head)) c.viceChair ??= { title: head, post: who(value) };
    else if (new RegExp(`^${CHAIR}$`).test(head)) c.chair ??= { title: head, post: who(value) };
    else if (/^(?:委員|構成員)$/.test(head)) members.push(...splitNames(value).map(who));
    else if (/^(?:事務局|庶務)$/.test(head)) c.secretariat ??= value;
  }
  if (members.length > 0 && !c.memberNames) c.memberNames = members;
}

/**
 * The committee's clause and the clauses after it that still speak of it: 「(委員長) 第7条 委員長は、…」,
 * 「(庶務)」, 「(会議)」 — up to the first sibling with another title.
 */
function scopeOf(node: ClauseNode, siblings: ClauseNode[], names: string): ClauseNode[] {
  const scope = [node];
  const about = new RegExp(`^(?:${names}|${CHAIR}|${VICE}|委員は)`);
  for (const n of siblings.slice(siblings.indexOf(node) + 1)) {
    const related =
      /委員|事務局|会議|庶務|幹事|部会|組織|構成|所掌|任務/.test(n.title ?? '') || about.test(n.text);
    if (n.title !== undefined && !related) break;
    if (new RegExp(`${BODY}(?:\\([^)]*\\))?を(?:置|設置)`).test(n.text)) break;
    scope.push(n);
  }
  return scope;
}

/**
 * Finds committees set up by the text (…委員会を置く / a committee heading). A team the roles already hold
 * (one the text puts in the chain of roles, roles.ts) is no committee.
 */
export function findCommittees(tree: ClauseNode[], roles: Role[] = []): Committee[] {
  const out: Committee[] = [];
  const parentOf = new Map<ClauseNode, ClauseNode[]>();
  const index = (list: ClauseNode[]) => {
    for (const n of list) {
      parentOf.set(n, list);
      index(n.children);
    }
  };
  index(tree);
  const setUp = new RegExp(
    `(?:、|^)([^、。]*?${BODY})(?:\\(以下「([^」]+)」という。\\))?を(?:置く|置き|設置する|設置し|設置しなければならない)`,
  );
  const bodyAtEnd = new RegExp(`${BODY}$`);
  const headedOnly: ClauseNode[] = [];
  for (const node of flatten(tree)) {
    const first = splitSentences(node.text)[0] ?? '';
    // Only a sentence that sets something up (を置…, を設置…) can: the pattern is tried on those only.
    const m = first.includes('を置') || first.includes('を設置') ? setUp.exec(first) : null;
    if (!m) {
      // A heading over two bodies (「推進会議及びCSIRT」) names none of them.
      if (node.title && bodyAtEnd.test(node.title) && !/及び|並びに|、/.test(node.title))
        headedOnly.push(node);
      continue;
    }
    // 「本村に情報セキュリティ委員会を置く」: the place where it is set up is not part of the name.
    // 「統括…の下にCSIRTを置く」「統括…を責任者とするCSIRT」: where it sits and who heads it are not its name.
    // 「各部長を委員とする推進委員会」: the members it is composed of are not its name either.
    // 「…に対処するための組織としてX」: what it is set up as is not its name either.
    const said = stripParens(m[1])
      .replace(/^.*(?:ため、?|に、)/, '')
      .replace(/^[^、。]*?(?:組織|機関|体制)として/, '');
    const head = new RegExp(`^(.+?)を${LEAD_OF}とする(?=[^、。]+$)`).exec(said);
    const seated = new RegExp(`^(.+?)を${MEMBER_SEAT}とする(?=[^、。]+$)`).exec(said);
    const name = said
      .replace(/^.*の下に/, '')
      .replace(new RegExp(`^.+?を${LEAD_OF}とする(?=[^、。]+$)`), '')
      .replace(new RegExp(`^.+?を${MEMBER_SEAT}とする(?=[^、。]+$)`), '')
      .replace(/^[\u4e00-\u9fff]{1,6}に(?=[\u4e00-\u9fffァ-ヶーA-Za-z]+$)/, '')
      .replace(
        /^[\u4e00-\u9fffァ-ヶー]{2,12}(?:センター|室|課|部|局)に(?=[\u4e00-\u9fffァ-ヶーA-Za-z]+$)/,
        '',
      );
    // 「…責任者その他の責任者並びに委員会を置く」 sets up several things at once, none of them by name.
    if (/並びに|及び|その他/.test(name)) continue;
    if (out.some((c) => c.name === name)) continue;
    const c = read(node, name, m[2], first);
    if (head && !c.chair) c.chair = { title: head[2], post: who(head[1]) };
    if (seated && !c.memberNames) c.memberNames = splitNames(seated[1]).map(who);
    out.push(c);
  }
  // A heading names a committee the text never sets up in a sentence (「(情報セキュリティ委員会)」 over its rules).
  for (const node of headedOnly) {
    const name = node.title ?? '';
    if (out.some((c) => c.name === name || c.name.endsWith(name) || c.alias === name)) continue;
    // A heading over the clauses that set a body up names that body, in whatever words (「1―8 緊急対応チーム」).
    if (out.some((c) => c.path.startsWith(`${node.path}/`))) continue;
    const first = splitSentences(node.text)[0] ?? '';
    // 「…は、美奈瀬町情報化推進本部（以下「本部」という。）において協議する」: the full name and its short name.
    const full = new RegExp(`([^、。「」()]*${name})\\(以下「([^」]+)」という。\\)`).exec(first);
    const fullName = full ? full[1].replace(/^.*?(?:は|を|に|が)、?(?=[^、。]*$)/, '') : name;
    const c = read(node, fullName, full?.[2], first);
    if (!full && !speaksOf(c, node)) continue;
    out.push(c);
  }
  const held = new Set(roles.flatMap((r) => [r.name, ...(r.aliases ?? [])]));
  if (held.size === 0) return out;
  // 「各学校の情報セキュリティ担当者」: a role named with the units that hold it is the role.
  for (const c of out)
    if (c.memberNames)
      c.memberNames = c.memberNames.map((x) => {
        const role = /^[^、。]{1,12}?の([^、。の]+)$/.exec(x)?.[1];
        return role && held.has(role) ? role : x;
      });
  return out.filter((c) => !held.has(c.name));

  /**
   * Whether a heading-only body is one: the text reads a seat, a member, a duty or a secretariat of it, or makes it
   * act (「委員会は、…」). A heading over rules for meetings held (「オンライン委員会」: 「…委員会を開催するときは」)
   * names no body.
   */
  function speaksOf(c: Committee, node: ClauseNode): boolean {
    if (c.chair || c.viceChair || c.memberNames || c.members || c.secretariat || c.duties.length > 0)
      return true;
    const kind = new RegExp(`${BODY}$`).exec(c.name)?.[0];
    const names = [c.name, ...(kind ? [kind] : [])].map(escapeRe).join('|');
    const acts = new RegExp(`(?:^|、)(?:${names})(?:は|が)`);
    return flatten([node]).some((n) => splitSentences(n.text).some((x) => acts.test(x)));
  }

  /** A sentence that sets up a body other than the committee read (its own name or short name). */
  function setsUpAnother(s: string, name: string, alias: string | undefined): boolean {
    if (!s.includes('を置') && !s.includes('を設置')) return false;
    const m = setUp.exec(s);
    if (!m) return false;
    const other = stripParens(m[1]).replace(/^.*(?:ため、?|に、?)/, '');
    return other !== '' && other !== alias && !name.endsWith(other) && !other.endsWith(name);
  }

  function read(node: ClauseNode, name: string, alias: string | undefined, first: string): Committee {
    const c: Committee = { name, path: node.path, duties: [], ...(alias ? { alias } : {}) };
    const purpose = /^(.+?)ため、/.exec(first);
    if (purpose) c.purpose = purpose[1];
    // The kind of body closing its name (情報セキュリティ連絡会 → 連絡会) is how the text calls it after.
    const kind = new RegExp(`${BODY}$`).exec(name)?.[0];
    const names = [...new Set([name, ...(alias ? [alias] : []), '委員会', ...(kind ? [kind] : [])])].join(
      '|',
    );
    for (const n of flatten(scopeOf(node, parentOf.get(node) ?? [], names))) {
      for (const s of splitSentences(n.text)) {
        // 「委員会に幹事会を置き、幹事長は…を、幹事は…をもって充てる」: the seats of another body set up inside it.
        if (setsUpAnother(s, name, alias)) continue;
        if (
          new RegExp(`(?:${names})は、次の(?:事務|事項)を所掌|次に掲げる(?:事項|事務)を(?:審議|所掌)`).test(
            s,
          ) &&
          n.list
        )
          c.duties.push(...n.list);
        // 「委員会は、次の各号に掲げる委員をもって組織する」 over 号 that name the members.
        if (
          n.list &&
          !c.memberNames &&
          new RegExp(`(?:${names})は、次(?:の各号)?に掲げる(?:委員|者)(?:をもって|で)(?:組織|構成)`).test(s)
        ) {
          // 「ア　委員長　CISO」「イ　副委員長　…」「ウ　委員　A、B及びC」: each item names its seat first.
          const seated = n.list.map((item) => /^(\S+)\s+(\S.*)$/.exec(item.trim()));
          if (seated.every((x) => x && SEAT.test(x[1])))
            rosterRoles(c, {
              path: n.path,
              columns: [],
              rows: seated.map((x) => [x?.[1] ?? '', x?.[2] ?? '']),
            });
          else c.memberNames = n.list.map(who);
        }
        // 「委員会は、次に掲げる者をもって組織する」 over lines that each begin with their seat (「委員長　CISO」).
        if (
          !n.list &&
          !c.memberNames &&
          new RegExp(`(?:${names})は、次(?:の各号)?に掲げる(?:委員|者)(?:をもって|で)(?:組織|構成)`).test(s)
        ) {
          const rows = rosterLines(n.text.slice(n.text.indexOf(s) + s.length));
          if (rows.length > 0) rosterRoles(c, { path: n.path, columns: [], rows });
        }
        // 「委員は、次に掲げる者をもって充てる」 over 号 that name them.
        if (
          n.list &&
          !c.memberNames &&
          /(?:委員|構成員|幹事|部会員)(?:には|は)、?次(?:の各号)?に掲げる(?:者|職)/.test(s)
        )
          c.memberNames = n.list.map(who);
        readSentence(c, s, names, tree);
      }
    }
    // A 庶務 clause of its own, after the bodies it serves, names the body by its own name or short name.
    if (!c.secretariat) {
      const own = [name, ...(alias ? [alias] : [])].map(escapeRe).join('|');
      for (const n of flatten(tree)) {
        const m =
          n.text.includes('の庶務は') || n.text.includes('の事務局は') ? secretariatOf(n.text, own) : null;
        if (m) {
          c.secretariat = unitOf(m[1]);
          break;
        }
      }
    }
    // The roster fills only what the sentences left open: 「委員長はCISOをもって充てる」 names the role.
    rosterRoles(c, c.members);
    return c;
  }
}
