/** A committee set up with its chair and members in the same sentence: the member clause is not its name (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `（最高情報セキュリティ責任者）
第３条　理事長を最高情報セキュリティ責任者とする。
（情報セキュリティ責任者）
第４条　各部の部長を情報セキュリティ責任者とする。
（委員会）
第５条　情報セキュリティ対策を推進するため、最高情報セキュリティ責任者を委員長とし、各部長を委員とする情報セキュリティ推進委員会を設置する。
２　推進委員会は、年一回以上開催する。
`;

test('[R-A8] 「Aを委員長とし、各部長を委員とする…委員会を設置する」: the committee keeps its own name, chair and members', () => {
  const a = analyzePolicy(TEXT);
  assert.equal(a.committees.length, 1);
  const c = a.committees[0];
  assert.equal(c.name, '情報セキュリティ推進委員会');
  assert.equal(c.chair?.post, '最高情報セキュリティ責任者');
  assert.deepEqual(c.memberNames, ['各部長']);
  assert.ok(!a.roles.some((r) => /委員会/.test(r.name)), 'the committee is no role');
});

test('「A及びBを構成員とする連絡会を置く」: the members named before the body are its members, not its name', () => {
  const a = analyzePolicy(`（目的）
第１条　この規程は、情報化の推進に関し必要な事項を定める。
（連絡会）
第２条　総務課長及び各課の庶務担当係長を構成員とする情報化連絡会を置く。
`);
  const c = a.committees[0];
  assert.equal(c?.name, '情報化連絡会');
  assert.deepEqual(c?.memberNames, ['総務課長', '各課の庶務担当係長']);
});
