/**
 * A pool someone picks the holder from: 「副市長のうち市長が指定する者」 (のうち without から) is a pool like
 * 「副市長のうちから市長が指定する者」; the staff of a unit named only by whose it is (「情報システム管理者が所管する
 * 課室の職員のうちから指名する」) are no office.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roleOf = (text: string, name: string) => analyzePolicy(text).roles.find((r) => r.name === name);

const head = '第２条　本市に最高情報保全責任者を置き、市長をもって充てる。\n';

test('「Pのうち Zが指定する者」: the pool is the post, Z appoints', () => {
  for (const t of [
    `${head}第３条　統括情報保全責任者は、副市長のうち市長が指定する者をもって充てる。\n`,
    `${head}第３条　統括情報保全責任者には、部長のうち市長が指名する者を充てる。\n`,
    `${head}第３条　統括情報保全責任者は、理事のうち市長が指定する者とする。\n`,
  ]) {
    const r = roleOf(t, '統括情報保全責任者');
    assert.ok(r?.post && /^(?:副市長|部長|理事)$/.test(r.post), `${t} → ${r?.post}`);
    assert.equal(r?.appointedBy, '最高情報保全責任者');
  }
});

test('staff of a unit named by whose it is are no post', () => {
  for (const t of [
    `${head}第３条　統括情報保全責任者は、副市長をもって充てる。\n第４条　業務システム管理者は、各課長をもって充てる。\n第５条　業務システム担当者は、業務システム管理者が所管する課室の職員のうちから指名する。\n`,
    `${head}第３条　統括情報保全責任者は、副市長をもって充てる。\n第４条　業務システム管理者は、各課長をもって充てる。\n第５条　業務システム担当者は、業務システム管理者が管理する係の職員のうちから指名する者とする。\n`,
  ]) {
    const r = roleOf(t, '業務システム担当者');
    assert.equal(r?.post, undefined, t);
  }
});

test('negative: staff of a unit named by its name stay the post', () => {
  const t = `${head}第３条　業務システム担当者は、情報政策課の職員のうちから最高情報保全責任者が指名する者とする。\n`;
  assert.equal(roleOf(t, '業務システム担当者')?.post, '情報政策課の職員');
});
