/**
 * The scorer counts a permission asked for the levels its sentence names the same whether a fixture writes it
 * as approvers by level or as plain approvers: both make one request type limited to those levels.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../../src/modules/policy/analyze.ts';
import { type CorpusFixture, f1, scoreDocument } from '../../src/modules/policy/fixtures/score.ts';
import { fixtureOf } from './fixture.test-support.ts';

const TEXT = `第１条　組に総括責任者を置き、組長をもって充てる。
２　班に管理責任者を置き、班長をもって充てる。
３　管理責任者は、総括責任者を補佐する。
第２条　情報資産は、次のとおり分類する。
一　機密性２　公表しないもの
二　機密性１　その他のもの
第３条　班員は、機密性２の情報資産を持ち出すときは、管理責任者の許可を得なければならない。
第４条　班員は、端末にソフトウェアを導入するときは、総括責任者の許可を得なければならない。
`;

const fixture = (permissions: CorpusFixture['permissions']): CorpusFixture => fixtureOf({ permissions });

const score = (permissions: CorpusFixture['permissions']) =>
  f1(scoreDocument(analyzePolicy(TEXT), fixture(permissions)).approvers);

test('a permission of one named level: by level or plain, the same; another level or approver is wrong', () => {
  const starts = '班員は、機密性2の情報資産';
  assert.equal(
    score([{ path: '第3条', starts, topic: 'take_out', byLevel: { 機密性2: ['管理責任者'] } }]),
    1,
  );
  assert.equal(score([{ path: '第3条', starts, topic: 'take_out', approvers: ['管理責任者'] }]), 1);
  assert.equal(
    score([{ path: '第3条', starts, topic: 'take_out', byLevel: { 機密性1: ['管理責任者'] } }]),
    0,
  );
  assert.equal(score([{ path: '第3条', starts, topic: 'take_out', approvers: ['総括責任者'] }]), 0);
});

test('a permission naming no level is right only as plain approvers', () => {
  const starts = '班員は、端末にソフトウェア';
  assert.equal(score([{ path: '第4条', starts, topic: 'software_install', approvers: ['総括責任者'] }]), 1);
  assert.equal(
    score([{ path: '第4条', starts, topic: 'software_install', byLevel: { 機密性2: ['総括責任者'] } }]),
    0,
  );
});
