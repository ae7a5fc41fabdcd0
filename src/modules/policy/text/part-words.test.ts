/** A heading word alone on its line (目次, 附則, 別表) is never taken as the end of the line above. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseClauses } from '../parse/clauses.ts';
import { normalizeText } from './normalize.ts';

const AMENDED = `北浦町情報セキュリティ対策規程

令和２年３月２７日
規程第３号

改正　令和４年３月２５日規程第２号　令和５年９月２９日規程第８号　令和６年３月２９日規程第４号
　　　令和７年３月２８日規程第１号

目次
第１章　総則（第１条―第３条）
第２章　組織（第４条―第５条の２）
附則

第１章　総則

（目的）
第１条　この規程は、町の情報資産を守るために必要な事項を定めるものとする。
（定義）
第２条　この規程において情報資産とは、町が保有する情報をいう。
（適用）
第３条　職員は、この規程を遵守しなければならない。

第２章　組織

（責任者）
第４条　町に最高情報セキュリティ責任者を置き、副町長をもって充てる。
（管理者）
第５条　課に情報セキュリティ管理者を置き、課長をもって充てる。
（担当者）
第５条の２　係に情報セキュリティ担当者を置き、係長をもって充てる。

附　則
この規程は、令和２年４月１日から施行する。
`;

test('a 目次 under a long amendment line of the preamble is still the 目次', () => {
  const lines = normalizeText(AMENDED).lines.map((l) => l.text);
  assert.ok(lines.includes('目次'), lines.slice(0, 6).join('\n'));
  const parsed = parseClauses(AMENDED);
  assert.deepEqual(
    parsed.toc.map((e) => e.label),
    ['第1章', '第2章', '附則'],
  );
  const paths = parsed.clauses.map((c) => c.path);
  assert.ok(paths.includes('第1章/第1条'), paths.join(' '));
  assert.ok(paths.includes('第2章/第5条の2'), paths.join(' '));
  assert.ok(!paths.some((p) => p.includes('#')), paths.join(' '));
});

test('附則 and 別表 alone on their line start a part, even after a long line that does not end a sentence', () => {
  const text = `${'情報資産の分類は、機密性に応じて次の表のとおりとし、その取扱いは別に定める手順による'}
附則
別表`;
  const lines = normalizeText(text).lines.map((l) => l.text);
  assert.deepEqual(lines.slice(1), ['附則', '別表']);
});
