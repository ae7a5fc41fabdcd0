/**
 * A level given an approver of its own after the permission: in the next 項 (「前項の規定にかかわらず、重要度Ⅰの…に係る
 * 承認は、Xが行うものとする。」), in a ただし書 that adds a second approver (「ただし、機密性３の…ときは、Xの承認も得なけ
 * ればならない。」), or in a 号 that sets the one before aside for a level (the levels the rule before is left with). A
 * role whose leave cannot be had (「事前にXの許可を得ることができないときは」) gives none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ARTICLES = `（総括責任者）
第１条　組合に総括責任者を置き、副管理者をもって充てる。
（管理責任者）
第２条　各課に管理責任者を置き、課長をもって充てる。
（システム担当者）
第３条　総務課にシステム担当者を置き、情報係長をもって充てる。
`;

const of = (text: string) => {
  const a = analyzePolicy(text);
  return (start: string) => {
    const o = a.obligations.find((x) => x.text.startsWith(start));
    return o ? (o.approverByLevel ?? o.approver ?? null) : 'none';
  };
};

test('「前項の規定にかかわらず、…の…に係る承認は、Xが行う」: the level the next 項 names takes X', () => {
  const roman = of(`${ARTICLES}（分類）
第４条　情報資産は、重要度Ⅰ、重要度Ⅱ及び重要度Ⅲに分類する。
（提供）
第５条　職員は、重要度Ⅰ又は重要度Ⅱの情報資産を外部の者に提供しようとするときは、管理責任者の承認を得なければならない。
２　前項の規定にかかわらず、重要度Ⅰの情報資産の提供に係る承認は、総括責任者が行うものとする。
３　職員は、重要度Ⅰの情報資産を電子メールで送信してはならない。
`);
  assert.deepEqual(roman('職員は、重要度I又は重要度IIの情報資産を外部'), {
    重要度I: ['総括責任者'],
    重要度II: ['管理責任者'],
  });
  assert.equal(roman('前項の規定にかかわらず'), null);
  const digits = of(`${ARTICLES}（分類）
第４条　情報資産は、機密性３、機密性２及び機密性１に分類する。
（持出し）
第５条　職員は、機密性２以上の情報資産を庁外に持ち出すときは、システム担当者の許可を受けなければならない。
２　前項の規定にかかわらず、機密性３の情報資産の持出しに係る許可は、管理責任者が行う。
`);
  assert.deepEqual(digits('職員は、機密性2以上'), {
    機密性3: ['管理責任者'],
    機密性2: ['システム担当者'],
  });
});

test('a ただし書 asking for a second approver for a level (「…の承認も得なければならない」): both for that level', () => {
  const also = of(`${ARTICLES}（分類）
第４条　情報資産は、機密性３、機密性２及び機密性１に分類する。
（委託）
第５条　管理責任者は、機密性２以上の情報資産を取り扱う業務を委託するときは、システム担当者の承認を得なければならない。ただし、機密性３の情報資産を取り扱う業務を委託するときは、総括責任者の承認も得なければならない。
`);
  assert.deepEqual(also('管理責任者は、機密性2以上'), {
    機密性3: ['システム担当者', '総括責任者'],
    機密性2: ['システム担当者'],
  });
  assert.equal(also('ただし、機密性3'), null);
  const atte = of(`${ARTICLES}（分類）
第４条　情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
（複製）
第５条　職員は、重要度Ａ又は重要度Ｂの情報資産を複製するときは、管理責任者の許可を受けなければならない。ただし、重要度Ａの情報資産にあっては、総括責任者の許可も受けなければならない。
`);
  assert.deepEqual(atte('職員は、重要度A又は重要度B'), {
    重要度A: ['管理責任者', '総括責任者'],
    重要度B: ['管理責任者'],
  });
});

test('a role whose leave cannot be had first gives none: 「事前にXの許可を得ることができないときは」「…を得るいとまがないときは」', () => {
  const cannot = of(`${ARTICLES}（例外措置）
第４条　管理責任者は、この規程によることが困難なときは、総括責任者の許可を得て例外措置をとらなければならない。
２　緊急を要し、事前に総括責任者の許可を得ることができないときは、管理責任者は、システム担当者の承認を得て例外措置をとらなければならない。
３　災害時において総括責任者の承認を得るいとまがないときは、職員は、管理責任者の承認を受けて端末を持ち出さなければならない。
`);
  assert.deepEqual(cannot('緊急を要し'), ['システム担当者']);
  assert.deepEqual(cannot('災害時において'), ['管理責任者']);
});

test('a 号 that sets the one before aside for a level: the rule before keeps the other levels, as its levels too', () => {
  const a = analyzePolicy(`${ARTICLES}（分類）
第４条　情報資産は、機密性３、機密性２及び機密性１に分類する。
（持出し）
第５条　職員の情報資産の持出しは、次に定めるところによる。
（１）　職員は、機密性２以上の情報資産を庁外に持ち出してはならない。ただし、管理責任者の許可を得たときは、この限りでない。
（２）　前号の規定にかかわらず、機密性３の情報資産を持ち出すときは、総括責任者の許可を得なければならない。
`);
  const first = a.obligations.find((o) => o.text.startsWith('職員は、機密性2以上'));
  assert.deepEqual(first?.approverByLevel, { 機密性2: ['管理責任者'] });
  assert.deepEqual(first?.levels, ['機密性2']);
  const second = a.obligations.find((o) => o.text.startsWith('前号の規定にかかわらず'));
  assert.deepEqual(second?.approverByLevel, { 機密性3: ['総括責任者'] });
});

test('「前項の承認は、機密性３の…にあっては、Xが行う。」: that level of the 項 before takes X, the others keep theirs', () => {
  const given = of(`${ARTICLES}（分類）
第４条　情報資産は、機密性３、機密性２及び機密性１に分類する。
（複製）
第５条　職員は、機密性２以上の情報資産を複製するときは、管理責任者の承認を得なければならない。
２　前項の承認は、機密性３の情報資産にあっては、総括責任者が行う。
`);
  assert.deepEqual(given('職員は、機密性2以上'), { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  const roman = of(`${ARTICLES}（分類）
第４条　情報資産は、重要度Ⅰ、重要度Ⅱ及び重要度Ⅲに分類する。
（提供）
第５条　職員は、重要度Ⅰ又は重要度Ⅱの情報資産を外部に提供するときは、システム担当者の許可を受けなければならない。
２　前項の規定による許可は、重要度Ⅰの情報資産にあっては、管理責任者が行うものとする。
`);
  assert.deepEqual(roman('職員は、重要度I又は重要度II'), {
    重要度I: ['管理責任者'],
    重要度II: ['システム担当者'],
  });
  assert.equal(roman('前項の規定による許可は'), null);
});

test('「…の場合はXの、それ以外の場合はYの承認」: the level named takes X, the other levels the sentence names Y', () => {
  const rest = of(`${ARTICLES}（分類）
第４条　情報資産は、機密性３、機密性２及び機密性１に分類する。
（複製）
第５条　職員は、機密性２以上の情報資産を複製するときは、機密性３の情報資産の場合は総括責任者の、それ以外の場合は管理責任者の承認を得なければならない。
`);
  assert.deepEqual(rest('職員は、機密性2以上'), { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  const other = of(`${ARTICLES}（分類）
第４条　情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
（廃棄）
第５条　職員は、重要度Ａ又は重要度Ｂの情報資産を廃棄するときは、重要度Ａの情報資産にあっては管理責任者、それ以外の場合にはシステム担当者の許可を得なければならない。
`);
  assert.deepEqual(other('職員は、重要度A又は重要度B'), {
    重要度A: ['管理責任者'],
    重要度B: ['システム担当者'],
  });
});
