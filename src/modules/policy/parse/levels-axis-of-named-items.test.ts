/**
 * The axis of levels named in words in items below a classifying sentence: the axis word every level starts with
 * (可用度高／可用度低 → 可用度), else the axis the sentence classifies by (「その機密性に応じ、次の取扱区分に区分する」 →
 * 機密性), else the body's own name for its classes (「次の各号に掲げる保管区分に区分する」 → 保管区分).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] levels that all start with an axis word of the body (可用度高, 保全度低) are levels of that word', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、可用性の観点から次の二段階に格付する。
①　可用度高　停止により住民サービスに重大な支障を及ぼすおそれがあるもの
②　可用度低　可用度高に該当しないもの
${after}`),
    [['可用度', ['可用度高', '可用度低']]],
  );
  assert.deepEqual(
    scheme(`第５条　情報資産は、完全性の観点から、次のとおり区分する。
ア　保全度高　改ざんにより住民の権利を害するおそれがある情報資産
イ　保全度低　保全度高以外の情報資産
${after}`),
    [['保全度', ['保全度高', '保全度低']]],
  );
});

test('[R-B1] 「その機密性に応じ、次の取扱区分に区分する」 over 取扱区分甲／乙／丙: levels of 機密性', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次の取扱区分に区分する。
(ア)　取扱区分甲　個人情報その他漏えいにより住民の権利利益を害するおそれのあるもの
(イ)　取扱区分乙　公開を予定しない情報であって、取扱区分甲に該当しないもの
(ウ)　取扱区分丙　公開している情報
${after}`),
    [['機密性', ['取扱区分甲', '取扱区分乙', '取扱区分丙']]],
  );
  assert.deepEqual(
    scheme(`第５条　職員の取り扱う文書は、機密性に応じ、次の各号に掲げる管理区分に分類する。
一　管理区分一　個人番号を含む文書
二　管理区分二　公表していない文書
${after}`),
    [['機密性', ['管理区分一', '管理区分二']]],
  );
});

test('[R-B1] 「その内容に応じ、次の各号に掲げる取扱区分に区分する」 over 第一種情報…: levels of 取扱区分', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その内容に応じ、次の各号に掲げる取扱区分に区分する。
（１）第一種情報　個人情報その他漏えいした場合に住民の権利利益に重大な影響を及ぼす情報
（２）第二種情報　公表を予定していない情報であって第一種情報以外のもの
（３）第三種情報　第一種情報及び第二種情報以外の情報
${after}`),
    [['取扱区分', ['第一種情報', '第二種情報', '第三種情報']]],
  );
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の各号に掲げる保管区分に分類する。
ア　甲情報　個人情報を含む情報
イ　乙情報　甲情報以外の情報
${after}`),
    [['保管区分', ['甲情報', '乙情報']]],
  );
});

test('[R-B1] a plain word for the classes (区分, 種別, 類型) is no axis: the axis is read from the levels', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その内容に応じ、次の各号に掲げる種別に分類する。
（１）第一種情報　個人情報その他漏えいした場合に住民の権利利益に重大な影響を及ぼす情報
（２）第二種情報　第一種情報以外の情報
${after}`),
    [['機密性', ['第一種情報', '第二種情報']]],
  );
});
