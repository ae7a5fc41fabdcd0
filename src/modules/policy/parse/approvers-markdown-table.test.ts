/** A Markdown-style `|` table of acts × levels (one rule under its header, no frame): each line is a row of its own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `1 体制
1.1 組織
本部に総括責任者を置き、本部長をもって充てる。管理責任者は、各課長をもって充てる。係責任者は、各係長をもって充てる。
管理責任者は、総括責任者の指揮を受ける。係責任者は、管理責任者の指示に従う。
2 分類
2.1 区分
情報資産は、重要度A、重要度B及び重要度Cに分類する。
3 許可
3.1 許可する者
(1) 職員は、情報資産を複写するときは、次の表の複写の欄に定める者の許可を得なければならない。
(2) 職員は、情報資産を郵送するときは、次の表の郵送の欄に定める者の許可を得なければならない。

| 行為 | 重要度A | 重要度B | 重要度C |
|---|---|---|---|
| 複写 | 総括責任者 | 管理責任者 | － |
| 郵送 | 管理責任者 | 係責任者 | 係責任者 |

3.2 記録
職員は、許可を受けた複写を台帳に記録しなければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('each act takes the cells of its own row, level by level', () => {
  assert.deepEqual(ob('3/3.1/(1)')?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  assert.deepEqual(ob('3/3.1/(2)')?.approverByLevel, {
    重要度A: ['管理責任者'],
    重要度B: ['係責任者'],
    重要度C: ['係責任者'],
  });
});
