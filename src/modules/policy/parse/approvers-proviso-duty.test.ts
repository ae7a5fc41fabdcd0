/**
 * A proviso that exempts from a duty (not a prohibition) what a role approved: 「…を停止しなければならない。ただし、X
 * が認めたものについては、この限りでない。」 is a `may` of its own, naming no actor, with X as its approver; the duty
 * keeps no approver. A proviso naming no one who approves adds nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const a = analyzePolicy(`第１章　体制
第１条　組合に総括管理者を置き、事務局長をもって充てる。
第２条　組合に設備管理者を置き、施設課長をもって充てる。設備管理者は、総括管理者の指示を受ける。
第２章　運用
第５条　設備管理者は、閉庁日には外部からの接続を停止しなければならない。ただし、保守業者による作業で、総括管理者が認めたものについては、この限りでない。
２　設備管理者は、使用を終えた記録装置を初期化しなければならない。ただし、総括管理者の承認を得て他の部署に引き継ぐ場合は、この限りでない。
３　設備管理者は、停電の後に設備を点検しなければならない。ただし、軽微な停電の場合は、この限りでない。
４　職員は、機器を持ち出してはならない。ただし、設備管理者の許可を得たときは、この限りでない。
`);
const at = (path: string) => a.obligations.filter((o) => o.path === path);

test('a duty lifted by what a role approved: the proviso is a may with that approver', () => {
  for (const path of ['第2章/第5条', '第2章/第5条/2']) {
    const [duty, proviso] = at(path);
    assert.equal(duty?.modality, 'must');
    assert.equal(duty?.approver, undefined);
    assert.equal(proviso?.modality, 'may');
    assert.ok(proviso?.text.startsWith('ただし、'));
    assert.deepEqual(proviso?.actors, []);
    assert.deepEqual(proviso?.approver, ['総括管理者']);
  }
});

test('a proviso naming no one who approves adds nothing; a prohibition still takes its leave', () => {
  assert.deepEqual(
    at('第2章/第5条/3').map((o) => o.modality),
    ['must'],
  );
  const [ban, ...rest] = at('第2章/第5条/4');
  assert.equal(ban?.modality, 'must_not');
  assert.deepEqual(ban?.approver, ['設備管理者']);
  assert.equal(rest.length, 0);
});
