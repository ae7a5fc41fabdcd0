/**
 * Items whose label has no space after it (「①秘密情報　…」「①機密性３　…」「③監視系　…」): the text loses the space
 * between name and definition, the printed line keeps it, and the name is read up to it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

const after = '第６条　職員は、情報資産を持ち出してはならない。\n';

test('[R-B1] levels named in words after ① with no space: 「①秘密情報　…」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次の区分により分類する。
①秘密情報　個人情報その他の秘密を要する情報
②庁内限り情報　公表していない情報
③公開情報　公表している情報
${after}`),
    [['機密性', ['秘密情報', '庁内限り情報', '公開情報']]],
  );
});

test('[R-B1] levels with their axis after ① with no space: 「①機密性３　…」 and 「①【重要度Ａ】　…」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次のとおり分類する。
①機密性３　個人情報を含む情報資産
②機密性２　公表していない情報資産
③機密性１　前２号以外の情報資産
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第５条　情報資産は、次のとおり分類する。
①【重要度Ａ】　個人情報を含む情報資産
②【重要度Ｂ】　公表していない情報資産
③【重要度Ｃ】　公表している情報資産
${after}`),
    [['重要度', ['重要度A', '重要度B', '重要度C']]],
  );
});

test('[R-B1] segments listed after ① with no space below 「ネットワークは、次の区分により分離する」', () => {
  assert.deepEqual(
    analyzePolicy(`第５条　組合のネットワークは、次の区分により分離する。
①事務系　内部事務に用いるネットワーク
②インターネット接続系　電子メールに用いるネットワーク
③監視系　浄水場の監視に用いるネットワーク
${after}`).segments,
    ['事務系', 'インターネット接続系', '監視系'],
  );
});
