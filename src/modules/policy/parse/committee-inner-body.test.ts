/**
 * A body set up inside a committee (「委員会に幹事会を置き、幹事長は…を、幹事は…をもって充てる」) has seats of its own:
 * they are not the committee's chair and members. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　町に情報統括責任者を置き、副町長をもって充てる。
第2条　町に情報推進責任者を置き、企画課長をもって充てる。
`;
const committees = (article: string) =>
  analyzePolicy(`${head}第3条　${article}\n`).committees.map((c) => ({
    name: c.name,
    chair: c.chair?.post,
    members: c.memberNames,
  }));

test('「委員会に幹事会を置き、幹事長は…を、幹事は…をもって充てる」 seats the 幹事会 only', () => {
  assert.deepEqual(
    committees(`町に文書管理委員会（以下「委員会」という。）を置く。
２　委員会に幹事会を置き、幹事長は情報推進責任者を、幹事は各課の課長補佐をもって充てる。
３　委員長は情報統括責任者を、委員は各課長をもって充てる。`),
    [
      { name: '文書管理委員会', chair: '情報統括責任者', members: ['各課長'] },
      { name: '幹事会', chair: '情報推進責任者', members: ['各課の課長補佐'] },
    ],
  );
});

test('「会議に作業部会を置き、部会長は…とし、部会員は…とする」 seats the 作業部会 only', () => {
  const got = committees(`町に情報化推進会議（以下「会議」という。）を置く。
２　会議に作業部会を置き、部会長は情報推進責任者とし、部会員は企画課の職員とする。
３　会議は、議長を情報統括責任者、副議長を情報推進責任者とし、各課長を構成員とする。`);
  assert.deepEqual(got[0], { name: '情報化推進会議', chair: '情報統括責任者', members: ['各課長'] });
  assert.equal(got[1]?.name, '作業部会');
  assert.equal(got[1]?.chair, '情報推進責任者');
});
