/** Roles named in katakana loanwords with their short names, and a team placed in the chain of roles (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ORG = `第２　体制
１　最高情報セキュリティ責任者
（１）　本会に、最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、専務理事をもって充てる。
２　情報セキュリティマネージャー
（１）　本会に、情報セキュリティマネージャー（以下「ＩＳＭ」という。）を置き、総務部長をもって充てる。
（２）　ＩＳＭは、ＣＩＳＯを補佐し、対策の推進に当たるものとする。
３　ネットワークディレクター
（１）　各部に、ネットワークディレクターを置き、部次長をもって充てる。
（２）　ネットワークディレクターは、ＩＳＭの指揮を受け、部のネットワークを管理するものとする。
４　データコーディネーター
（１）　本会に、データコーディネーター（以下「ＤＣ」という。）を置き、企画課長をもって充てる。
（２）　ＤＣは、ＩＳＭの命を受け、情報資産の台帳を整備するものとする。
`;

test('roles named by katakana loanwords for a person (マネージャー, ディレクター, コーディネーター) are roles, with their short names', () => {
  const a = analyzePolicy(`${ORG}第３　遵守事項
１　台帳
（１）　ＤＣは、台帳を毎年度見直さなければならない。
（２）　ＩＳＭは、見直しの結果をＣＩＳＯに報告しなければならない。
（３）　ネットワークディレクターは、接続する機器を記録しなければならない。
`);
  const role = (n: string) => a.roles.find((r) => r.name === n || r.aliases?.includes(n));
  assert.equal(role('情報セキュリティマネージャー')?.post, '総務部長');
  assert.equal(role('ＩＳＭ'.normalize('NFKC')), role('情報セキュリティマネージャー'));
  assert.equal(role('ネットワークディレクター')?.post, '部次長');
  assert.equal(role('データコーディネーター')?.post, '企画課長');
  assert.equal(role('CISO')?.tier, 1);
  assert.equal(role('情報セキュリティマネージャー')?.tier, 2);
  assert.equal(role('ネットワークディレクター')?.tier, 3);
  assert.equal(role('データコーディネーター')?.tier, 3);
  const actorOf = (start: string) => a.obligations.find((o) => o.text.startsWith(start))?.actors;
  assert.deepEqual(actorOf('DCは、台帳'), [role('データコーディネーター')?.name]);
  assert.deepEqual(actorOf('ISMは、見直し'), [role('情報セキュリティマネージャー')?.name]);
  assert.deepEqual(actorOf('ネットワークディレクターは'), ['ネットワークディレクター']);
});

test('a device named like a person (カードリーダー) is no role', () => {
  const a = analyzePolicy(`${ORG}第３　物理的対策
（１）　サーバ室の入口に、ＩＣカードリーダーを置く。
`);
  assert.equal(
    a.roles.some((r) => r.name.endsWith('カードリーダー')),
    false,
  );
});

test('a team the text places under a role (「…は、ISMの指揮を受け」) is a role held by the office that heads it, not a committee', () => {
  const a = analyzePolicy(`${ORG}５　事故即応チーム
（１）　本会に、事故即応チーム（以下「ＩＲＴ」という。）を置く。
（２）　ＩＲＴは、企画課長を責任者とし、企画課の職員のうちからＩＳＭが指名する者で構成する。
（３）　ＩＲＴは、ＩＳＭの指揮を受け、事故の受付及び対応を行うものとする。
第３　事故
（１）　ＩＲＴは、事故の報告を受けたときは、直ちに被害の拡大を防がなければならない。
`);
  const team = a.roles.find((r) => r.name === '事故即応チーム' || r.aliases?.includes('事故即応チーム'));
  assert.ok(team, 'the team is a role');
  assert.equal(team?.post, '企画課長');
  assert.equal(team?.tier, 3);
  assert.deepEqual(
    a.committees.map((c) => c.name),
    [],
  );
  assert.deepEqual(a.obligations.find((o) => o.text.startsWith('IRTは、事故の報告'))?.actors, [team?.name]);
});

test('a team only set up under a role, headed by a role, stays a body with its head', () => {
  const a = analyzePolicy(`${ORG}５　事故即応チーム
（１）　ＩＳＭの下に、事故即応チーム（以下「ＩＲＴ」という。）を置く。
（２）　ＩＲＴの長は、ＩＳＭとし、その構成員は企画課の職員とする。
（３）　ＩＲＴは、事故の受付及び対応を行うものとする。
`);
  assert.equal(
    a.roles.some((r) => r.name === '事故即応チーム' || r.aliases?.includes('IRT')),
    false,
  );
  assert.equal(a.committees[0]?.name, '事故即応チーム');
  assert.equal(a.committees[0]?.chair?.post, 'ISM');
});
