/**
 * A 目次 of 編 and 章 copied from a PDF (snippets written for these tests): a 編 with no page of its own
 * over the chapters under it, article ranges written with ― / － / ・ / ～ / から, a leader cut to one dot
 * by a long range, a page break inside the 目次, and article numbers restarting in 第2編.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatten, parseClauses } from './clauses.ts';

const paths = (text: string) => flatten(parseClauses(text).tree).map((n) => n.path);
const toc = (text: string) => parseClauses(text).toc.map((e) => `${e.label} ${e.title}`);

const HEN_BODY = `第１編　基本方針
（目的）
第１条　この方針は、組合の情報資産を守ることを目的とする。
（義務）
第２条　職員は、この方針を守らなければならない。

第２編　対策基準
第１章　総則
（目的）
第１条　この基準は、基本方針に基づく対策を定める。
第２章　体制
（責任者）
第２条　組合に責任者を置き、事務局長をもって充てる。
２　責任者は、対策を統括する。
`;

const HEN_PATHS = [
  '第1編',
  '第1編/第1条',
  '第1編/第2条',
  '第2編',
  '第2編/第1章',
  '第2編/第1章/第1条',
  '第2編/第2章',
  '第2編/第2章/第2条',
  '第2編/第2章/第2条/2',
];
const HEN_TOC = ['第1編 基本方針', '第2編 対策基準', '第1章 総則', '第2章 体制'];

function assertHen(text: string) {
  assert.deepEqual(toc(text), HEN_TOC);
  const got = paths(text);
  assert.deepEqual(got, HEN_PATHS);
  assert.equal(new Set(got).size, got.length, 'no path twice though article numbers restart in 第2編');
}

test('目次: a 編 with no page over its chapters with ranges 「（第1条―第2条）」, a one-dot leader, restarting articles', () => {
  assertHen(`東浦港組合情報セキュリティポリシー

目次
第１編　基本方針（第１条―第２条）・・・・・・・・・・・・・・・・１
第２編　対策基準
　第１章　総則（第１条）・・・・・・・・・・・・・・・・・・・・・２
　第２章　体制（第２条・第３条・第４条・第５条・第６条・第７条・第８条）・３

${HEN_BODY}`);
});

test('目次: ranges written with ～ and から…まで, page numbers after spaces and none on the 編 over the chapters', () => {
  assertHen(`西浦港組合情報セキュリティポリシー

目次
第１編　基本方針（第１条～第２条）　　１
第２編　対策基準
　第１章　総則（第１条）　　２
　第２章　体制（第２条から第３条まで）　　３

${HEN_BODY}`);
});

test('目次 over a page break: the page number and the running header (the title) inside it are dropped', () => {
  const title = '北浦港組合情報セキュリティポリシー';
  const text = `${title}

目次
第１編　基本方針（第１条・第２条）・・・・・・・・・・・・・・・・１
－　１　－
${title}
第２編　対策基準
　第１章　総則（第１条）・・・・・・・・・・・・・・・・・・・・・２
　第２章　体制（第２条）・・・・・・・・・・・・・・・・・・・・・２
－　２　－
${title}
${HEN_BODY.replace('（義務）', `－　３　－\n${title}\n（義務）`)}
－　４　－
`;
  assertHen(text);
});
