/**
 * A proviso after a prohibition that lifts it by someone's leave: 「…してはならない。ただし、Xの許可を得た場合は、この限り
 * でない。」 gives the prohibition X (and its act's topic); one giving approvers level by level is a `may` of its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　町に統括管理者を置き、副町長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、統括管理者の指揮を受ける。
第３条　情報資産は、その機密性に応じ、機密性３、機密性２及び機密性１に分類する。
第４条　職員は、情報資産を庁外へ持ち出してはならない。ただし、課管理者の許可を得た場合は、この限りでない。
第５条　職員は、情報資産を庁外へ持ち出してはならない。ただし、課管理者が業務上必要と認めて許可したときは、この限りでない。
第６条　職員は、機密性３又は機密性２の情報資産を庁外へ持ち出してはならない。ただし、機密性３の情報資産にあっては統括管理者の、機密性２の情報資産にあっては課管理者の許可を得た場合は、この限りでない。
第７条　職員は、私物の端末を業務に使用してはならない。ただし、機密性２の情報資産を取り扱う場合にあっては統括管理者の、機密性１の情報資産のみを取り扱う場合にあっては課管理者の許可を得たときは、この限りでない。
第８条　職員は、情報資産を外部に送信してはならない。ただし、送信先を二人で確認した場合は、この限りでない。
第９条　職員は、個人情報を外部に提供してはならない。ただし、本人の同意を得た場合は、この限りでない。
第10条　職員は、情報資産を庁外へ持ち出してはならない。ただし、課管理者の許可を得たときは、持ち出すことができる。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.filter((o) => o.path === path);

test('「ただし、Xの許可を得た場合は、この限りでない」 gives the prohibition X and the topic of its act', () => {
  assert.equal(ob('第4条').length, 1);
  assert.deepEqual(ob('第4条')[0].approver, ['課管理者']);
  assert.equal(ob('第4条')[0].topic, 'take_out');
  assert.deepEqual(ob('第5条')[0].approver, ['課管理者']);
  assert.equal(ob('第5条')[0].topic, 'take_out');
});

test('a proviso giving approvers level by level is a may of its own; the prohibition keeps none', () => {
  const [forbid, proviso] = ob('第6条');
  assert.equal(forbid.modality, 'must_not');
  assert.equal(forbid.approver, undefined);
  assert.equal(proviso.modality, 'may');
  assert.deepEqual(proviso.actors, []);
  assert.deepEqual(proviso.approverByLevel, { 機密性3: ['統括管理者'], 機密性2: ['課管理者'] });
  assert.equal(proviso.topic, 'take_out');
});

test('levels named by the case (「…を取り扱う場合にあってはXの」) are levels all the same; the topic is the prohibition’s', () => {
  const proviso = ob('第7条')[1];
  assert.deepEqual(proviso?.approverByLevel, { 機密性2: ['統括管理者'], 機密性1: ['課管理者'] });
  assert.equal(proviso?.topic, 'private_device');
});

test('a proviso naming no role, or the 本人’s 同意, gives no permission', () => {
  assert.equal(ob('第8条')[0].approver, undefined);
  assert.equal(ob('第8条').length, 1);
  assert.equal(ob('第9条')[0].approver, undefined);
});

test('「ただし、Xの許可を得たときは、…できる」 is a may with X; the prohibition takes X and its own act’s topic', () => {
  const [forbid, proviso] = ob('第10条');
  assert.equal(proviso.modality, 'may');
  assert.deepEqual(proviso.approver, ['課管理者']);
  assert.deepEqual(forbid.approver, ['課管理者']);
  assert.equal(forbid.topic, 'take_out');
});
