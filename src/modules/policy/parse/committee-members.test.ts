/** A committee's members named in 号 below 「次の各号に掲げる委員をもって組織する」, or after 「委員には」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const members = (text: string) => analyzePolicy(text).committees.map((c) => [c.name, c.memberNames ?? []]);

test('「次の各号に掲げる委員をもって組織する」 over kanji 号: the 号 are the members', () => {
  assert.deepEqual(
    members(`第６条　町に、情報化の重要事項を協議するため、情報化推進会議（以下「推進会議」という。）を置く。
２　推進会議は、次の各号に掲げる委員をもって組織する。
一　副町長
二　教育長
三　各課の長
３　推進会議の庶務は、企画課において処理する。
`),
    [['情報化推進会議', ['副町長', '教育長', '各課の長']]],
  );
});

test('「委員には…をもって充てる」 names the members as 「委員は」 does', () => {
  assert.deepEqual(
    members(`第６条　組合に、情報化推進会議（以下「推進会議」という。）を置く。
２　推進会議は、議長、副議長及び委員をもって組織する。
３　議長は事務局長をもって、副議長は総務課長をもって充て、委員には施設課長及び業務課長をもって充てる。
`),
    [['情報化推進会議', ['施設課長', '業務課長']]],
  );
});

test('[R-A1] 「次に掲げる者をもって組織する」 over items that name their seat first (ア　会長　…、ウ　委員　…): chair, vice-chair and members', () => {
  const [c] = analyzePolicy(`３　会議
(1)　村の情報管理を協議するため、情報管理会議（以下「会議」という。）を置く。
(2)　会議は、次に掲げる者をもって組織する。
ア　議長　副村長
イ　副議長　総務課長
ウ　委員　住民課長、福祉課長及び消防団の代表者
(3)　会議の庶務は、総務課において処理する。
`).committees;
  assert.deepEqual(
    [c?.chair, c?.viceChair, c?.memberNames, c?.secretariat],
    [
      { title: '議長', post: '副村長' },
      { title: '副議長', post: '総務課長' },
      ['住民課長', '福祉課長', '消防団の代表者'],
      '総務課',
    ],
  );
});

test('[R-A1] a body called after by its kind (情報管理協議会 → 協議会): 「協議会は、Aを会長、Bを副会長とし、C及びDを委員とする」 and 「協議会の事務は、X課が行う」', () => {
  const [c] = analyzePolicy(`４　協議会
ａ　町の情報管理を協議するため、情報管理協議会を置く。
ｂ　協議会は、副町長を会長、総務課長を副会長とし、住民課長及び税務課長を委員とする。
ｃ　協議会の事務は、企画課が行う。
`).committees;
  assert.deepEqual(
    [c?.name, c?.chair?.post, c?.viceChair?.post, c?.memberNames, c?.secretariat],
    ['情報管理協議会', '副町長', '総務課長', ['住民課長', '税務課長'], '企画課'],
  );
});
