/**
 * A 目次 copied from a PDF (snippets written for these tests): part titles without a number, with or
 * without page numbers on the entries under them, and a page break inside the 目次.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatten, parseClauses } from './clauses.ts';

const paths = (text: string) => flatten(parseClauses(text).tree).map((n) => n.path);
const toc = (text: string) => parseClauses(text).toc.map((e) => `${e.label} ${e.title}`);

const BODY_PARTS = `基本方針

第１　目的
　この方針は、町の情報資産を守るために必要な事項を定めることを目的とする。
第２　職員の義務
　職員は、この方針を守らなければならない。

対策基準

第１章　体制
１　統括責任者
　町に統括責任者を置き、副町長をもって充てる。
第２章　管理
１　分類
　情報資産は、機密性により分類する。
`;

test('目次: part titles without a number (with leaders and a page) stay in the 目次, and the tree keeps 第N and 第N章 apart', () => {
  const text = `北浜町情報セキュリティポリシー

目次
基本方針・・・・・・・・・・・・・・・・・・・・１
　第１　目的・・・・・・・・・・・・・・・・・・１
　第２　職員の義務・・・・・・・・・・・・・・・１
対策基準・・・・・・・・・・・・・・・・・・・・２
　第１章　体制・・・・・・・・・・・・・・・・・２
　第２章　管理・・・・・・・・・・・・・・・・・３

${BODY_PARTS}`;
  assert.deepEqual(toc(text), ['第1 目的', '第2 職員の義務', '第1章 体制', '第2章 管理']);
  assert.deepEqual(paths(text), ['第1', '第2', '第1章', '第1章/1', '第2章', '第2章/1']);
});

test('目次: part titles with 「……」 leaders and page numbers at the right margin (tab), entries without a page', () => {
  const text = `南浜村情報セキュリティポリシー

目　次
基本方針……………………………………\t1
　第１　目的
　第２　職員の義務
対策基準……………………………………\t2
　第１章　体制
　第２章　管理

${BODY_PARTS}`;
  assert.deepEqual(toc(text), ['第1 目的', '第2 職員の義務', '第1章 体制', '第2章 管理']);
  assert.deepEqual(paths(text), ['第1', '第2', '第1章', '第1章/1', '第2章', '第2章/1']);
});

test('目次: part titles and entries with the page number at the right margin and no leader', () => {
  const text = `北浜町情報セキュリティポリシー

目次
基本方針\t１
　第１　目的\t１
　第２　職員の義務\t１
対策基準　　　　　２
　第１章　体制　　　　２
　第２章　管理　　　　３

${BODY_PARTS}`;
  assert.deepEqual(toc(text), ['第1 目的', '第2 職員の義務', '第1章 体制', '第2章 管理']);
  assert.deepEqual(paths(text), ['第1', '第2', '第1章', '第1章/1', '第2章', '第2章/1']);
});

test('目次 over a page break: the page number and the running header (the title) inside it are dropped', () => {
  const title = '東浜村情報セキュリティポリシー';
  const text = `${title}

目次
基本方針・・・・・・・・・・・・・・・・・・・・１
　第１　目的・・・・・・・・・・・・・・・・・・１
　第２　職員の義務・・・・・・・・・・・・・・・１
－　１　－
${title}
対策基準・・・・・・・・・・・・・・・・・・・・２
　第１章　体制・・・・・・・・・・・・・・・・・２
　第２章　管理・・・・・・・・・・・・・・・・・３
－　２　－
${title}
${BODY_PARTS.replace('対策基準', `－　３　－\n${title}\n対策基準`)}
－　４　－
`;
  assert.deepEqual(toc(text), ['第1 目的', '第2 職員の義務', '第1章 体制', '第2章 管理']);
  assert.deepEqual(paths(text), ['第1', '第2', '第1章', '第1章/1', '第2章', '第2章/1']);
});

const WRAPPED_BODY = `第１章　総則
１　目的
　職員は、端末を管理しなければならない。
第２章　物理的セキュリティ、人的セキュリティ及び技術的セキュリティの対策
１　管理
　職員は、端末を管理しなければならない。
第３章　見直し
１　見直し
　町は、見直しを行う。
`;
const WRAPPED_TOC = [
  '第1章 総則',
  '第2章 物理的セキュリティ、人的セキュリティ及び技術的セキュリティの対策',
  '第3章 見直し',
];

test('目次: an entry wrapped by the page goes on, with its leader and page, on the next line', () => {
  const text = `西町情報セキュリティポリシー

目次
第１章　総則・・・・・・・・・・・・・・・・・・・１
第２章　物理的セキュリティ、人的セキュリティ
　　　　及び技術的セキュリティの対策・・・・・・・２
第３章　見直し・・・・・・・・・・・・・・・・・・３

${WRAPPED_BODY}`;
  assert.deepEqual(toc(text), WRAPPED_TOC);
  assert.deepEqual(parseClauses(text).toc[1].page, '2');
  assert.deepEqual(paths(text), ['第1章', '第1章/1', '第2章', '第2章/1', '第3章', '第3章/1']);
});

test('目次: a wrapped entry whose page stands at the right margin after a tab', () => {
  const text = `東町情報セキュリティポリシー

目次
第１章　総則\t１
第２章　物理的セキュリティ、人的セキュリティ
及び技術的セキュリティの対策\t２
第３章　見直し\t３

${WRAPPED_BODY}`;
  assert.deepEqual(toc(text), WRAPPED_TOC);
  assert.deepEqual(paths(text), ['第1章', '第1章/1', '第2章', '第2章/1', '第3章', '第3章/1']);
});
