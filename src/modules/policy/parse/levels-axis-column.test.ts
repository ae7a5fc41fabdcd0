/** One table for several axes: the first column names the axis (empty below it), the second the level. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('a table 「区分 | 分類 | 基準」 with the axis written once per group gives each axis its levels', () => {
  const a = analyzePolicy(
    [
      '第5条　文書は、次の表に定めるところにより、機密性及び可用性の別に分類する。',
      '項目\t格付\t内容',
      '機密性\t機密性A\t会員の口座番号その他漏えいにより損害を生ずる文書',
      '\t機密性B\t機密性A以外の文書',
      '可用性\t可用性A\t停止により会費の収納が遅れる文書',
      '\t可用性B\t可用性A以外の文書',
      '第6条　会員は、機密性Aの文書を複写してはならない。',
      '',
    ].join('\n'),
  );
  assert.deepEqual(a.classification?.axes, ['機密性', '可用性']);
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}${l.label}`),
    ['機密性A', '機密性B', '可用性A', '可用性B'],
  );
});
