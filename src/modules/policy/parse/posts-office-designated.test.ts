/**
 * 「Xには、所長の職を指定する」「Xに、課長の職を充てる」: the office (職) named for a role fills it; where offices are
 * listed (「A課長及びB課長の職並びにC所長の職」), the first is the post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

const tail = '２　施設情報保全責任者は、所管する情報資産を管理する。\n';

test('an office designated for a role: 「の職を指定する」「の職を充てる」', () => {
  for (const [line, want] of [
    ['第３条　施設情報保全責任者には、所長の職を指定する。', '所長'],
    ['第３条　施設情報保全責任者に、管理課長の職を充てる。', '管理課長'],
    ['第３条　施設情報保全責任者には、庶務課長及び業務課長の職並びに東浦分室長の職を指定する。', '庶務課長'],
    ['第３条　施設情報保全責任者には、各班長及び分室の主任の職を指定する。', '班長'],
  ] as const)
    assert.equal(postOf(`${line}\n${tail}`, '施設情報保全責任者'), want, line);
});

test('negative: staff designated by whom is no office', () => {
  const t = `第３条　施設情報保全責任者には、所長が指定する職員の職を指定する。\n${tail}`;
  assert.notEqual(postOf(t, '施設情報保全責任者'), '所長');
});
