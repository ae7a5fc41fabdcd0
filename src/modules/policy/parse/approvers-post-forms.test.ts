/**
 * Approvals written by the post that fills a role, in the shorter forms a text uses for that post: 「各課長」 (or 「事務局の
 * 各課長」) written 課長, 所属課長 or 所管課長; 学校長 written 校長; 「所属の長」 written 所属長. The approver is the role the post fills. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const approverOf = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.approver;

test('「各課長」 filling a role: 課長, 所属課長 and 所管課長 name that role', () => {
  const heads = [
    '第１条　組合に情報統括者を置き、事務局長をもって充てる。\n第２条　各課に情報管理者を置き、事務局の各課長をもって充てる。\n',
    '１　体制\n（１）総務課長を情報統括者とする。\n（２）各課長を情報管理者とする。\n２　取扱い\n',
  ];
  for (const head of heads) {
    const text = `${head}（１０）職員は、情報資産を複製するときは、所属課長の承認を得なければならない。
（１１）職員は、他の課の情報資産を閲覧するときは、当該情報資産を所管する課長の許可を受けなければならない。
（１２）職員は、情報資産を廃棄するときは、所管課長の承認を得なければならない。
`;
    assert.deepEqual(approverOf(text, '複製'), ['情報管理者'], head);
    assert.deepEqual(approverOf(text, '閲覧'), ['情報管理者'], head);
    assert.deepEqual(approverOf(text, '廃棄'), ['情報管理者'], head);
  }
});

test('学校長 (各学校長) written 校長, 「所属の長」 written 所属長', () => {
  const cases: [string, string][] = [
    [
      '１　体制\n（１）教育長を最高責任者とする。\n（２）学校長を情報管理者とする。\n２　持出し\n（１）教職員は、情報資産を校外に持ち出す場合は、校長の許可を得なければならない。\n',
      '情報管理者',
    ],
    [
      '第１条　市に統括責任者を置き、副市長をもって充てる。\n第２条　各所属にセキュリティ管理者を置き、所属の長をもって充てる。\n第３条　職員は、情報資産を持ち出すときは、所属長の許可を受けなければならない。\n',
      'セキュリティ管理者',
    ],
    [
      '第１条　県に統括責任者を置き、教育長をもって充てる。\n第２条　県立学校に学校情報管理者を置き、各学校長をもって充てる。\n第３条　教職員は、情報資産を持ち出すときは、校長の許可を受けなければならない。\n',
      '学校情報管理者',
    ],
  ];
  for (const [text, role] of cases) assert.deepEqual(approverOf(text, '持ち出'), [role], text);
});

test('a 別表 whose cells are posts in their short forms: the roles those posts fill', () => {
  const text = `第１条　組合に情報統括者を置き、常務理事をもって充てる。
第２条　各課に情報管理者を置き、事務局の各課長をもって充てる。
第３条　情報資産は、機密性Ａ、機密性Ｂ及び機密性Ｃに分類する。
第４条　職員は、情報資産を複製するときは、別表に定める承認者の承認を得なければならない。
　　　附　則
　この規程は、令和７年４月１日から施行する。
別表（第４条関係）
行為	機密性Ａ	機密性Ｂ	機密性Ｃ
複製（第４条）	常務理事	所属課長	承認を要しない
`;
  const o = analyzePolicy(text).obligations.find((x) => x.text.includes('複製'));
  assert.deepEqual(o?.approverByLevel, { 機密性A: ['情報統括者'], 機密性B: ['情報管理者'] });
});
