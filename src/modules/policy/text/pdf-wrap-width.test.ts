/**
 * Text copied from a PDF hard-wrapped at a fixed number of full-width characters (snippets written
 * for these tests): a line is full by the width the page gave it, not by its NFKC form, and a kana
 * left alone by a cut word is no item label.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from './normalize.ts';

/** Cuts a paragraph into lines of `n` characters, as a PDF page does. */
const wrap = (text: string, n = 36) => text.match(new RegExp(`.{1,${n}}`, 'gu'))?.join('\n') ?? '';

const FILLER = Array.from({ length: 6 }, () =>
  wrap(
    '　職員は、業務に用いる端末及び記録媒体を、所属の情報セキュリティ管理者が定める場所に保管し、退庁の際及び長時間にわたり席を離れる際には、保管場所を施錠しなければならない。',
  ),
).join('\n');

const lines = (text: string) => normalizeText(text).lines.map((l) => l.text);

test('a full-width line whose label and Latin letters NFKC narrows (「（７）　ＣＩＳＯ…北浜町Ｃ」) is still full: it goes on', () => {
  const cut = wrap(
    '（７）　ＣＩＳＯは、情報セキュリティインシデントに対処するため、北浜町ＣＳＩＲＴを整備し、その役割を明確化しなければならない。',
  );
  assert.ok(cut.split('\n')[0].endsWith('Ｃ'), cut);
  const got = lines(`１　体制\n${FILLER}\n${cut}\n`);
  assert.ok(
    got.includes(
      '(7) CISOは、情報セキュリティインシデントに対処するため、北浜町CSIRTを整備し、その役割を明確化しなければならない。',
    ),
    got.join('\n'),
  );
});

test('a full-width line cut inside a list of nouns (「…端末の隔離、記録の」+「保全及び…」) goes on', () => {
  const cut =
    '（７）　南浜町ＳＯＣは、不審な通信を検知したときは、端末の隔離、記録の\n保全及び管理者への通報を行わなければならない。';
  const got = lines(`１　体制\n${FILLER}\n${cut}\n`);
  assert.ok(
    got.includes(
      '(7) 南浜町SOCは、不審な通信を検知したときは、端末の隔離、記録の保全及び管理者への通報を行わなければならない。',
    ),
    got.join('\n'),
  );
});

test('a katakana word cut at the end of a full line leaves a lone kana (「…ネットワー」+「ク」, 「…アカウン」+「ト」): no item', () => {
  const network = `（７）ＬＧＷＡＮ接続系　財務会計、文書管理その他の内部事務を行うネットワー\nク`;
  const account = `（８）　情報システム管理者は、退職した職員が使っていた全ての端末のアカウン\nト\nを、速やかに削除しなければならない。`;
  const got = lines(`１　体制\n${FILLER}\n${network}\n${account}\n`);
  assert.ok(
    got.includes('(7)LGWAN接続系 財務会計、文書管理その他の内部事務を行うネットワーク'),
    got.join('\n'),
  );
  assert.ok(
    got.includes(
      '(8) 情報システム管理者は、退職した職員が使っていた全ての端末のアカウントを、速やかに削除しなければならない。',
    ),
    got.join('\n'),
  );
  // A kana item under a short line stays an item.
  const items = lines(`１　体制\n${FILLER}\n（７）　次の事項\nア\n端末の管理\nイ\n媒体の管理\n`);
  assert.ok(items.includes('ア'), items.join('\n'));
});
