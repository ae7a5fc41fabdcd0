/**
 * An office heading its own clause by the short name the clause gives it (「（所属長）　所属の長（以下「所属長」という。）
 * は、…の指示を受け」「（２）事務局長　①議会事務局長（以下「事務局長」という。）は、…を補佐し」) is a role named as
 * the heading writes it. Its post is the office written in full, or the role's own name where the short name is the
 * tail of the full one (the same title). Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map(
    (r) => `${r.name}|${(r.aliases ?? []).join(',')}|${r.post ?? '-'}|${r.tier ?? ''}`,
  );

test('a caption over the article: 「所属の長（以下「所属長」という。）は、…の指示を受け」', () => {
  const got = roles(`（文書統括者）
第１条　機構に文書統括者を置き、理事をもって充てる。
２　文書統括者は、機構の文書の管理に関する最終的な権限及び責任を有する。
（所属長）
第２条　所属の長（以下「所属長」という。）は、文書統括者の指示を受け、所属の文書の管理に関する責任を負う。
（文書推進員）
第３条　所属に文書推進員を置き、係長をもって充てる。
２　文書推進員は、所属長の指示に従い、文書の整理を行う。
`);
  assert.deepEqual(got, ['文書統括者||理事|1', '所属長|所属の長|所属の長|2', '文書推進員||係長|3']);
});

test('an item heading: 「（２）事務局長　①議会事務局長（以下「事務局長」という。）は、議長を補佐し」', () => {
  const got = roles(`１．体制
（１）議長
①　議長は、議会の情報資産の管理に関する最終的な権限及び責任を有する。
（２）事務局長
①　議会事務局長（以下「事務局長」という。）は、議長を補佐し、事務局の情報資産を管理する。
②　事務局長は、職員の中から記録担当者を指名する。
`);
  assert.ok(got.includes('事務局長|議会事務局長|事務局長|2'), got.join(' '));
});
