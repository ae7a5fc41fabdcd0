/**
 * Appointment forms beyond 「…をもって充てる」: the office that 務める / 当たる, an appointer after a comma, a
 * list of roles each with its office (「（１）X　Y」「（１）X：Y」), 「Xに充てる者は、Yとする」 and short role names
 * set up in an appointment. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}|${r.appointedBy ?? ''}`);

test('[R-A1] 「Xは、Yが務める」「Xを置き、Yがこれを務める」「Xには、Yが当たる」 fill X with Y', () => {
  assert.deepEqual(
    roles(`第２条　最高情報セキュリティ責任者は、副市長が務める。
２　市に情報セキュリティ責任者を置き、各部長がこれを務める。
３　市に情報セキュリティ管理者を置く。情報セキュリティ管理者には、各課長が当たる。
４　情報セキュリティ責任者は、最高情報セキュリティ責任者を補佐する。
５　情報セキュリティ管理者は、情報セキュリティ責任者の指示に従う。
`),
    [
      '最高情報セキュリティ責任者|副市長|1|',
      '情報セキュリティ責任者|部長|2|',
      '情報セキュリティ管理者|課長|3|',
    ],
  );
});

test('「Xは、Yが務めるものとし、…」 and an office that 務める a duty (「職務を務める」) is no appointment', () => {
  assert.deepEqual(
    roles(`第２条　市に最高情報セキュリティ責任者を置き、副市長をもって充てる。
２　情報セキュリティ管理者は、各課長が務めるものとし、課の対策を行う。
３　情報セキュリティ管理者は、最高情報セキュリティ責任者の指示に従い、その職務を務める。
`),
    ['最高情報セキュリティ責任者|副市長|1|', '情報セキュリティ管理者|課長|2|'],
  );
});

test('[R-A1] 「Yのうちから、Zが指名する者」 with a comma before the appointer: the pool is the post, Z appoints', () => {
  assert.deepEqual(
    roles(`第２条　最高情報セキュリティ責任者は、副市長をもって充てる。
２　情報セキュリティ責任者は、部長のうちから、最高情報セキュリティ責任者が指名する者とする。
３　情報セキュリティ推進員は、課長補佐のうちから、情報セキュリティ責任者が指名する者をもって充てる。
`),
    [
      '最高情報セキュリティ責任者|副市長|1|',
      '情報セキュリティ責任者|部長|2|最高情報セキュリティ責任者',
      '情報セキュリティ推進員|課長補佐|3|情報セキュリティ責任者',
    ],
  );
});

test('[R-A1] staff picked 「課の職員のうちから、Zが指名する者」: the pool is the post, as for an office', () => {
  assert.deepEqual(
    roles(`第２条　情報セキュリティ管理者は、各課長をもって充てる。
２　情報セキュリティ担当者は、課の職員のうちから、情報セキュリティ管理者が指名する者をもって充てる。
`),
    ['情報セキュリティ管理者|課長|1|', '情報セキュリティ担当者|課の職員|2|情報セキュリティ管理者'],
  );
});

test('[R-A1] roles listed with their offices under 「次のとおりとする」: 「（１）X　Y」 and 「（１）X：Y」 (a bracket after the name stays part of it, as 「責任者（次長）」)', () => {
  const want = [
    '最高情報セキュリティ責任者|副市長|1|',
    '統括情報セキュリティ責任者|総務部長|2|',
    '情報セキュリティ管理者|課長|3|',
  ];
  const tail = `２　統括情報セキュリティ責任者は、最高情報セキュリティ責任者を補佐する。
３　情報セキュリティ管理者は、統括情報セキュリティ責任者の指示に従う。
`;
  assert.deepEqual(
    roles(`第３条　情報セキュリティ対策の推進体制は、次のとおりとする。
（１）最高情報セキュリティ責任者　副市長
（２）統括情報セキュリティ責任者　総務部長
（３）情報セキュリティ管理者　各課長
${tail}`),
    want,
  );
  assert.deepEqual(
    roles(`第３条　情報セキュリティ対策の推進体制は、次のとおりとする。
（１）最高情報セキュリティ責任者：副市長
（２）統括情報セキュリティ責任者：総務部長
（３）情報セキュリティ管理者：各課長
${tail}`),
    want,
  );
});

test('a listed term defined in words, or a role whose bracket is a note, gives no post', () => {
  const got = analyzePolicy(`第１条　用語の意義は、次のとおりとする。
（１）情報セキュリティ管理者　課の情報資産を管理する者
（２）情報資産　情報及び情報システム
第２条　情報セキュリティ対策のため、次の者を置く。
（１）情報セキュリティ統括者（必要に応じて置く）
`).roles.filter((r) => r.post);
  assert.deepEqual(got, []);
});

test('[R-A1] 「Xに充てる者は、Yとする」 fills X with Y', () => {
  assert.deepEqual(
    roles(`第２条　最高情報セキュリティ責任者に充てる者は、副市長とする。
２　情報セキュリティ管理者に充てる者は、各課長とする。
３　情報セキュリティ管理者は、最高情報セキュリティ責任者の指示に従う。
`),
    ['最高情報セキュリティ責任者|副市長|1|', '情報セキュリティ管理者|課長|2|'],
  );
});

test('[R-A1] a short role name (統括者, 管理者) set up by an appointment is a role; the same word as a mere noun is not', () => {
  assert.deepEqual(
    roles(`第２条　村に統括者を置き、副村長をもって充てる。
２　村に管理者を置き、総務課長をもって充てる。
３　管理者は、統括者の指示に従う。
４　担当者は、毎日点検を行う。
`),
    ['統括者|副村長|1|', '管理者|総務課長|2|'],
  );
});
