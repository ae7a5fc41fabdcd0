/**
 * A PDF copy wrapped by its characters (snippets written for these tests): a line with Latin letters is full by its
 * characters though narrower than the others, and a katakana word cut at its end goes on in the next line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from './normalize.ts';

const FILL = [
  '（１）情報資産　町が保有する情報及びこれを記録した媒体並びに情報シス',
  'テムをいう。',
  '（２）職員　町長部局その他の町の機関に勤務する全ての職員をいい、会計年',
  '度任用職員を含む。',
  '（３）機密性　情報にアクセスすることを認められた者だけが、情報にアクセ',
  'スできる状態を確保することをいう。',
  '（４）完全性　情報が破壊、改ざん又は消去されていない状態を確保すること',
  'をいう。',
  '（５）可用性　情報にアクセスすることを認められた者が、必要なときに中断',
  'されることなく、情報にアクセスできる状態を確保することをいう。',
].join('\n');

const lines = (text: string) => normalizeText(text).lines.map((l) => l.text);

test('「…LGWANに接続された情報システム及びそのデー」+「タ（…）をいう。」 is one line', () => {
  const text = `${FILL}
（６）LGWAN接続系　LGWANに接続された情報システム及びそのデー
タ（マイナンバー利用事務系のものを除く。）をいう。
（７）インターネット接続系　インターネットに接続された情報システムをいう。
`;
  assert.ok(
    lines(text).includes(
      '(6)LGWAN接続系 LGWANに接続された情報システム及びそのデータ(マイナンバー利用事務系のものを除く。)をいう。',
    ),
    lines(text).join('\n'),
  );
});

test('「…ログを監視するためのソフトウェ」+「アを導入…」 is one line; a short katakana heading stays apart', () => {
  const text = `${FILL}
（６）CSIRT及びSOCはISMSに従いログを監視するためのソフトウェ
アを導入しなければならない。
（７）ログ
ログは、一年間保存しなければならない。
`;
  const got = lines(text);
  assert.ok(
    got.includes('(6)CSIRT及びSOCはISMSに従いログを監視するためのソフトウェアを導入しなければならない。'),
    got.join('\n'),
  );
  assert.ok(got.includes('(7)ログ'), got.join('\n'));
});
