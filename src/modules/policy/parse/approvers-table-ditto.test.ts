/**
 * Tables of approvers that write a cell as the one above it (「〃」「同上」) or beside it (「同左」), as merged cells
 * are printed in 例規: the cell takes the role of the cell it points to.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SUPPLEMENT as END, approvals as lookup } from './approvers.test-support.ts';

const ROLES = `　　　○若葉町情報セキュリティ規程
（趣旨）
第１条　この規程は、町の情報資産の取扱いに関し必要な事項を定めるものとする。
（最高情報セキュリティ責任者）
第２条　町に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、副町長をもって充てる。
（統括責任者）
第３条　町に統括責任者を置き、総務課長をもって充てる。
（管理責任者）
第４条　各課に管理責任者を置き、課長をもって充てる。
（分類）
第５条　情報資産は、その機密性に応じ、機密性３、機密性２及び機密性１に分類する。
`;

const approvals = (text: string) => lookup(text, (o, part) => o.includes(part));

test('rows of act and level with the 許可権者 written 「〃」 or 「同上」 under the cell above', () => {
  const of = approvals(`${ROLES}（複製）
第６条　職員は、機密性２以上の情報資産を複製するときは、別表第２の許可権者欄に定める者の許可を得なければならない。
（廃棄）
第７条　職員は、機密性２以上の情報資産を廃棄するときは、別表第２に定める許可権者の許可を受けなければならない。
${END}
別表第２（第６条・第７条関係）
行為	区分	許可権者
複製	機密性３	統括責任者
	機密性２	〃
廃棄	機密性３	ＣＩＳＯ
	機密性２	同上
`);
  assert.deepEqual(of('複製する'), { 機密性3: ['統括責任者'], 機密性2: ['統括責任者'] });
  assert.deepEqual(of('廃棄する'), { 機密性3: ['CISO'], 機密性2: ['CISO'] });
});

test('rows of levels, columns of acts: 「同左」 takes the cell to its left, 「同上」 the one above', () => {
  const of = approvals(`${ROLES}（持出し）
第６条　職員は、機密性２以上の情報資産を庁舎外に持ち出すときは、別表の区分に応じ、同表に定める者の許可を得なければならない。
（複製）
第７条　職員は、機密性２以上の情報資産を複製するときは、別表の区分に応じ、同表に定める者の許可を得なければならない。
（廃棄）
第８条　職員は、機密性２以上の情報資産を廃棄するときは、別表の区分に応じ、同表に定める者の許可を得なければならない。
${END}
別表（第６条―第８条関係）
情報資産の区分	持出し	複製	廃棄
機密性３	ＣＩＳＯ	同左	統括責任者
機密性２	管理責任者	同左	同上
`);
  assert.deepEqual(of('持ち出す'), { 機密性3: ['CISO'], 機密性2: ['管理責任者'] });
  assert.deepEqual(of('複製する'), { 機密性3: ['CISO'], 機密性2: ['管理責任者'] });
  assert.deepEqual(of('廃棄する'), { 機密性3: ['統括責任者'], 機密性2: ['統括責任者'] });
});

test('a box-drawn table below the sentence whose 決裁者 column writes 「〃」', () => {
  const of = approvals(`${ROLES}（送信）
第６条　職員は、機密性２以上の情報資産を電子メールにより外部に送信するときは、次の表に掲げる決裁者の決裁を受けなければならない。
┌──────┬──────────┐
│区分　　　　│決裁者　　　　　　　│
├──────┼──────────┤
│機密性３　　│統括責任者　　　　　│
├──────┼──────────┤
│機密性２　　│〃　　　　　　　　　│
└──────┴──────────┘
（持出し）
第７条　職員は、機密性２以上の情報資産を庁舎外に持ち出すときは、次の表に掲げる者の承認を得なければならない。
区分	承認者
機密性３	ＣＩＳＯ
機密性２	同　上
`);
  assert.deepEqual(of('送信する'), { 機密性3: ['統括責任者'], 機密性2: ['統括責任者'] });
  assert.deepEqual(of('持ち出す'), { 機密性3: ['CISO'], 機密性2: ['CISO'] });
});
