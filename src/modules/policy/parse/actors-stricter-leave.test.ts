/**
 * A proviso with no subject of its own that asks a further leave for some cases (「ただし、…については、Xの許可を
 * 得なければならない」), a sentence that says who gives a leave (「…の承認は、Xが行うものとする」) and the auditor's
 * independence bind no one named: the actor of the sentence before does not carry over to them. A proviso that
 * allows the one named before keeps that actor. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.text.slice(0, 6)} ${o.actors.join('・') || '-'}`);

const SETUP = `第２条　町に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、副町長をもって充てる。
２　ＣＩＳＯの下に統括情報セキュリティ責任者（以下「統括責任者」という。）を置き、総務課長をもって充てる。
３　各課に情報セキュリティ管理者を置き、課長をもって充てる。
`;

test('「ただし、…については、Xの許可を得なければならない」 binds no one', () => {
  assert.deepEqual(
    actors(`${SETUP}第５条　職員は、重要度Ｂ以上の情報資産を庁舎の外へ持ち出すときは、情報セキュリティ管理者の許可を得なければならない。ただし、重要度Ａの情報資産の持出しについては、統括責任者の許可を得なければならない。
２　職員は、重要度Ｂ以上の情報資産を町以外の者に提供するときは、情報セキュリティ管理者の承認を受けなければならない。ただし、重要度Ａの情報資産を提供する場合は、ＣＩＳＯの了承を受けなければならない。
`),
    [
      '第5条 職員は、重要 職員',
      '第5条 ただし、重要 -',
      '第5条/2 職員は、重要 職員',
      '第5条/2 ただし、重要 -',
    ],
  );
});

test('「…の承認は、Xが行うものとする」 names the approver, not an actor', () => {
  const got =
    analyzePolicy(`${SETUP}第６条　職員は、重要度Ｂ以上の情報資産を複製するときは、情報セキュリティ管理者の承認を得なければならない。ただし、重要度Ａの情報資産を複製するときの承認は、統括責任者が行うものとする。
２　職員は、端末を庁外で使用するときは、情報セキュリティ管理者の許可を得なければならない。ただし、夜間に使用する場合の許可は、ＣＩＳＯが行うものとする。
`).obligations.filter((o) => o.text.startsWith('ただし'));
  assert.deepEqual(
    got.map((o) => o.actors),
    [[], []],
  );
});

test('a proviso that allows keeps the actor of the sentence before', () => {
  assert.deepEqual(
    actors(`${SETUP}第７条　職員は、私物の端末を業務に使用してはならない。ただし、統括責任者の許可を得た場合は、この限りでない。
２　職員は、電磁的記録媒体を端末に接続してはならない。ただし、業務上必要な場合であって、情報セキュリティ管理者の承認を受けたときは、接続することができる。
`).filter((l) => l.includes('/2')),
    ['第7条/2 職員は、電磁 職員', '第7条/2 ただし、業務 職員'],
  );
});

test('the auditor’s independence after another sentence of the same clause names no one', () => {
  assert.deepEqual(
    actors(`${SETUP}第８条　ＣＩＳＯは、毎年度、監査を行う職員を指名しなければならない。監査を行う職員は、自らが所属する課の監査を行ってはならない。
２　ＣＩＳＯは、監査の計画を定めるものとする。監査を行う者は、自己の所属する部局を監査してはならない。
`).filter((l) => l.startsWith('第8条')),
    ['第8条 CISOは、 CISO', '第8条 監査を行う職 -', '第8条/2 CISOは、 CISO', '第8条/2 監査を行う者 -'],
  );
});
