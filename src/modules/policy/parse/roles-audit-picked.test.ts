/**
 * 「ＣＩＳＯは、情報保全監査統括者を指名し、毎年度、監査を行わせる」: someone a role picks for an audit, whom the text
 * names nowhere else, is no standing role; one the text then charges with duties is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const names = (text: string) => analyzePolicy(text).roles.map((r) => r.name);

const head = `第１条　本市に最高情報保全責任者（以下「ＣＰＯ」という。）を置き、副市長をもって充てる。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
２　情報保全管理者は、ＣＰＯの指示に従う。
`;

test('picked for an audit and named once: no role', () => {
  for (const line of [
    '第３条　ＣＰＯは、情報保全監査統括者を指名し、毎年度、監査を行わせなければならない。',
    '第３条　ＣＰＯは、毎年度、情報保全監査責任者を指名し、情報保全対策の監査を実施させるものとする。',
  ]) {
    const got = names(`${head}${line}\n`);
    assert.ok(!got.some((n) => n.includes('監査')), `${line} → ${got.join(' ')}`);
  }
});

test('negative: picked for an audit and then charged with duties: a role', () => {
  const got =
    names(`${head}第３条　ＣＰＯは、情報保全監査統括者を指名し、毎年度、監査を行わせなければならない。
２　情報保全監査統括者は、監査の結果をＣＰＯに報告しなければならない。
`);
  assert.ok(got.includes('情報保全監査統括者'), got.join(' '));
});
