/**
 * A body's own word for its axis, written before every level's symbol (保秘区分Ａ／Ｂ／Ｃ, 管理区分Ｓ／Ａ／Ｂ, 保存区分２／１):
 * that word is the axis, also under 「…に分ける」, and where the sentence names the axis the word stands for
 * (「機密性に応じて」 over 機密区分Ｓ…). A neutral word (取扱区分) under 「その機密性に応じ」 is a level of 機密性. A plain
 * word for the classes (種別, 類型) is the axis where the text goes on to give each asset one (「情報資産の種別を定め」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] levels that all start with the body word ending in 区分 are levels of that word', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その秘密保持の必要性に応じ、次のとおり区分する。
（１）保秘区分Ａ　住民の個人情報その他漏えいにより住民の権利利益を害するもの
（２）保秘区分Ｂ　公表前の計画その他外部に示していないもの
（３）保秘区分Ｃ　保秘区分Ａ及び保秘区分Ｂ以外のもの
${after}`),
    [['保秘区分', ['保秘区分A', '保秘区分B', '保秘区分C']]],
  );
  assert.deepEqual(
    scheme(`第５条　文書は、機密性に応じて次のとおり分類する。
（１）機密区分Ｓ　入札の予定価格その他漏えいにより重大な損害を生ずるもの
（２）機密区分Ａ　外部に公開しないもの（機密区分Ｓを除く。）
（３）機密区分Ｂ　機密区分Ｓ及び機密区分Ａ以外のもの
${after}`),
    [['機密区分', ['機密区分S', '機密区分A', '機密区分B']]],
  );
});

test('[R-B1] 「次に掲げる管理区分に分ける」, 「次の二つの保存区分に分ける」: levels read under 分ける', () => {
  assert.deepEqual(
    scheme(`第６　課の情報資産は、次に掲げる管理区分に分ける。
１　管理区分Ｓ　税及び福祉の個人情報であって、漏えい等により住民の権利利益を著しく害するもの
２　管理区分Ａ　内部の事務に用いる情報であって、公開を予定しないもの
３　管理区分Ｂ　管理区分Ｓ及び管理区分Ａ以外のもの
第７　職員は、この要綱を遵守しなければならない。
`),
    [['管理区分', ['管理区分S', '管理区分A', '管理区分B']]],
  );
  assert.deepEqual(
    scheme(`第５条　電磁的記録は、消失した場合の影響に応じて次の二つの保存区分に分ける。
　（１）保存区分２　税、契約その他消失により業務に重大な支障を生ずるもの
　（２）保存区分１　保存区分２以外のもの
${after}`),
    [['保存区分', ['保存区分2', '保存区分1']]],
  );
});

test('[R-B1] a neutral word under 「その機密性に応じ」 stays a level of 機密性', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次の取扱区分に区分する。
（１）取扱区分Ａ　個人情報その他漏えいにより住民の権利利益を害するおそれのあるもの
（２）取扱区分Ｂ　公開している情報
${after}`),
    [['機密性', ['取扱区分A', '取扱区分B']]],
  );
});

test('[R-B1] a plain word for the classes that the text gives each asset (「情報資産の種別を定め」) is the axis', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その内容に応じ、次の各号に掲げる種別に分類する。
一　第一類資産　個人情報その他漏えいした場合に住民の権利利益に重大な影響を及ぼすもの
二　第二類資産　第一類資産以外のもの
２　所属長は、所管する情報資産の種別を定めなければならない。
${after}`),
    [['種別', ['第一類資産', '第二類資産']]],
  );
  assert.deepEqual(
    scheme(`第５条　文書は、次の各号に掲げる類型に分類する。
一　甲類文書　個人情報その他漏えいした場合に重大な影響を及ぼす文書
二　乙類文書　甲類文書以外の文書
２　類型の定めのない文書は、甲類文書として取り扱う。
${after}`),
    [['類型', ['甲類文書', '乙類文書']]],
  );
});
