/**
 * The wordings bodies use to place one role under another, each checked on its own: the subject below
 * (補佐し, 指示を受けて, 命を受け, 助け, 指導を受け, 命令を受け, 指示に基づき, の職務を補佐, の事務を補助, 補助者として,
 * の下に置く) and the subject above (統括し, 統轄し, 監督し, 指揮命令する, 指導し, 「Xに対し、必要な指示を行う」).
 * Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

// A top role, a role under it, and the role whose sentence is tested: it stands third only where the sentence
// places it under the second (otherwise it hangs under the top role, second).
const head = `第1条　公社に記録統括者を置き、理事をもって充てる。記録統括者は、公社の記録の管理に関する最終的な権限を有する。
第2条　公社に記録推進者を置き、参事をもって充てる。記録推進者は、記録統括者を補佐する。
第3条　公社に台帳管理者を置き、主査をもって充てる。
`;
const tierOf = (sentence: string) =>
  analyzePolicy(`${head}第4条　${sentence}\n`).roles.find((r) => r.name === '台帳管理者')?.tier;

const below = [
  '台帳管理者は、記録推進者を補佐し、台帳を整備する。',
  '台帳管理者は、記録推進者の指示を受けて、台帳を整備する。',
  '台帳管理者は、記録推進者の命を受け、台帳を整備する。',
  '台帳管理者は、記録推進者を助け、台帳を整備する。',
  '台帳管理者は、記録推進者の指導を受け、台帳を整備する。',
  '台帳管理者は、記録推進者の命令を受けて、台帳を整備する。',
  '台帳管理者は、記録推進者の指示に基づき、台帳を整備する。',
  '台帳管理者は、記録推進者の指示に基づいて、台帳を整備する。',
  '台帳管理者は、記録推進者の職務を補佐する。',
  '台帳管理者は、記録推進者の事務を補助し、台帳を整備する。',
  '台帳管理者は、記録推進者の補助者として、台帳を整備する。',
  '記録推進者の下に台帳管理者を置く。',
];
for (const sentence of below)
  test(`「${sentence}」 places 台帳管理者 under 記録推進者`, () => {
    assert.equal(tierOf(sentence), 3);
  });

const above = [
  '記録推進者は、台帳管理者を統括し、台帳を整備させる。',
  '記録推進者は、台帳管理者を統轄する。',
  '記録推進者は、台帳管理者を監督し、台帳を整備させる。',
  '記録推進者は、台帳管理者を指揮命令する。',
  '記録推進者は、台帳管理者を指導し、台帳を整備させる。',
  '記録推進者は、台帳管理者に対し、必要な指示を行う。',
  '記録推進者は、台帳管理者に必要な指示をすることができる。',
];
for (const sentence of above)
  test(`「${sentence}」 places 台帳管理者 under 記録推進者`, () => {
    assert.equal(tierOf(sentence), 3);
  });

test('negative: consulting, a leave or a procedure states no rank', () => {
  for (const sentence of [
    '台帳管理者は、記録推進者と協議し、台帳を整備する。',
    '台帳管理者は、記録推進者の承認を得て、台帳を廃棄する。',
    '台帳管理者は、記録推進者の定める手順により、台帳を整備する。',
    '台帳管理者は、記録推進者の指導する方針を参考に、台帳を整備する。',
  ])
    assert.equal(tierOf(sentence), 2, sentence);
});
