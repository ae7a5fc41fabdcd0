/**
 * A ただし書 that names a thing some role approved once (「Xが認めた端末を」, a standing approval) and the leave asked for
 * each act (「Yの許可を得て使用する場合は、この限りでない」): Y gives the leave, X does not. Where the proviso asks for
 * no other leave, what X approved lifts the prohibition by X's leave. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const HEAD = `第１条　町に統括管理者を置き、副町長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
`;

/** The approvers of the prohibition and of the proviso after it (the engine may give them to either). */
const approvers = (article: string) =>
  analyzePolicy(`${HEAD}第３条　${article}\n`)
    .obligations.filter((o) => o.path === '第3条')
    .flatMap((o) => o.approver ?? []);

test('a standing approval beside the leave for the act: the leave’s role only', () => {
  for (const article of [
    '職員は、私物の端末を業務に使用してはならない。ただし、統括管理者が認めた端末を、課管理者の許可を得て使用する場合は、この限りでない。',
    '職員は、外部記録媒体を端末に接続してはならない。ただし、統括管理者が許可した媒体を、課管理者の承認を受けて接続するときは、この限りでない。',
  ])
    assert.deepEqual([...new Set(approvers(article))], ['課管理者'], article);
});

test('a proviso asking no other leave: what X approved is X’s leave', () => {
  for (const article of [
    '職員は、私物の端末を業務に使用してはならない。ただし、統括管理者が認めた方法による場合は、この限りでない。',
    '職員は、外部記録媒体を端末に接続してはならない。ただし、統括管理者が許可した媒体を接続するときは、この限りでない。',
  ])
    assert.deepEqual([...new Set(approvers(article))], ['統括管理者'], article);
});
