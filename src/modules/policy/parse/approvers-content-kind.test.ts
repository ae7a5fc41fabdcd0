/**
 * A level defined as examples of one kind (「戸籍の附票、課税台帳その他の住民情報」): a permission about that kind,
 * or a narrower thing written with it (特定住民情報), is a permission for that level. A kind that is only what the
 * other levels leave (「その他区分Ａ以外のもの」) or that two levels share gives none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　町に統括管理者を置き、副町長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、統括管理者の指揮を受ける。
第３条　情報資産は、次の表のとおり区分する。
区分	対象となる情報資産
区分Ａ	戸籍の附票、課税台帳その他の住民情報
区分Ｂ	入札の予定価格、人事の評定その他秘密事項
区分Ｃ	広報紙その他区分Ａ及び区分Ｂ以外のもの
第４条　職員は、統括管理者の許可なく、特定住民情報を記録媒体に複写してはならない。
第５条　職員は、秘密事項を庁外に持ち出すときは、課管理者の許可を受けなければならない。
第６条　職員は、広報紙を外部に送付するときは、課管理者の許可を受けなければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('the kind a level gives examples of makes the permission that level’s, with or without 「の」', () => {
  assert.deepEqual(ob('第4条')?.levels, ['区分A']);
  assert.deepEqual(ob('第4条')?.approverByLevel, { 区分A: ['統括管理者'] });
  assert.deepEqual(ob('第5条')?.levels, ['区分B']);
});

test('「その他…以外のもの」 names no kind: a thing it gives as an example still does', () => {
  // 広報紙 is an example of 区分Ｃ, not its kind; the kind after その他 is only what is left.
  assert.deepEqual(ob('第6条')?.levels, ['区分C']);
});

test('a kind two levels share gives neither', () => {
  const b = analyzePolicy(
    TEXT.replace(
      '区分Ｂ\t入札の予定価格、人事の評定その他秘密事項',
      '区分Ｂ\t入札の予定価格、人事の評定その他の住民情報',
    ),
  );
  assert.equal(b.obligations.find((o) => o.path === '第4条')?.levels, undefined);
});
