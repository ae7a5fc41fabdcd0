/**
 * A 別表 row where only one level needs a permission (「送信不可」 and 「許可不要」 in the other cells), for an article
 * naming no level: the permission is asked for that level only, so the article's levels are that level. Texts
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { SUPPLEMENT, TOWN } from './approvers.test-support.ts';

const ARTICLES = `第４条　職員は、情報資産を電子メールにより送信しようとするときは、別表に定める許可権者の許可を受けなければならない。
第５条　職員は、情報資産を複写しようとするときは、別表に定める許可権者の許可を受けなければならない。
${SUPPLEMENT}`;

const TABLES = [
  `別表（第４条、第５条関係）
行為	機密性３	機密性２	機密性１
電子メールによる送信（第４条）	送信不可	管理責任者	許可不要
複写（第５条）	統括責任者	許可不要	許可不要
`,
  `別表（第４条、第５条関係）
区分	電子メールによる送信	複写
機密性３	（送信することができない。）	統括責任者
機密性２	管理責任者	－
機密性１	－	－
`,
];

test('one level of the 別表 row asks a permission: the article’s levels are that level', () => {
  for (const table of TABLES) {
    const a = analyzePolicy(`${TOWN}${ARTICLES}${table}`);
    const of = (part: string) => a.obligations.find((o) => o.text.includes(part));
    assert.deepEqual(of('電子メール')?.levels, ['機密性2'], table);
    assert.deepEqual(of('電子メール')?.approverByLevel, { 機密性2: ['管理責任者'] }, table);
    assert.deepEqual(of('複写')?.levels, ['機密性3'], table);
    assert.deepEqual(of('複写')?.approverByLevel, { 機密性3: ['統括責任者'] }, table);
  }
});
