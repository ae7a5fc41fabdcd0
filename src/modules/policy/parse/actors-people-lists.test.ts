/**
 * A subject that lists the staff with other kinds of people (「議員及び職員は」「職員及び学生は」) names each of them;
 * a word of its own that ends in 職員 (教職員, 役職員) is that word, not the staff term. Snippets written for these
 * tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) => analyzePolicy(text).obligations.map((o) => o.actors.join('・') || '-');

const SETUP = `第２条　議会に情報セキュリティ責任者を置き、議会事務局長をもって充てる。
`;

test('「議員及び職員は」 names the members and the staff', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　議員及び職員は、この基準を遵守しなければならない。
２　職員及び議員は、端末を議場の外に持ち出してはならない。
３　議員、職員及び傍聴者は、議場の無線ＬＡＮに私物の機器を接続してはならない。
`),
    ['議員・職員', '職員・議員', '議員・職員・傍聴者'],
  );
});

test('「教職員は」「役職員は」 are who they are, not the staff term', () => {
  assert.deepEqual(
    actors(`第２条　学園に情報セキュリティ責任者を置き、事務局長をもって充てる。
第３条　教職員は、学生の成績を私物の端末に保存してはならない。
２　役職員は、パスワードを他人に知らせてはならない。
３　教職員及び学生は、学内ネットワークに私物の機器を接続してはならない。
４　全職員は、研修を受けなければならない。
`),
    ['教職員', '役職員', '教職員・学生', '職員'],
  );
});

test('「臨床工学技士は」「診療放射線技師は」: a profession of several words is who it is', () => {
  assert.deepEqual(
    actors(`第２条　病院に医療情報システム管理者を置き、医療情報室長をもって充てる。
第３条　臨床工学技士は、医療機器の設定を変更したときは、その内容を記録しなければならない。
２　診療放射線技師は、撮影した画像を個人の媒体に保存してはならない。
`),
    ['臨床工学技士', '診療放射線技師'],
  );
});

test('「窓口端末を利用する構成市町村の職員は」: the staff of another body after words that describe them', () => {
  assert.deepEqual(
    actors(`第２条　広域連合に情報セキュリティ責任者を置き、事務局長をもって充てる。
第３条　窓口端末を利用する構成市町村の職員は、研修を受講しなければならない。
２　共同システムを操作する関係団体の職員は、操作の記録を残さなければならない。
`),
    ['構成市町村の職員', '関係団体の職員'],
  );
});
