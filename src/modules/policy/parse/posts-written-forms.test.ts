/**
 * The forms real bodies use to name the office that fills a role, each on two invented texts: a distributive 各, an
 * office of every unit (所属長, 課長等, 部長等), an office written in full, an office with an aside (副市長（副市長が
 * ２人以上あるときは…）), an office written as whoever holds it (…の職にある者), staff picked by someone, two offices
 * joined by 又は, a 別表 or a tab table of roles, 「Xには、Yを充てる」, 「Xは、Yとする」, a role filled by the chair of a
 * committee, and a pool (副市長のうち市長が指定する者).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { samePost } from '../fixtures/score.ts';

const head = `第１条　この規程は、本町の情報資産の保全について定める。
第２条　本町に最高情報保全責任者（以下「CPO」という。）を置き、副町長をもって充てる。
２　CPOは、本町の情報保全に関する最終的な権限及び責任を有する。
`;

/** The post of a role and whether the top role is still the head, as the scorer compares posts. */
function check(body: string, role: string, post: string | undefined, appointedBy?: string): void {
  const a = analyzePolicy(head + body);
  const r = a.roles.find((x) => x.name === role || x.aliases?.includes(role));
  const all = a.roles.map((x) => `${x.name}|${x.post ?? '-'}|${x.tier ?? ''}`).join(' ');
  assert.ok(r, `${role} missing: ${all}`);
  if (post === undefined) assert.equal(r.post, undefined, all);
  else assert.ok(samePost(r.post, post), `${role}: want ${post}, got ${r.post} (${all})`);
  if (appointedBy) assert.equal(r.appointedBy, appointedBy, all);
  const top = a.roles.filter((x) => x.tier === 1).map((x) => x.name);
  assert.deepEqual(top, ['CPO'], all);
}

const under = (role: string) => `２　${role}は、CPOの指示に従い、所管の事務を行う。\n`;

test('「各課長」「各所属長」: the distributive 各', () => {
  check(
    `第３条　各課に情報保全管理者を置き、各課長をもって充てる。\n${under('情報保全管理者')}`,
    '情報保全管理者',
    '各課長',
  );
  check(`第３条　情報保全管理者は、各所属長とする。\n${under('情報保全管理者')}`, '情報保全管理者', '所属長');
});

test('「所属長」「課長等」「部長等」「各部局長」: the office of every unit', () => {
  check(
    `第３条　所属に情報保全管理者を置き、所属長をもって充てる。\n${under('情報保全管理者')}`,
    '情報保全管理者',
    '所属長',
  );
  check(
    `第３条　情報保全管理者には、所属長を充てる。\n${under('情報保全管理者')}`,
    '情報保全管理者',
    '所属長',
  );
  check(
    `第３条　課等に情報保全管理者を置き、課長等をもって充てる。\n${under('情報保全管理者')}`,
    '情報保全管理者',
    '課長等',
  );
  check(
    `第３条　課等に情報保全管理者を置き、課長等（課長及び課長に相当する職にある者をいう。以下同じ。）をもって充てる。\n${under('情報保全管理者')}`,
    '情報保全管理者',
    '課長等',
  );
  check(
    `第３条　部等に情報保全責任者を置き、部長等をもって充てる。\n${under('情報保全責任者')}`,
    '情報保全責任者',
    '部長等',
  );
  check(`第３条　情報保全責任者は、部長等とする。\n${under('情報保全責任者')}`, '情報保全責任者', '部長等');
  check(
    `第３条　情報保全責任者は、各部局長をもって充てる。\n${under('情報保全責任者')}`,
    '情報保全責任者',
    '部局長',
  );
  check(
    `第３条　各部局に情報保全責任者を置き、各部局長等をもって充てる。\n${under('情報保全責任者')}`,
    '情報保全責任者',
    '部局長等',
  );
});

test('「当該情報システムを所管する課長」: the office with the clause that says whose it is', () => {
  check(
    `第３条　情報システムごとに情報システム管理者を置き、当該情報システムを所管する課長をもって充てる。\n${under('情報システム管理者')}`,
    '情報システム管理者',
    '当該情報システムを所管する課長',
  );
  check(
    `第３条　情報システムを所管する課長を、当該情報システムの情報システム管理者とする。\n${under('情報システム管理者')}`,
    '情報システム管理者',
    '情報システムを所管する課長',
  );
});

test('「情報政策課長」「総務部長をもって充てる」: an office written in full', () => {
  check(
    `第３条　情報システム管理者は、情報政策課長とする。\n${under('情報システム管理者')}`,
    '情報システム管理者',
    '情報政策課長',
  );
  check(
    `第３条　統括情報保全責任者は、総務部長をもって充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '総務部長',
  );
  check(
    `第３条　総務部長をもって統括情報保全責任者に充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '総務部長',
  );
});

test('「副町長（副町長が２人以上あるときは、町長が指定する副町長）」: the aside is no part of the office', () => {
  check(
    `第３条　統括情報保全責任者は、副町長（副町長が２人以上あるときは、町長が指定する副町長）をもって充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '副町長',
  );
  check(
    `第３条　本町に統括情報保全責任者を置き、教育長（教育長が欠けたときは、教育次長）とする。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '教育長',
  );
});

test('「総務部長の職にある者」: the office written as whoever holds it', () => {
  check(
    `第３条　統括情報保全責任者は、総務部長の職にある者をもって充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '総務部長',
  );
  check(
    `第３条　統括情報保全責任者には、会計管理者の職にある者を充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '会計管理者',
  );
});

test('「町長が指名する職員」: staff picked by someone, no office', () => {
  check(
    `第３条　情報保全監査員は、町長が指名する職員をもって充てる。\n${under('情報保全監査員')}`,
    '情報保全監査員',
    undefined,
  );
  check(
    `第３条　情報保全監査員は、CPOが指名する職員とする。\n${under('情報保全監査員')}`,
    '情報保全監査員',
    undefined,
    'CPO',
  );
});

test('「〇〇課長又は〇〇室長」: two offices, the first is the post', () => {
  check(
    `第３条　情報システム管理者は、情報政策課長又は行政改革室長をもって充てる。\n${under('情報システム管理者')}`,
    '情報システム管理者',
    '情報政策課長',
  );
  check(
    `第３条　各課に情報保全推進者を置き、課長補佐又は係長をもって充てる。\n${under('情報保全推進者')}`,
    '情報保全推進者',
    '課長補佐',
  );
});

test('posts in a 別表 and in a tab table', () => {
  const table = (
    rows: string,
  ) => `第３条　別表の左欄に掲げる役割を置き、同表の右欄に掲げる職にある者をもって充てる。
第４条　職員は、端末を施錠しなければならない。
別表（第３条関係）

| 役割 | 充てる職 |
|---|---|
${rows}`;
  check(table('| 統括情報保全責任者 | 総務部長 |\n| 情報保全管理者 | 各課長 |\n'), '情報保全管理者', '課長');
  const tabs = `第３条　役割と充てる職は、次のとおりとする。
職名\t役割
総務部長\t統括情報保全責任者
各課長\t情報保全管理者
`;
  check(tabs, '統括情報保全責任者', '総務部長');
  check(tabs, '情報保全管理者', '課長');
});

test('「Xには、Yを充てる」「Xは、Yとする」', () => {
  check(
    `第３条　統括情報保全責任者には、総務部長を充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '総務部長',
  );
  check(
    `第３条　情報保全管理者には、各課長をもって充てる。\n${under('情報保全管理者')}`,
    '情報保全管理者',
    '課長',
  );
  check(
    `第３条　統括情報保全責任者は、総務部長とする。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '総務部長',
  );
  check(
    `第３条　統括情報保全責任者に充てる者は、総務部長とする。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '総務部長',
  );
});

test('a role filled by the chair of a committee', () => {
  const committee =
    '第３条　本町に情報保全委員会を置く。\n２　委員会の委員長は、副町長をもって充て、委員は、各課長をもって充てる。\n';
  check(
    `${committee}第４条　統括情報保全責任者は、情報保全委員会の委員長をもって充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '情報保全委員会の委員長',
  );
  check(
    `${committee}第４条　統括情報保全責任者は、委員会の副委員長とする。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '委員会の副委員長',
  );
});

test('「副町長のうち町長が指定する者」: the pool is the post', () => {
  check(
    `第３条　統括情報保全責任者は、副町長のうち町長が指定する者をもって充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '副町長',
  );
  check(
    `第３条　本町に統括情報保全責任者を置き、課長のうちからCPOが指名する者をもって充てる。\n${under('統括情報保全責任者')}`,
    '統括情報保全責任者',
    '課長',
    'CPO',
  );
});
