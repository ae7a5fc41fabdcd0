/**
 * Lines of PDF copies (snippets invented for these tests): a page number glued to the end of a sentence,
 * and a number that a hard wrap put at the start of a line inside a sentence (「…TLS」+「1.2以上…」,
 * 「…は、」+「2―1の分類に…」), which is no label.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from '../text/normalize.ts';
import { flatten, parseClauses } from './clauses.ts';

const paths = (text: string) => flatten(parseClauses(text).tree).map((n) => n.path);
const lines = (text: string) => normalizeText(text).lines.map((l) => l.text);

test('a page number glued to the end of a sentence is dropped, in each of its forms', () => {
  for (const page of ['- 3 -', '3/24', '－３－', '３ページ', ' －　１２　－']) {
    const text = `西浜町情報セキュリティ基本方針
第１条　この方針は、町の情報資産を守ることを目的とする。${page}
第２条　職員は、この方針を守らなければならない。`;
    assert.deepEqual(lines(text).slice(1), [
      '第1条 この方針は、町の情報資産を守ることを目的とする。',
      '第2条 職員は、この方針を守らなければならない。',
    ]);
    assert.equal(normalizeText(text).furniture.length, 1, page);
  }
});

test('a number in a sentence is no label: the date 3/24 inside it and a page alone stay as they were', () => {
  const text = `北浜村情報セキュリティ基本方針
第１条　委員会は、3/24に開催する。
第２条　職員は、この方針を守らなければならない。`;
  assert.deepEqual(lines(text).slice(1), [
    '第1条 委員会は、3/24に開催する。',
    '第2条 職員は、この方針を守らなければならない。',
  ]);
});

test('a hard wrap before a number read in the sentence joins the lines (dotted, dash and 1. forms)', () => {
  const tls = `東岡市情報セキュリティ対策基準
１．技術的対策
1.1　暗号化
　情報システム管理者は、外部との通信を暗号化する場合には、ＴＬＳ
1.2以上を用いなければならない。
1.2　ログ
　情報システム管理者は、ログを取得しなければならない。`;
  assert.deepEqual(paths(tls), ['1.', '1./1.1', '1./1.2']);
  const dash = `南岡町情報セキュリティ対策基準
２　情報資産の分類と管理
２―１　情報資産の分類
　情報資産は、機密性により分類する。
２―２　情報資産の管理
（１）　情報資産が複製された場合には、複製された情報資産も
２―１の分類に基づき管理しなければならない。
（２）　職員等は、情報資産について、その分類を表示しなければならない。`;
  assert.deepEqual(paths(dash), ['2', '2/2-1', '2/2-2', '2/2-2/(1)', '2/2-2/(2)']);
  const form = `北岡町情報セキュリティ対策基準
第１条　職員は、外部記録媒体を持ち出すときは、別記
1.の様式により届け出なければならない。
第２条　職員は、この基準を守らなければならない。`;
  assert.deepEqual(paths(form), ['第1条', '第2条']);
});

test('a heading glued to its number after a finished sentence stays a heading (「2.1はじめに」, 「1.2 ログ」)', () => {
  const text = `西岡町情報セキュリティ対策基準
１．総則
1.1はじめに
　この基準は、町の情報資産を守るための対策を定める。
1.2　ログ
　情報システム管理者は、ログを取得しなければならない。`;
  assert.deepEqual(paths(text), ['1.', '1./1.1', '1./1.2']);
});

test('a hard wrap before an article reference with its 項 or 号 (「第5条第2項の規定により」) joins the lines', () => {
  for (const [body, reference] of [
    ['東山町', '第５条第２項の規定により'],
    ['西川村', '第５条第１号に掲げる者が'],
  ]) {
    const text = `${body}情報セキュリティ対策基準
（管理者）
第１条　課に情報セキュリティ管理者を置き、課長をもって充てる。
２　情報セキュリティ管理者（以下「管理者」という。）は、職員等が
${reference}報告した事項を記録しなければならない。
第２条　職員は、記録を保存しなければならない。
第３条　職員は、記録を廃棄しなければならない。
第４条　職員は、端末を管理しなければならない。
第５条　職員は、事故を報告しなければならない。
２　前項の報告は、書面で行う。`;
    assert.deepEqual(paths(text), ['第1条', '第1条/2', '第2条', '第3条', '第4条', '第5条', '第5条/2'], body);
  }
});

test('目次: an article range wrapped after its dash or its 「・」 closes on the next line, no entry of its own', () => {
  for (const [body, sep] of [
    ['北川町', '―'],
    ['南川村', '・'],
  ]) {
    const text = `${body}情報セキュリティ対策基準
目次
第１章　総則（第１条${sep}第２条）
第２章　情報資産の分類と管理（第３条${sep}
第４条）
附則
第１章　総則
（目的）
第１条　この基準は、情報資産を守るため必要な事項を定める。
（定義）
第２条　用語の意義は、基本方針の例による。
第２章　情報資産の分類と管理
（分類）
第３条　情報資産は、機密性により分類する。
（管理）
第４条　職員は、情報資産を管理しなければならない。
附　則
この基準は、令和７年４月１日から施行する。`;
    const parsed = parseClauses(text);
    assert.deepEqual(
      parsed.toc.map((e) => e.label),
      ['第1章', '第2章', '附則'],
      body,
    );
    assert.deepEqual(paths(text), [
      '第1章',
      '第1章/第1条',
      '第1章/第2条',
      '第2章',
      '第2章/第3条',
      '第2章/第4条',
      '附則',
    ]);
  }
});
