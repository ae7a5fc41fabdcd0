/**
 * A 別表 of approvers per act and level whose acts cite their article (「機器の持込み（第９条）」), two acts citing the
 * same article: each sentence of that article takes the act it writes, not the first act citing it. A row that gives
 * every level the same approver, for an act asked with no level, is one approver, not approvers by level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const HEAD = `第１章　体制
第１条　組合に総括管理者を置き、事務局長をもって充てる。
第２条　組合に運用管理者を置き、総務課長をもって充てる。運用管理者は、総括管理者の指示を受ける。
第３条　各課に現場管理者を置き、各係長をもって充てる。現場管理者は、運用管理者の指示を受ける。
第２章　分類
第４条　情報資産は、その重要度に応じ、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第３章　取扱い
第８条　組合員は、重要度Ｂ以上の情報資産を写しとして保存するときは、別表に定める承認者の承認を得なければならない。
第９条　組合員は、別表に定める承認者の承認を得ずに、私有の機器を事務所に持ち込んではならない。
２　組合員は、別表に定める承認者の承認を得ずに、業務用の機器に記録装置を増設してはならない。
第１０条　現場管理者は、別表に定める承認者の承認を得て、外部の会議に資料を提出するものとする。
`;

/** Rows per act, the levels across (as a word processor copies it). */
const ROWS = `${HEAD}
別表（第８条―第１０条関係）
行為	重要度Ａの情報資産	重要度Ｂの情報資産
写しの保存（第８条）	総括管理者	運用管理者
機器の持込み（第９条）	運用管理者	運用管理者
記録装置の増設（第９条）	総括管理者	総括管理者
資料の提出（第１０条）	現場管理者	現場管理者
`;

/** The same table printed the other way: the levels down, one column per act. */
const COLUMNS = `${HEAD}
別表（第８条―第１０条関係）
区分	写しの保存（第８条）	機器の持込み（第９条）	記録装置の増設（第９条）	資料の提出（第１０条）
重要度Ａ	総括管理者	運用管理者	総括管理者	現場管理者
重要度Ｂ	運用管理者	運用管理者	総括管理者	現場管理者
`;

for (const [name, text] of [
  ['rows per act', ROWS],
  ['columns per act', COLUMNS],
] as const) {
  const a = analyzePolicy(text);
  const ob = (path: string) => a.obligations.find((o) => o.path === path);

  test(`${name}: two acts citing one article, each sentence takes the act it writes`, () => {
    assert.deepEqual(ob('第3章/第9条')?.approver, ['運用管理者']);
    assert.deepEqual(ob('第3章/第9条/2')?.approver, ['総括管理者']);
  });

  test(`${name}: the same approver for every level is one approver where the sentence names no level`, () => {
    assert.equal(ob('第3章/第9条')?.approverByLevel, undefined);
    assert.equal(ob('第3章/第9条/2')?.approverByLevel, undefined);
    assert.deepEqual(ob('第3章/第10条')?.approver, ['現場管理者']);
    assert.equal(ob('第3章/第10条')?.approverByLevel, undefined);
  });

  test(`${name}: approvers that differ by level stay by level`, () => {
    assert.deepEqual(ob('第3章/第8条')?.approverByLevel, {
      重要度A: ['総括管理者'],
      重要度B: ['運用管理者'],
    });
  });
}
