/**
 * Posts as the text writes them: an office with its unit (「管財課長及び収納課長」 → 管財課長), a 課長補佐, and
 * an office with its equivalents (「各課の長及びこれに相当する職にある者」) is the office; 当該 (the one
 * concerned) before a list names whose holders, not the office (「当該所属の課長又は施設の長」 → 課長), and before a
 * single office stays with it (「当該学校の校長」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('an office is the post as written, with its unit and qualifier', () => {
  assert.deepEqual(
    roles(`１　体制
（１）　組合に情報保全統括者を置き、事務局長をもって充てる。
（２）　各課に情報保全責任者を置き、管財課長及び収納課長をもって充てる。
（３）　施設保全責任者は、当該所属の課長又は施設の長をもって充て、情報保全統括者の指揮を受ける。
（４）　各課の課長補佐をもって情報保全推進員（以下「推進員」という。）とする。
（５）　部門保全責任者は、各課の長及びこれに相当する職にある者をもって充てる。
`).map((r) => r.replace(/\|\d*$/, '')),
    [
      '情報保全統括者|事務局長',
      '情報保全責任者|管財課長',
      '施設保全責任者|課長',
      '情報保全推進員|各課の課長補佐',
      '部門保全責任者|課の長',
    ],
  );
});

test('a role filled in a bulleted line (「●Xは、Yをもって充て、…」) gets its post, under a head written in a bulleted line', () => {
  assert.deepEqual(
    roles(`１．体制
	（１）役割
		●理事長は、公社の情報セキュリティ対策を総括し、最終的な責任を負う。
		●情報保全統括者は、専務理事をもって充て、理事長の命を受けて対策を統括する。
		●情報保全責任者は、経理課長をもって充て、情報保全統括者の指揮を受けて課の情報資産を管理する。
２．対策
	（１）端末
		・職員は、端末を施錠しなければならない。
`),
    ['理事長|理事長|1', '情報保全統括者|専務理事|2', '情報保全責任者|経理課長|3'],
  );
});

test('「当該…」 names whose holder it is: the office is what follows, a bare 長 keeps its unit', () => {
  assert.deepEqual(
    roles(`第５条　情報システムごとに、システム管理者を置き、当該情報システムを所管する課の課長補佐をもって充てる。
第６条　情報システムごとに、システム担当者を置き、当該情報システムを所管する係の長をもって充てる。
第７条　部局に、部局管理者を置き、当該部局の長をもって充てる。
`).map((r) => r.replace(/\|\d*$/, '')),
    ['システム管理者|課長補佐', 'システム担当者|係の長', '部局管理者|当該部局の長'],
  );
});

test('「当該学校の校長」「当該部局の長」: 当該 before a single office stays with it', () => {
  assert.deepEqual(
    roles(`第５条　学校ごとに学校保全管理者を置き、当該学校の校長をもって充てる。
第６条　学校保全担当者は、当該学校の教頭とする。
第７条　部局に、部局管理者を置き、当該部局の長をもって充てる。
`).map((r) => r.replace(/\|\d*$/, '')),
    ['学校保全管理者|当該学校の校長', '学校保全担当者|当該学校の教頭', '部局管理者|当該部局の長'],
  );
});
