/**
 * 「AにYを、BにZを、それぞれ充てる」: roles each paired with the office written after them, with に.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

test('two roles paired with their offices by に in one sentence', () => {
  for (const line of [
    '（３）文書保全担当者に記録係長を、機器保全担当者に管財係長を、それぞれ充てる。',
    '３　文書保全担当者に、記録係長を、機器保全担当者に、管財係長をもって充てる。',
  ]) {
    const t = `１　総括保全責任者に、副管理者を充てる。\n${line}\n４　文書保全担当者は、記録を管理する。\n`;
    assert.equal(postOf(t, '文書保全担当者'), '記録係長', line);
    assert.equal(postOf(t, '機器保全担当者'), '管財係長', line);
  }
});

test('negative: a committee seat list is no pair of roles', () => {
  const t = `第４条　本町に総括保全責任者を置き、副町長をもって充てる。
第５条　保全会議は、議長及び委員をもって構成し、議長に総括保全責任者を、委員に各課長を充てる。\n`;
  assert.equal(
    analyzePolicy(t).roles.find((r) => r.name === '議長'),
    undefined,
  );
});
