/**
 * Appointments written with the verb in kana (「をもってあてる」「があたる」), in the polite style (「とします」
 * 「を置きます」) or with the set-up as a rule (「Xを置くものとし、Yをもって充てる」) read as the usual forms.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

const head = '第２条　本村に情報保全統括者を置き、副村長をもって充てる。\n';
const tail = '２　情報保全責任者は、情報保全統括者の指示に従う。\n';

test('the verb in kana: 「をもってあてる」「をあてる」「があたる」', () => {
  for (const line of [
    '第３条　情報保全責任者は、総務課長をもってあてる。',
    '第３条　本村に情報保全責任者を置き、総務課長をあてる。',
    '第３条　情報保全責任者には、総務課長があたる。',
    '第３条　情報保全責任者は、総務課長がこれにあたるものとする。',
  ])
    assert.equal(postOf(`${head}${line}\n${tail}`, '情報保全責任者'), '総務課長', line);
});

test('the polite style: 「とします」「を置き、…とします」', () => {
  for (const line of [
    '第３条　情報保全責任者は、総務課長とします。',
    '第３条　本村に情報保全責任者を置き、総務課長とします。',
  ])
    assert.equal(postOf(`${head}${line}\n${tail}`, '情報保全責任者'), '総務課長', line);
});

test('the set-up as a rule: 「Xを置くものとし、」「Xを置くこととし、」', () => {
  for (const line of [
    '第３条　本村に情報保全責任者を置くものとし、総務課長をもって充てる。',
    '第３条　本村に情報保全責任者を置くこととし、総務課長をもって充てる。',
  ])
    assert.equal(postOf(`${head}${line}\n${tail}`, '情報保全責任者'), '総務課長', line);
});

test('negative: a time or a budget 「にあてる」 sets up no post', () => {
  const t = `${head}第３条　情報保全責任者は、総務課長をもって充てる。\n${tail}第４条　職員は、研修に勤務時間をあてることができる。\n`;
  assert.equal(postOf(t, '情報保全責任者'), '総務課長');
  assert.ok(!analyzePolicy(t).roles.some((r) => /研修|勤務時間/.test(r.name)));
});
