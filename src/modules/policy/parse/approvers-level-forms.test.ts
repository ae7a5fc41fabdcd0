/**
 * Approvers chosen by the asset's level, in each way a sentence (or the one after it) splits them: 「…にあってはX、…
 * にあってはYの許可」, 「機密性３はX、機密性２はY」, 「X（機密性３の…にあっては、Y）の許可」, 「この場合において、…」,
 * 「当該許可は、…にあっては、Yが行う」, and a level that only reports (「…は、Xに届け出」) needing no one's leave.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const HEAD = `第１条　町に統括管理者を置き、副町長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、統括管理者の指揮を受ける。
第３条　情報資産は、その機密性に応じ、機密性３、機密性２及び機密性１に分類する。
第４条　職員は、機密性３又は機密性２の情報資産を外部の者に提供するときは、課管理者の許可を得なければならない。
`;

/** The obligations of article 5, written under the roles, the levels and a permission for 機密性３ and ２. */
function article(text: string) {
  return analyzePolicy(`${HEAD}第５条　${text}\n`).obligations.filter((o) => o.path === '第5条');
}

const SPLIT = { 機密性3: ['統括管理者'], 機密性2: ['課管理者'] };

const FORMS: [string, string][] = [
  [
    '…にあってはX、…にあってはYの許可を得て…できる',
    '職員は、機密性３の情報資産にあっては統括管理者、機密性２の情報資産にあっては課管理者の許可を得て、持ち出すことができる。',
  ],
  [
    '機密性３はX、機密性２はYの許可',
    '職員は、情報資産を持ち出すときは、機密性３は統括管理者、機密性２は課管理者の許可を得なければならない。',
  ],
  [
    '…についてはXの、…についてはYの許可',
    '職員は、情報資産を持ち出すときは、機密性３の情報資産については統括管理者の、機密性２の情報資産については課管理者の許可を得なければならない。',
  ],
  [
    '…ときはXの、…ときはYの許可',
    '職員は、機密性３の情報資産を持ち出すときは統括管理者の、機密性２の情報資産を持ち出すときは課管理者の許可を得なければならない。',
  ],
  [
    'Y（機密性３の…にあっては、X）の許可, no other level named',
    '職員は、情報資産を持ち出すときは、課管理者（機密性３の情報資産にあっては、統括管理者）の許可を得なければならない。',
  ],
  [
    'Y（…にあっては、X）の許可 with the levels named outside',
    '職員は、機密性３又は機密性２の情報資産を持ち出すときは、課管理者（機密性３の情報資産にあっては、統括管理者）の許可を得なければならない。',
  ],
];

for (const [form, text] of FORMS)
  test(`「${form}」 splits the approvers by level`, () => {
    assert.deepEqual(article(text)[0]?.approverByLevel, SPLIT);
  });

test('「この場合において、機密性３の…については、Xの許可を得なければならない」 gives X that level', () => {
  const [main, after] = article(
    '職員は、情報資産を持ち出すときは、課管理者の許可を得なければならない。この場合において、機密性３の情報資産については、統括管理者の許可を得なければならない。',
  );
  assert.deepEqual(main.approverByLevel, SPLIT);
  assert.equal(after?.approver, undefined);
});

test('「当該許可は、機密性３の…にあっては、Xが行う」 gives X that level and is no duty', () => {
  const obs = article(
    '職員は、情報資産を持ち出すときは、課管理者の許可を受けなければならない。当該許可は、機密性３の情報資産にあっては、統括管理者が行う。',
  );
  assert.equal(obs.length, 1);
  assert.deepEqual(obs[0].approverByLevel, SPLIT);
});

test('a level that is only reported (「機密性２の…はXに届け出」) needs no one’s leave, before or after the other', () => {
  const expected = { 機密性3: ['統括管理者'] };
  assert.deepEqual(
    article(
      '職員は、機密性３の情報資産を持ち出すときは統括管理者の許可を得、機密性２の情報資産を持ち出すときは課管理者に届け出なければならない。',
    )[0]?.approverByLevel,
    expected,
  );
  assert.deepEqual(
    article(
      '職員は、機密性２の情報資産を持ち出すときは課管理者に届け出、機密性３の情報資産を持ち出すときは統括管理者の許可を得なければならない。',
    )[0]?.approverByLevel,
    expected,
  );
});

test('a 届出 alone under a ただし書 asking leave for one level: the main sentence asks none, the ただし書 asks X for its level', () => {
  const [main, proviso] = article(
    '職員は、情報資産を持ち出すときは、課管理者に届け出なければならない。ただし、機密性３の情報資産については、統括管理者の許可を得なければならない。',
  );
  assert.equal(main.approver, undefined);
  assert.deepEqual(proviso?.approverByLevel, { 機密性3: ['統括管理者'] });
});
