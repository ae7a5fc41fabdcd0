/**
 * A 別表 whose heading row names a column of offices (充てる職) appoints: each row sets up a role, even one named
 * like an office (情報管理監, 情報取扱主任), and a row whose holder someone picks (「…が指名する職員」) is a role too.
 * Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

const HEAD = `第１条　町に、別表の区分の欄に掲げる者を置き、同表の充てる職の欄に掲げる職にある者をもって充てる。
２　別表に掲げる者は、同表の職務の欄に掲げる職務を行う。
別表（第１条関係）
`;

test('区分 | 充てる職 | 職務: roles named like offices, and staff someone picks', () => {
  assert.deepEqual(
    roles(`${HEAD}区分	充てる職	職務
町情報保全監	副町長	町の情報保全対策の総括及び最終的な判断
情報保全副監	総務課長	町情報保全監の補佐
課情報保全管理者	各課長	情報保全副監の指示の下での課の情報資産の管理
情報取扱主任	各係長	課情報保全管理者の指示に従った日常の点検
情報保全推進員	課情報保全管理者が指名する職員	課情報保全管理者の指示に従った記録
`),
    [
      '町情報保全監|副町長|1',
      '情報保全副監|総務課長|2',
      '課情報保全管理者|課長|3',
      '情報取扱主任|係長|4',
      '情報保全推進員||4',
    ],
  );
});

test('名称 | 職名 | 役割, the heading row no role', () => {
  const got = roles(`${HEAD.replace(/区分/g, '名称').replace(/充てる職/g, '職名')}名称	職名	役割
管理者	消防長	組合の情報保全の総括
情報担当主任	消防本部総務課の主査	管理者の指示に従った端末の管理
`);
  assert.deepEqual(got, ['管理者|消防長|1', '情報担当主任|消防本部総務課の主査|2']);
});
