/** 「XにYを充てる」: the role first, with に, then the office that fills it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

const head = '第２条　本村に情報保全統括者を置き、副村長をもって充てる。\n';
const tail = '２　情報保全責任者は、情報保全統括者の指示に従う。\n';

test('「XにYを充てる」「XにYをもって充てる」', () => {
  assert.equal(
    postOf(`${head}第３条　情報保全責任者に総務課長を充てる。\n${tail}`, '情報保全責任者'),
    '総務課長',
  );
  assert.equal(
    postOf(`${head}第３条　情報保全責任者に、会計管理者をもって充てる。\n${tail}`, '情報保全責任者'),
    '会計管理者',
  );
});

test('negative: a unit before に (「各課に課長を充てる」) is no role', () => {
  const t = `${head}第３条　各課に総務課長を充てる。\n第４条　職員は、端末を施錠する。\n`;
  assert.ok(!analyzePolicy(t).roles.some((r) => r.name === '各課'));
});
