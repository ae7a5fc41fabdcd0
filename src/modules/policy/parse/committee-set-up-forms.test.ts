/**
 * More ways a body is set up and composed: its name after what it is set up as (「…に対処するための組織として
 * Xを置く」), a name with ヶ after the place (「村に桜ヶ丘村…会議を置き」), the chair's seat given on the way to the
 * members (「…を置き、副村長を座長とし、各課長をもって構成する」), 「…を委員として組織し、その事務は…」, a member
 * named with the units that hold the role (「各学校の情報セキュリティ担当者」), and members picked by someone
 * (「…の職員及びXが指名する職員」). Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　村に情報統括責任者を置き、副村長をもって充てる。
第2条　各学校に情報セキュリティ担当者を置き、教頭をもって充てる。
`;
const committees = (article: string) => analyzePolicy(`${head}第3条　${article}\n`).committees;

test('「…に対処するための組織として X を置く」「…を担う機関として X を設置する」: the name is X', () => {
  assert.deepEqual(
    committees(
      '情報統括責任者の下に、事故に対処するための組織として桜台村ＣＳＩＲＴ（以下「ＣＳＩＲＴ」という。）を置く。',
    ).map((c) => c.name),
    ['桜台村CSIRT'],
  );
  assert.deepEqual(
    committees('村に、対策の推進を担う機関として情報化推進本部を設置する。').map((c) => c.name),
    ['情報化推進本部'],
  );
});

test('「村に桜ヶ丘村…会議を置き」「町に霞ヵ浦町…委員会を置く」: the place is not part of the name', () => {
  assert.equal(committees('村に桜ヶ丘村情報連絡会議を置く。')[0]?.name, '桜ヶ丘村情報連絡会議');
  assert.equal(committees('村に霞ヵ浦村文書管理委員会を置く。')[0]?.name, '霞ヵ浦村文書管理委員会');
});

test('「…を置き、Xを座長とし、A及びBをもって構成する」: the chair’s seat is no member', () => {
  const c = committees(
    '村に情報連絡会議（以下「会議」という。）を置き、情報統括責任者を座長とし、各課長及び各学校長をもって構成する。',
  )[0];
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.deepEqual(c?.memberNames, ['各課長', '各学校長']);
  const d = committees(
    '村に文書管理委員会（以下「委員会」という。）を置き、情報統括責任者を委員長とし、総務課長を副委員長とし、各課長で組織する。',
  )[0];
  assert.deepEqual(d?.memberNames, ['各課長']);
});

test('「…を委員として組織し、その事務（庶務）は…」 gives the members and the secretariat', () => {
  for (const word of ['事務', '庶務']) {
    const c = committees(
      `村に文書管理委員会（以下「委員会」という。）を置く。委員会は、情報統括責任者を委員長とし、総務課長及び住民課長を委員として組織し、その${word}は総務課において処理する。`,
    )[0];
    assert.deepEqual(c?.memberNames, ['総務課長', '住民課長'], word);
    assert.equal(c?.secretariat, '総務課', word);
  }
});

test('「各学校の情報セキュリティ担当者」「学校ごとの情報セキュリティ担当者」 as a member is the role', () => {
  const c = committees(
    '村に情報連絡会（以下「連絡会」という。）を置き、情報統括責任者を座長とし、各学校の情報セキュリティ担当者及び教育課長を構成員とする。',
  )[0];
  assert.deepEqual(c?.memberNames, ['情報セキュリティ担当者', '教育課長']);
  const d = committees(
    '村に情報連絡会（以下「連絡会」という。）を置く。連絡会は、情報統括責任者を座長とし、学校ごとの情報セキュリティ担当者をもって構成する。',
  )[0];
  assert.deepEqual(d?.memberNames, ['情報セキュリティ担当者']);
});

test('members picked by someone: the one picked, or as written where only 職員 would be left', () => {
  const c = committees(
    '村に桜台村ＣＳＩＲＴ（以下「ＣＳＩＲＴ」という。）を置く。ＣＳＩＲＴの構成員は、総務課の職員及び情報統括責任者が指名する職員とする。',
  )[0];
  assert.deepEqual(c?.memberNames, ['総務課の職員', '情報統括責任者が指名する職員']);
  const d = committees(
    '村に桜台村ＣＳＩＲＴ（以下「ＣＳＩＲＴ」という。）を置く。ＣＳＩＲＴの構成員は、情報統括責任者が指名する企画課の職員とする。',
  )[0];
  assert.deepEqual(d?.memberNames, ['企画課の職員']);
});
