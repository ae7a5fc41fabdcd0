/**
 * Levels numbered in roman numerals whose definitions say which one is public: that one is the lowest, so
 * 機密性Ⅳ…Ⅰ listed from Ⅳ down, with Ⅰ the public information, rank Ⅳ first. A marking the text keeps beside
 * the levels (「分類とは別に、…を「特別配慮情報」として表示する」) is neither a level nor an axis.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { levelName } from './classification.ts';

const scheme = (text: string) => {
  const c = analyzePolicy(text).classification;
  return (c?.axes ?? []).map((axis) => ({
    axis,
    levels: (c?.levels ?? [])
      .filter((l) => l.axis === axis)
      .sort((a, b) => a.rank - b.rank)
      .map((l) => levelName(l)),
  }));
};

const FOUR = `第3節　情報資産の分類
1　分類
（1）情報資産は、その機密性に応じて、次のとおり分類する。
ア　機密性Ⅳ　非公開の審査に関する資料その他決定により秘密とされた情報資産
イ　機密性Ⅲ　住民の個人情報その他取扱いに特に注意を要する情報資産
ウ　機密性Ⅱ　検討中の案に関する内部資料その他公開前の情報資産
エ　機密性Ⅰ　公開された広報資料その他公開することを前提とした情報資産
2　特別配慮情報の表示
（1）分類とは別に、相談者の安全のため特に配慮を要する情報を「特別配慮情報」として表示する。
（2）職員は、特別配慮情報を外部に送信してはならない。
`;

test('[R-B1] 機密性Ⅳ…Ⅰ listed from Ⅳ with Ⅰ the public information: Ⅳ is the most sensitive, the marking no level', () => {
  assert.deepEqual(scheme(FOUR), [
    { axis: '機密性', levels: ['機密性IV', '機密性III', '機密性II', '機密性I'] },
  ]);
});

test('[R-B1] the same in half-width roman numerals', () => {
  assert.deepEqual(
    scheme(FOUR.replace(/Ⅳ/g, 'IV').replace(/Ⅲ/g, 'III').replace(/Ⅱ/g, 'II').replace(/Ⅰ/g, 'I')),
    [{ axis: '機密性', levels: ['機密性IV', '機密性III', '機密性II', '機密性I'] }],
  );
});

test('[R-B1] roman levels with no public one keep Ⅰ as the highest', () => {
  assert.deepEqual(
    scheme(
      FOUR.replace(
        '公開された広報資料その他公開することを前提とした情報資産',
        '日常の事務に用いる情報資産',
      ).replace('その他公開前の情報資産', 'その他の情報資産'),
    ),
    [{ axis: '機密性', levels: ['機密性I', '機密性II', '機密性III', '機密性IV'] }],
  );
});

test('[R-B1] harm done once information is made public (「公開された場合」) does not make a level the public one', () => {
  assert.deepEqual(
    scheme(
      FOUR.replace(
        '公開された広報資料その他公開することを前提とした情報資産',
        '公開された場合に事務に支障を及ぼすおそれのある情報資産',
      ).replace('その他公開前の情報資産', 'その他の情報資産'),
    ),
    [{ axis: '機密性', levels: ['機密性I', '機密性II', '機密性III', '機密性IV'] }],
  );
});
