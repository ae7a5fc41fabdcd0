/**
 * Levels named in words under a sentence that grades the assets (「次のとおり格付する」) and names no axis: the
 * body calls its scheme 格付, and that is the axis; where the sentence names the axis (「機密性に応じて…格付する」),
 * the axis is that one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] named levels under 「次のとおり格付する」 with no axis named are levels of 格付', () => {
  assert.deepEqual(
    scheme(`第５条　協会の情報資産は、その内容に応じ、次のとおり格付する。
（１）　極秘情報　漏えいした場合に協会の事業に著しい支障を及ぼす情報
（２）　秘情報　公表を予定していない情報
（３）　公開情報　極秘情報及び秘情報以外の情報
${after}`),
    [['格付', ['極秘情報', '秘情報', '公開情報']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、次の各号に掲げる区分に格付けする。
一　甲　個人情報を含む情報
二　乙　甲以外の情報
${after}`),
    [['格付', ['甲', '乙']]],
  );
});

test('[R-B1] named levels under 「機密性の観点から、次の区分に格付する」 stay levels of 機密性', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、機密性の観点から、次の区分に格付する。
（１）　秘　漏えいにより重大な損害を与えるおそれのあるもの
（２）　公開　公表された情報
${after}`),
    [['機密性', ['秘', '公開']]],
  );
});
