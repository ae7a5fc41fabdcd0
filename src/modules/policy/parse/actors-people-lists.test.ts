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
