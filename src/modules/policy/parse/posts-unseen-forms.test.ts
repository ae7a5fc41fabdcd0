/**
 * Appointment wordings of 例規 the other forms do not cover: a subject that says which one it is (「前項の」
 * 「各課に置く」), 「これに」 set off by a comma, the offices listed under 「次に掲げる者」, several roles paired with
 * their offices in one sentence (「AはYを、BはZを充てる」), the office in a bracket after the role, the role
 * named with 「として」 or after 「に」, and the office that 「となる」 or is 「命ずる」d the role. Texts written for
 * these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roleOf = (text: string, name: string) => analyzePolicy(text).roles.find((r) => r.name === name);
const postOf = (text: string, name: string) => roleOf(text, name)?.post;

const villageHead = '第１条　村に情報保全統括者を置き、副村長をもって充てる。\n';
const cityHead = '第１条　市に最高情報セキュリティ責任者を置き、副市長をもって充てる。\n';

test('a subject that says which one it is: 「前項の」「前条の」「各課に置く」', () => {
  const cases: [string, string, string][] = [
    [
      `${villageHead}第２条　村に情報資産管理者を置く。\n２　前項の情報資産管理者は、各課長の職にある者をもって充てる。\n`,
      '情報資産管理者',
      '課長',
    ],
    [
      `${cityHead}第２条　部に情報セキュリティ責任者を置く。\n第３条　前条の情報セキュリティ責任者は、各部長をもって充てる。\n`,
      '情報セキュリティ責任者',
      '部長',
    ],
    [
      `${cityHead}第２条　各課等に置く情報セキュリティ管理者は、当該課等の長をもって充てる。\n`,
      '情報セキュリティ管理者',
      '当該課等の長',
    ],
    [`${villageHead}第２条　各施設に置く施設情報管理者は、施設の長とする。\n`, '施設情報管理者', '施設の長'],
  ];
  for (const [text, name, post] of cases) assert.equal(postOf(text, name), post, text);
});

test('「これに」「これを」 set off by a comma', () => {
  const cases: [string, string, string][] = [
    [
      `${villageHead}第２条　情報資産管理者は、企画課長をもって、これに充てる。\n`,
      '情報資産管理者',
      '企画課長',
    ],
    [
      `${cityHead}第２条　情報システム管理者は、情報政策課長が、これを兼ねる。\n`,
      '情報システム管理者',
      '情報政策課長',
    ],
    [
      `${cityHead}第２条　情報システム管理者は、情報政策課長が、これに当たる。\n`,
      '情報システム管理者',
      '情報政策課長',
    ],
  ];
  for (const [text, name, post] of cases) assert.equal(postOf(text, name), post, text);
});

test('the offices listed under 「次に掲げる者（職）をもって充てる」: the first is the post', () => {
  const a = `${cityHead}第２条　情報セキュリティ責任者は、次に掲げる者をもって充てる。
（１）各部長
（２）議会事務局長
（３）各行政委員会の事務局長
`;
  assert.equal(postOf(a, '情報セキュリティ責任者'), '部長');
  const b = `${villageHead}第２条　村に情報資産管理者を置き、次に掲げる職にある者をもって充てる。
一　総務課長
二　住民課長
`;
  assert.equal(postOf(b, '情報資産管理者'), '総務課長');
});

test('several roles paired with their offices: 「AはYを、BはZを（もって）充てる」', () => {
  const a = `第１条　町に次の職を置く。
（１）最高情報セキュリティ責任者
（２）情報セキュリティ管理者
２　最高情報セキュリティ責任者は副町長を、情報セキュリティ管理者は各課長を充てる。
`;
  assert.equal(postOf(a, '最高情報セキュリティ責任者'), '副町長');
  assert.equal(postOf(a, '情報セキュリティ管理者'), '課長');
  const b = `第１条　組合に情報保全統括者、情報保全責任者及び情報保全担当者を置く。
第２条　情報保全統括者には事務局長を、情報保全責任者には総務課長を、情報保全担当者には総務係長をもって充てる。
`;
  assert.equal(postOf(b, '情報保全統括者'), '事務局長');
  assert.equal(postOf(b, '情報保全責任者'), '総務課長');
  assert.equal(postOf(b, '情報保全担当者'), '総務係長');
});

test('the office in a bracket after the role: 「X（Yをもって充てる。）は、…」', () => {
  const a = `${cityHead}第２条　統括情報セキュリティ責任者（総務部長をもって充てる。）は、最高情報セキュリティ責任者を補佐する。\n`;
  assert.equal(postOf(a, '統括情報セキュリティ責任者'), '総務部長');
  const b = `${villageHead}第２条　村に情報資産管理者（各課長をもって充てる。以下同じ。）を置く。\n`;
  assert.equal(postOf(b, '情報資産管理者'), '課長');
});

test('the role named with 「として」 before 「をもって充てる」, or with 「に」 after the office', () => {
  const cases: [string, string, string][] = [
    [
      `${villageHead}第２条　情報保全推進者として、各課の庶務担当係長をもって充てる。\n`,
      '情報保全推進者',
      '課の庶務担当係長',
    ],
    [
      `${cityHead}第２条　各課に、情報セキュリティ推進員として、課長補佐をもって充てる。\n`,
      '情報セキュリティ推進員',
      '課長補佐',
    ],
    [`${villageHead}第２条　企画課長を、情報資産管理者に充てる。\n`, '情報資産管理者', '企画課長'],
    [`${cityHead}第２条　情報政策課長を情報システム管理者に充てる。\n`, '情報システム管理者', '情報政策課長'],
  ];
  for (const [text, name, post] of cases) assert.equal(postOf(text, name), post, text);
});

test('the office that 「となる」 or is 「命ずる」d the role', () => {
  const cases: [string, string, string][] = [
    [`${villageHead}第２条　企画係長が、情報資産管理者となります。\n`, '情報資産管理者', '企画係長'],
    [`${cityHead}第２条　情報政策課長が情報システム管理者となる。\n`, '情報システム管理者', '情報政策課長'],
    [`${villageHead}第２条　村長は、総務課長に情報資産管理者を命ずる。\n`, '情報資産管理者', '総務課長'],
    [
      `${cityHead}第２条　市長は、情報政策課長に対し、情報システム管理者を命ずるものとする。\n`,
      '情報システム管理者',
      '情報政策課長',
    ],
  ];
  for (const [text, name, post] of cases) assert.equal(postOf(text, name), post, text);
});

test('a clause between the role and its office: 「Xは、Yの下に置き、Zをもって充てる」', () => {
  const a = `${cityHead}第２条　統括情報セキュリティ責任者は、最高情報セキュリティ責任者の下に置き、総務部長をもって充てる。\n`;
  assert.equal(postOf(a, '統括情報セキュリティ責任者'), '総務部長');
  const b = `${villageHead}第２条　情報資産管理者は、各課に１人置き、当該課の長をもって充てる。\n`;
  assert.equal(postOf(b, '情報資産管理者'), '当該課の長');
});

test('an acronym in a bracket after the role is its short name: 「X（CISO）は、」「X（CIO：…）を置き」', () => {
  const a = `第１条　最高情報セキュリティ責任者（CISO）は、副市長をもって充てる。
第２条　統括情報セキュリティ責任者は、総務部長をもって充て、CISOを補佐する。
`;
  assert.deepEqual(roleOf(a, '最高情報セキュリティ責任者')?.aliases ?? roleOf(a, 'CISO')?.aliases, [
    '最高情報セキュリティ責任者',
  ]);
  const b = `第１条　町に最高情報統括責任者（CIO：Chief Information Officer）を置き、副町長をもって充てる。
第２条　情報化推進責任者は、総務課長をもって充て、CIOを補佐する。
`;
  const cio = roleOf(b, 'CIO') ?? roleOf(b, '最高情報統括責任者');
  assert.ok(cio && [cio.name, ...(cio.aliases ?? [])].includes('CIO'));
  assert.equal(roleOf(b, '情報化推進責任者')?.tier, 2);
});

test('negative: 「前項の規定にかかわらず」 or a list that is no office names no post', () => {
  const a = `${villageHead}第２条　情報資産管理者は、次に掲げる事務を行う。
（１）情報資産の管理
（２）情報資産の分類
`;
  assert.equal(postOf(a, '情報資産管理者'), undefined);
  const b = `${villageHead}第２条　村長は、職員に情報資産の管理を命ずる。\n`;
  assert.ok(!analyzePolicy(b).roles.some((r) => r.post === '職員'));
});

test('「Xは、Yの職にある者とし、…」: the office said to be held, even one named like a role (会計管理者)', () => {
  const cases: [string, string, string][] = [
    [
      `${cityHead}第２条　情報セキュリティ監査責任者は、会計管理者の職にある者とし、監査を統括する。\n`,
      '情報セキュリティ監査責任者',
      '会計管理者',
    ],
    [
      `${villageHead}第２条　情報資産管理者は、総務課長の職にある者とし、情報資産を管理する。\n`,
      '情報資産管理者',
      '総務課長',
    ],
  ];
  for (const [text, name, post] of cases) assert.equal(postOf(text, name), post, text);
});

test('a deputy named 「…代理」 is a role: 「統括責任者代理を置き、Yをもって充てる」', () => {
  const a = `第１条　村に情報セキュリティ統括責任者を置き、副村長をもって充てる。
第２条　村に統括責任者代理を置き、総務課長をもって充てる。統括責任者代理は、情報セキュリティ統括責任者に事故があるときは、その職務を代理する。
`;
  assert.equal(postOf(a, '統括責任者代理'), '総務課長');
  assert.equal(roleOf(a, '統括責任者代理')?.tier, 2);
  const b = `第１条　市に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副市長をもって充てる。
第２条　CISO代理は、総務部長をもって充てる。
`;
  assert.equal(postOf(b, 'CISO代理'), '総務部長');
});

test('several roles in one sentence: 「A及びBは、それぞれY及びZ」「AはY、BはZをもって充てる」「AはYとし、BはZとする」', () => {
  const tail = '第９条　職員は、この規程を遵守しなければならない。\n';
  const cases: [string, Record<string, string>][] = [
    [
      '第１条　CISO及び副CISOは、それぞれ副市長及び総務部長をもって充てる。\n',
      { CISO: '副市長', 副CISO: '総務部長' },
    ],
    [
      '第１条　情報保全統括者、情報保全責任者及び情報保全担当者は、それぞれ事務局長、総務課長及び総務係長とする。\n',
      { 情報保全統括者: '事務局長', 情報保全責任者: '総務課長', 情報保全担当者: '総務係長' },
    ],
    [
      '第１条　最高情報セキュリティ責任者は副市長、統括情報セキュリティ責任者は総務部長をもって充てる。\n',
      { 最高情報セキュリティ責任者: '副市長', 統括情報セキュリティ責任者: '総務部長' },
    ],
    [
      '第１条　情報セキュリティ責任者は総務部長とし、情報セキュリティ管理者は各課長とする。\n',
      { 情報セキュリティ責任者: '総務部長', 情報セキュリティ管理者: '課長' },
    ],
  ];
  for (const [line, want] of cases)
    for (const [name, post] of Object.entries(want)) assert.equal(postOf(`${line}${tail}`, name), post, line);
});
