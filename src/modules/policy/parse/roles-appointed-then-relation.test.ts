/**
 * 「AをXとし、Yの指示を受け、…」: a role appointed in the first half of a sentence is its subject in the second half,
 * so the relation there places it; the office may be said by a clause with its own object (「当該…を所管する課長を
 * Xとし」), and staff someone picks (「Yが指名する職員をXとし」) are no office. 「当該…を所管する課室の長」: the head of
 * a class of units is kept with the clause that says which.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `１．体制
（１）最高文書保全責任者
①　副町長を最高文書保全責任者（以下「ＣＤＯ」という。）とする。
②　ＣＤＯは、本町の文書保全に関する最終決定権限及び責任を有する。
`;

function roles(body: string): string[] {
  return analyzePolicy(head + body).roles.map(
    (r) => `${r.name}|${r.post ?? '-'}|${r.appointedBy ?? '-'}|${r.tier ?? ''}`,
  );
}

test('「AをXとし、Yの指示を受け」「…を補佐する」: each role under the one its sentence names', () => {
  assert.deepEqual(
    roles(`（２）文書保全統括者
①　総務部長を文書保全統括者とし、ＣＤＯを補佐する。
（３）文書保全責任者
①　各部長等を文書保全責任者とし、文書保全統括者の指示を受け、当該部等の文書保全を行う。
（４）文書保全管理者
①　各課長等を文書保全管理者とし、文書保全責任者の指示を受け、当該課等の文書保全を行う。
`),
    [
      'CDO|副町長|-|1',
      '文書保全統括者|総務部長|-|2',
      '文書保全責任者|各部長等|-|3',
      '文書保全管理者|各課長等|-|4',
    ],
  );
});

test('「当該…を所管する課長をXとし」 is the office; 「Xが指名する職員をYとし、Xの指示に従い」 is picked, under X', () => {
  assert.deepEqual(
    roles(`（２）文書保全統括者
①　総務部長を文書保全統括者とし、ＣＤＯの指揮の下、全庁の文書保全を統括する。
（３）台帳システム管理者
①　当該台帳システムを所管する課長を台帳システム管理者とし、文書保全統括者の指示を受け、台帳システムを運用する。
（４）台帳システム担当者
①　台帳システム管理者が指名する職員を台帳システム担当者とし、台帳システム管理者の指示に従い、入力を行う。
`),
    [
      'CDO|副町長|-|1',
      '文書保全統括者|総務部長|-|2',
      '台帳システム管理者|当該台帳システムを所管する課長|-|3',
      '台帳システム担当者|-|台帳システム管理者|4',
    ],
  );
});

test("「当該…を所管する課室の長」「…課等の長」 kept in full; 「…係の長」 is the unit's office", () => {
  const post = (text: string, role: string) =>
    analyzePolicy(`${head}（２）システム
①　${text}
`).roles.find((r) => r.name === role)?.post;
  assert.equal(
    post(
      '基幹システムごとに基幹システム管理者を置き、当該基幹システムを所管する課室の長をもって充てる。',
      '基幹システム管理者',
    ),
    '当該基幹システムを所管する課室の長',
  );
  assert.equal(
    post('端末ごとに端末管理者を置き、当該端末を所管する課等の長をもって充てる。', '端末管理者'),
    '当該端末を所管する課等の長',
  );
  assert.equal(
    post('端末ごとに端末管理者を置き、当該端末を所管する係の長をもって充てる。', '端末管理者'),
    '係の長',
  );
});
