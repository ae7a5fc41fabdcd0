/**
 * One sentence per level and act, with a later sentence that gives a level already named another approver
 * in a special case (「前２項の規定にかかわらず、…の許可を得て、機密性２の…提供することができる」); a permission
 * that names one level alone is asked for that level only, whatever the sentences beside it say.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `（体制）
第１条　町に情報管理統括者を置き、副町長をもって充てる。
２　課に情報管理者を置き、課長をもって充てる。
３　情報管理者は、情報管理統括者を補佐する。
（分類）
第２条　情報資産は、機密性に応じ、次の各号に掲げる区分に分類する。
（１）　機密性３　住民の個人情報
（２）　機密性２　公表を予定していない情報
（３）　機密性１　前２号以外の情報
（持出し）
第３条　職員は、機密性３の情報資産を庁外に持ち出してはならない。ただし、情報管理統括者の許可を得たときは、この限りでない。
２　職員は、機密性２の情報資産を庁外に持ち出すときは、情報管理者の許可を得なければならない。
（消去）
第４条　職員は、機密性３の情報資産を廃棄するときは、情報管理者の許可を得なければならない。
２　職員は、機密性２の情報資産を廃棄するときは、細断その他の復元できない方法により廃棄しなければならない。
（外部への提供）
第５条　職員は、機密性３の情報資産を外部に提供するときは、情報管理統括者の許可を得なければならない。
２　職員は、機密性２の情報資産を外部に提供するときは、情報管理者の許可を得なければならない。
３　前２項の規定にかかわらず、職員は、法令に基づく照会に応じるときは、情報管理統括者の許可を得て、機密性２の情報資産を提供することができる。
（送信）
第６条　職員は、機密性３の情報資産を電子メールで送信するときは、情報管理者の許可を得なければならない。
２　職員は、電子メールを送信するときは、宛先を確かめなければならない。
`;

const got = () =>
  analyzePolicy(TEXT)
    .obligations.filter((o) => o.approver?.length)
    .map((o) => [o.path, o.approverByLevel ?? o.approver]);

test('a level of the same act that needs no permission: the other level’s permission is asked for that level only', () => {
  assert.deepEqual(got().find(([p]) => p === '第3条')?.[1], { 機密性3: ['情報管理統括者'] });
  assert.deepEqual(got().find(([p]) => p === '第4条')?.[1], { 機密性3: ['情報管理者'] });
});

test('a later sentence naming a level already named still gives that level its own approver', () => {
  const a = got().filter(([p]) => String(p).startsWith('第5条'));
  assert.deepEqual(a, [
    ['第5条', { 機密性3: ['情報管理統括者'] }],
    ['第5条/2', { 機密性2: ['情報管理者'] }],
    ['第5条/3', { 機密性2: ['情報管理統括者'] }],
  ]);
});

test('one level alone, the other sentence of its article about no level, is that level’s permission', () => {
  assert.deepEqual(got().find(([p]) => p === '第6条')?.[1], { 機密性3: ['情報管理者'] });
});

test('a permission naming no level stays plain approvers', () => {
  const a = analyzePolicy(`${TEXT}（端末）
第７条　職員は、端末にソフトウェアを導入するときは、情報管理者の許可を得なければならない。
`);
  const o = a.obligations.find((x) => x.path === '第7条');
  assert.deepEqual(o?.approver, ['情報管理者']);
  assert.equal(o?.approverByLevel, undefined);
});
