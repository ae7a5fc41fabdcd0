/** Levels named in quotes or listed right before に分類, with the items below that define them (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const levels = (text: string) =>
  (analyzePolicy(text).classification?.levels ?? []).map((l) => [l.axis, l.label, l.rank, l.definition]);

test('levels named in quotes 「「大」「小」」 with 「ア．」 items below, one character each, on two axes', () => {
  const text = `３．情報の分類
（１）　機密性による分類
情報資産は、機密性に応じ「大」「小」の二段階に分類する。
ア．大　漏えいにより組合の事務に重大な支障を及ぼす情報
イ．小　大に該当しない情報
（２）　可用性による分類
情報システムは、可用性に応じ「即時」「随時」「休止可」の三段階に分類する。
ア．即時　停止が許されない情報システム
イ．随時　半日以内に復旧すべき情報システム
ウ．休止可　即時及び随時に該当しない情報システム
（３）　表示
職員は、機密性「大」の文書に表示をしなければならない。
`;
  assert.deepEqual(levels(text), [
    ['機密性', '大', 1, '漏えいにより組合の事務に重大な支障を及ぼす情報'],
    ['機密性', '小', 2, '大に該当しない情報'],
    ['可用性', '即時', 1, '停止が許されない情報システム'],
    ['可用性', '随時', 2, '半日以内に復旧すべき情報システム'],
    ['可用性', '休止可', 3, '即時及び随時に該当しない情報システム'],
  ]);
});

test('quoted names with no count and no items defining them are no levels', () => {
  const text = `１　表示
（１）　職員は、文書を「至急」「親展」に区分し、表示をしなければならない。
`;
  assert.deepEqual(levels(text), []);
});

test('names listed right before に分類 without 「の」 are levels where the items below define each of them', () => {
  const text = `第３章　分類
１　分類
（１）　情報資産は、機密性に応じ、部内、課内及び公表に分類する。
（ア）　部内　部の内部での利用に限る情報
（イ）　課内　課の内部での利用に限る情報
（ウ）　公表　公表されている情報
（２）　情報システムは、可用性に応じ、常用及び予備に分類する。
（ア）　常用　業務に常に用いる情報システム
（イ）　予備　常用に該当しない情報システム
`;
  assert.deepEqual(
    levels(text).map(([axis, label, rank]) => [axis, label, rank]),
    [
      ['機密性', '部内', 1],
      ['機密性', '課内', 2],
      ['機密性', '公表', 3],
      ['可用性', '常用', 1],
      ['可用性', '予備', 2],
    ],
  );
  // Without items that define them, a list before に分類 names no levels.
  assert.deepEqual(
    levels('１　保存\n（１）　職員は、文書を受付、起案及び決裁に分類して保存しなければならない。\n'),
    [],
  );
});
