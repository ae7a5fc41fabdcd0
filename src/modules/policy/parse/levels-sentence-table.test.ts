/** Levels named in the classifying sentence and defined in a table of the next 項 (区分 | 定義 | 例). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const levels = (text: string) =>
  analyzePolicy(text)
    .classification?.levels.sort((a, b) => a.rank - b.rank)
    .map((l) => `${l.axis}:${l.label}:${l.definition ?? ''}`) ?? null;

test('「…に応じ、A、B及びCに分類する」 with the definitions in a table of the next 項: the named levels, in order', () => {
  assert.deepEqual(
    levels(`（文書の区分）
第７条　文書は、その機密性に応じ、厳秘、取扱注意及び一般に分類する。
２　前項の区分の内容及び例は、次の表のとおりとする。
区分\t内容\t例
厳秘\t漏えいにより町民の権利を著しく害するおそれのある文書\t税の課税台帳
取扱注意\t公表を予定していない文書\t庁内の会議録
一般\t前２区分のいずれにも当たらない文書\t広報紙の原稿
３　課長は、前項の表により文書の区分を定めなければならない。
第８条　職員は、厳秘の文書を庁外に持ち出してはならない。
`),
    [
      '機密性:厳秘:漏えいにより町民の権利を著しく害するおそれのある文書 税の課税台帳',
      '機密性:取扱注意:公表を予定していない文書 庁内の会議録',
      '機密性:一般:前2区分のいずれにも当たらない文書 広報紙の原稿',
    ],
  );
});

test('a one-character level (秘) is taken only where the table below lists the same names', () => {
  const named = levels(`第３条　記録は、その機密性に応じ、秘及び公開に分類する。
２　各区分の定義は、次の表のとおりとする。
区分\t定義
秘\t外部に知られてはならない記録
公開\t秘以外の記録
`);
  assert.deepEqual(
    named?.map((l) => l.split(':').slice(0, 2).join(':')),
    ['機密性:秘', '機密性:公開'],
  );
  // Without the table, a list of one-character words before に分類 is not read as levels.
  assert.equal(
    levels(`第３条　記録は、その性質に応じ、甲、乙及び丙に分類する。\n２　課長は、記録を管理する。\n`)
      ?.length ?? 0,
    0,
  );
});
