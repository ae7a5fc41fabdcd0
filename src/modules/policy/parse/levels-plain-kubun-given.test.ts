/**
 * 「次の各号に掲げる区分に分類する」 with 「前項の区分を定め」 later: 区分 is the plain word for the classes, not a
 * body's name for its scheme, even where the text gives each asset one; the levels' axis comes from what they say.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] levels under 「次の各号に掲げる区分に分類する」 whose 区分 each asset is given are levels of 機密性', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その内容に応じ、次の各号に掲げる区分に分類する。
一　秘密　漏えいした場合に個人の権利利益に重大な影響を及ぼすおそれがある情報資産
二　部外秘　外部に知られることを予定していない情報資産であって、秘密に該当しないもの
三　公開　前二号以外の情報資産
２　課長は、所管する情報資産について前項の区分を定めなければならない。
${after}`),
    [['機密性', ['秘密', '部外秘', '公開']]],
  );
  assert.deepEqual(
    scheme(`第５条　文書は、次に掲げる区分に分類する。
(1)　極秘　漏えいにより住民に重大な被害を及ぼすおそれがあるもの
(2)　庁内限り　公表を予定していないもの
(3)　一般　前２号に該当しないもの
２　職員は、区分の定めのない文書を庁内限りの文書として取り扱う。
${after}`),
    [['機密性', ['極秘', '庁内限り', '一般']]],
  );
});

test('[R-B1] a 種別 the text gives each asset stays the axis', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その内容に応じ、次の各号に掲げる種別に分類する。
一　特定情報　個人番号を含む情報資産
二　一般情報　前号以外の情報資産
２　課長は、所管する情報資産の種別を定めなければならない。
${after}`),
    [['種別', ['特定情報', '一般情報']]],
  );
});
