import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainPolicy } from './explain.ts';

const TEXT = `南浦町情報セキュリティ基本方針
目次
１　組織体制　……………　１
２　遵守事項　……………　１
１　組織体制
（１）　町に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副町長をもって充てる。
（２）　統括情報セキュリティ責任者は、CISOを補佐する。
－１－
２　遵守事項
（１）　職員は、情報資産を持ち出すときは、CISOの許可を得なければならない。
（２）　記録は、保存しなければならない。
`;

test('[R-P1] explain: every line says what the engine made of it and why', () => {
  const lines = explainPolicy(TEXT);
  const notes = (n: number) => lines[n - 1].notes.join(' / ');
  assert.match(notes(1), /前文: 表題/);
  assert.match(notes(3), /目次「1 組織体制」（本文として扱わない）/);
  assert.match(notes(5), /項・番号（2）「1」→ 1（深さ 1、親: 最上位）.*見出し「組織体制」/);
  assert.match(
    notes(6),
    /番号（\(1\)）「\(1\)」→ 1\/\(1\)（深さ 2、親: 1）: 「1」の中で初めての「\(1\)」形式/,
  );
  assert.match(notes(6), /役割「CISO」（充て職 副町長、階層 1/);
  assert.match(notes(7), /役割「統括情報セキュリティ責任者」（充て職なし、階層 2: 「CISO」を補佐/);
  assert.match(notes(8), /ページ番号（除外）/);
  assert.match(notes(10), /義務（must）.*行為者: 職員（文の主語）.*承認者: CISO.*種別: take_out/);
  assert.match(notes(11), /行為者: —（不明（確認が必要））/);
});

test('[R-P1] explain in English: the explanation in English, the policy quoted as written', () => {
  const lines = explainPolicy(TEXT, {}, undefined, 'en');
  const notes = (n: number) => lines[n - 1].notes.join(' / ');
  assert.match(notes(1), /preamble: title “南浦町情報セキュリティ基本方針”/);
  assert.match(notes(3), /table of contents “1 組織体制” \(not read as text\)/);
  assert.match(notes(6), /role “CISO” \(post 副町長; tier 1/);
  assert.match(notes(8), /page number \(left out\)/);
  assert.match(
    notes(10),
    /Obligation \(must\).*actor: 職員 \(subject of the sentence\).*approver: CISO.*topic: take_out/,
  );
  assert.match(notes(11), /actor: — \(unknown \(to be checked\)\)/);
});
