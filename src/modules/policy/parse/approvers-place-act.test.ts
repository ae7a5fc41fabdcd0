/** A table of acts whose head names the place the act goes to (「外部への送信」), written in the sentence as a verb (「外部に送る」). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　町に統括情報セキュリティ責任者を置き、総務課長をもって充てる。
２　課に管理者を置き、課長をもって充てる。
第２条　情報資産は、機密性３、機密性２及び機密性１に分類する。
２　機密性３の情報資産は、個人情報を含むものとする。
３　機密性２の情報資産は、公表していないものとする。
４　機密性１の情報資産は、それ以外のものとする。
第３条　職員は、機密性２の資料を共有網に移すときは、別表に定める許可権者の許可を受けなければならない。
第４条　職員は、機密性２以上の資料を外部へ送るときは、別表に定める許可権者の許可を受けなければならない。
別表（第３条、第４条関係）
行為	機密性３	機密性２
共有網への移動	移動できない	管理者
外部への送信	統括情報セキュリティ責任者	管理者
`;

test('「共有網への移動」 for 「共有網に移す」, 「外部への送信」 for 「外部へ送る」', () => {
  const a = analyzePolicy(TEXT);
  const byLevel = (part: string) => a.obligations.find((o) => o.text.includes(part))?.approverByLevel;
  const approver = (part: string) => a.obligations.find((o) => o.text.includes(part))?.approver;
  assert.deepEqual(approver('共有網に移す'), ['管理者']);
  assert.deepEqual(byLevel('外部へ送る'), { 機密性3: ['統括情報セキュリティ責任者'], 機密性2: ['管理者'] });
});
