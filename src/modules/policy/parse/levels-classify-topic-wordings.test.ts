/**
 * More wordings a clause classifies into the items below it with: the classification as the topic set to what
 * follows (「情報資産の分類は、次に掲げるものとする」, 「情報資産の重要性は、次の３段階とする」), 「次の各号のいずれかに
 * 分類する」, 「次の各号に掲げる区分に応じ、分類を行う」, and the levels called by a word of grades (「次の等級に分類する」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';
const named = `（１）　秘密　漏えいにより重大な影響を及ぼす情報資産
（２）　庁内限り　公表していない情報資産
（３）　公開　公表している情報資産
`;
const lettered = `ア　甲情報　個人情報を含む情報
イ　乙情報　公表していない情報
`;

test('[R-B1] the classification as the topic over the items: 「…の分類は、次に掲げるものとする」', () => {
  assert.deepEqual(scheme(`第５条　情報資産の分類は、次に掲げるものとする。\n${named}${after}`), [
    ['機密性', ['秘密', '庁内限り', '公開']],
  ]);
  assert.deepEqual(scheme(`第４条　保有する文書の区分は、次に掲げるとおりとする。\n${lettered}${after}`), [
    ['機密性', ['甲情報', '乙情報']],
  ]);
});

test('[R-B1] the axis as the topic counted in grades: 「情報資産の重要性は、次の３段階とする」', () => {
  assert.deepEqual(scheme(`第５条　情報資産の重要性は、次の３段階とする。\n${named}${after}`), [
    ['重要性', ['秘密', '庁内限り', '公開']],
  ]);
  assert.deepEqual(scheme(`第４条　情報の機密性は、次の二段階に区分する。\n${lettered}${after}`), [
    ['機密性', ['甲情報', '乙情報']],
  ]);
});

test('[R-B1] 「次の各号のいずれかに分類する」 and 「次の各号に掲げる区分に応じ、分類を行う」', () => {
  assert.deepEqual(scheme(`第５条　情報資産は、次の各号のいずれかに分類する。\n${named}${after}`), [
    ['機密性', ['秘密', '庁内限り', '公開']],
  ]);
  assert.deepEqual(
    scheme(
      `第４条　課長は、所管する情報について、次の各号に掲げる区分に応じ、分類を行わなければならない。\n${lettered}${after}`,
    ),
    [['機密性', ['甲情報', '乙情報']]],
  );
});

test('[R-B1] levels called by a word of grades: 「次の等級に分類する」 over １級／２級, 「次の格付に区分する」 over Ａ級', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その重要度により次の等級に分類する。
（１）　１級　個人情報を含む情報資産
（２）　２級　公表していない情報資産
（３）　３級　公表している情報資産
${after}`),
    [['重要度', ['1級', '2級', '3級']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、その機密性に応じ、次の格付に区分する。
一　Ａ級　個人情報を含む情報
二　Ｂ級　公表していない情報
${after}`),
    [['機密性', ['A級', 'B級']]],
  );
});

test('the grades of something else 「職員の等級は、次のとおりとする」 or a rule over items give no levels', () => {
  assert.deepEqual(
    scheme(`第３条　職員の職務の級は、次の各号のいずれかに分類する。
（１）　１級　係員の職務
（２）　２級　係長の職務
${after}`),
    [],
  );
  assert.deepEqual(
    scheme(`第３条　情報システムの障害は、次の各号のいずれかに分類する。
（１）　重大障害　業務が停止する障害
（２）　軽微障害　業務が継続できる障害
${after}`),
    [],
  );
});
