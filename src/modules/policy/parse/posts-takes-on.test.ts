/**
 * 「総務課長は、…について、情報システム管理者を兼ねる」: an office that takes on a role fills it. A role taking on
 * another (「情報システム担当者は、…の担当者を兼ねる」) names no office.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

const head = '第２条　本村に情報保全統括者を置き、副村長をもって充てる。\n';
const tail = '２　業務システム管理者は、情報保全統括者の指示を受ける。\n';

test('an office that takes on a role: 「を兼ねる」「を兼務する」', () => {
  for (const line of [
    '第３条　総務課長は、村の全ての業務システムについて、業務システム管理者を兼ねる。',
    '第３条　教育次長は、業務システム管理者を兼務するものとする。',
  ])
    assert.match(
      postOf(`${head}${line}\n${tail}`, '業務システム管理者') ?? '',
      /^(?:総務課長|教育次長)$/,
      line,
    );
});

test('negative: a role taking on another names no office', () => {
  const t = `${head}第３条　各係に業務システム担当者を置く。
２　業務システム担当者は、総務課の業務システム管理者を兼ねる。
${tail}`;
  assert.equal(postOf(t, '業務システム管理者'), undefined);
});
