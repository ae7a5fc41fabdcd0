/**
 * 「CISOは、…知識及び経験を有する者をXとして置く（委嘱する）ことができる」: an outside expert engaged in a capacity is no
 * role of the body's own, even with a heading and duties of its own. A role set up under the head and then filled by
 * an expert (「…専門家を、CISOの下に置くXに委嘱する」) stays a role.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `１　体制
（１）　最高文書保全責任者
①　副町長を最高文書保全責任者（以下「ＣＤＯ」という。）とする。
②　ＣＤＯは、本町の文書保全に関する最終決定権限及び責任を有する。
`;
const names = (body: string) => analyzePolicy(head + body).roles.map((r) => r.name);

test("「…知識を有する者をXとして置くことができる」 in the head's own clause: no role", () => {
  const got =
    names(`③　ＣＤＯは、必要に応じ、文書管理に関する専門的な知識を有する者を文書保全アドバイザーとして置くことができる。
（２）　文書保全管理者
①　各課長を文書保全管理者とする。
`);
  assert.ok(!got.includes('文書保全アドバイザー'), got.join(' '));
  assert.ok(got.includes('文書保全管理者'), got.join(' '));
});

test('「…経験を有する外部の専門家をXとして委嘱する」 under a heading with duties: no role', () => {
  const got = names(`（２）　最高文書保全アドバイザー
①　ＣＤＯは、文書管理に関する専門的な知識及び経験を有する外部の専門家を最高文書保全アドバイザーとして委嘱することができる。
②　最高文書保全アドバイザーは、ＣＤＯの求めに応じ、文書保全について助言を行う。
`);
  assert.ok(!got.includes('最高文書保全アドバイザー'), got.join(' '));
});

test('negative: 「…専門家を、ＣＤＯの下に置くXに委嘱する」 sets up a role', () => {
  const got =
    names(`③　ＣＤＯは、文書管理に関する専門的な知識及び経験を有する外部の専門家を、ＣＤＯの下に置く文書保全アドバイザーに委嘱することができる。
④　文書保全アドバイザーは、ＣＤＯに対し、助言を行う。
`);
  assert.ok(got.includes('文書保全アドバイザー'), got.join(' '));
});
