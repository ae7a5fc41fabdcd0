/**
 * A policy in parts (第１部 基本方針 / 第２部 対策基準, snippets written for these tests): the numbering starts
 * again in each part. Where the two parts' labels differ (「１　」 then 「１．」) the part line is a divider and
 * the paths keep the labels as written; where they repeat (「１」 in both parts) the part stays in the path.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatten, parseClauses } from './clauses.ts';
import { titled } from './layouts.test-support.ts';

const paths = (text: string) => flatten(parseClauses(text).tree).map((n) => n.path);
const warnings = (text: string) => parseClauses(text).issues.map((i) => i.code);

const FLAT_DOT = `小川町情報セキュリティ基本方針及び対策基準

令和７年４月１日　町長決定

第１部　小川町情報セキュリティ基本方針

１　目的
　この基本方針は、町の情報資産を守るために必要な事項を定めることを目的とする。
２　定義
（１）情報資産　町が保有する情報及び情報システムをいう。
（２）職員　町の職員をいう。
３　遵守義務
　職員は、この基本方針を遵守しなければならない。

第２部　小川町情報セキュリティ対策基準

１．組織体制
（１）最高責任者
①　町に最高責任者を置き、副町長をもって充てる。
②　最高責任者は、対策を統括する。
（２）管理者
①　課長は、管理者として課の情報資産を管理しなければならない。
２．情報資産の管理
（１）分類
①　職員は、情報資産を重要度により分類しなければならない。
`;

/** The second part's paths in the flat 「１．」 texts below: numbered from the top again. */
const SECOND_PART = [
  '1.',
  '1./(1)',
  '1./(1)/①',
  '1./(1)/②',
  '1./(2)',
  '1./(2)/①',
  '2.',
  '2./(1)',
  '2./(1)/①',
];

test('第１部 / 第２部 with 「１　」 then flat 「１．」: the second part starts again at the top, no 部 in the paths', () => {
  const got = paths(FLAT_DOT);
  assert.deepEqual(got, ['1', '2', '2/(1)', '2/(2)', '3', ...SECOND_PART]);
  assert.ok(!titled(FLAT_DOT).some((t) => t.includes('部')), titled(FLAT_DOT).join('\n'));
  // The part title is no text of the first part's last clause.
  const last = flatten(parseClauses(FLAT_DOT).tree).find((n) => n.path === '3');
  assert.equal(last?.text, '職員は、この基本方針を遵守しなければならない。');
});

test('第１部 / 第２部 written in half-width digits without a blank line, 「１．」 then 「１」 items', () => {
  const text = `西川村議会情報セキュリティポリシー
第1部 基本方針
1. 目的
　この方針は、議会の情報資産を守ることを目的とする。
2. 適用範囲
　この方針は、議員及び職員に適用する。
第2部 対策基準
1 管理体制
(1) 議長は、対策を統括する。
(2) 事務局長は、議長を補佐しなければならない。
2 情報資産の管理
(1) 職員は、情報資産を管理しなければならない。
`;
  assert.deepEqual(paths(text), ['1.', '2.', '1', '1/(1)', '1/(2)', '2', '2/(1)']);
});

const KANJI_GUIDELINE = `東山組合情報セキュリティポリシー

第一部　情報セキュリティ基本方針

１　目的
　この方針は、組合の情報資産を守ることを目的とする。
２　職員の義務
　職員は、この方針を守らなければならない。

第二部　情報セキュリティ対策基準

１　組織体制
１－１　最高責任者
（１）組合に最高責任者を置き、副管理者をもって充てる。
１－２　管理者
（１）課長は、課の情報資産を管理しなければならない。
２　情報資産の管理
２－１　分類
（１）職員は、情報資産を分類しなければならない。
`;

test('第一部 / 第二部 with guideline numbering repeating 「１」: each part keeps its own numbers under the part', () => {
  const got = paths(KANJI_GUIDELINE);
  assert.deepEqual(got, [
    '第一部',
    '第一部/1',
    '第一部/2',
    '第二部',
    '第二部/1',
    '第二部/1/1-1',
    '第二部/1/1-1/(1)',
    '第二部/1/1-2',
    '第二部/1/1-2/(1)',
    '第二部/2',
    '第二部/2/2-1',
    '第二部/2/2-1/(1)',
  ]);
  assert.ok(!warnings(KANJI_GUIDELINE).includes('policy.duplicate_number'));
  assert.ok(
    titled(KANJI_GUIDELINE).includes('第二部 情報セキュリティ対策基準'),
    titled(KANJI_GUIDELINE).join('\n'),
  );
});

test('a PDF copy: 第２部 at the top of a page after the running header, hard wraps and page numbers', () => {
  const title = '南浦町情報セキュリティ基本方針及び対策基準';
  const text = `${title}

第１部　南浦町情報セキュリティ基本方針

１　目的
　この基本方針は、南浦町（以下「町」という。）が保有する情報資産の
機密性、完全性及び可用性を維持するため、必要な事項を定めることを目
的とする。
２　対象範囲
　この基本方針は、町の職員に適用し、町が保有する全ての情報資産を対
象とする。
３　評価及び見直し
　町長は、情報セキュリティ対策の実施状況を毎年度点検し、必要に応じ
てこの基本方針を見直すものとする。
４　公表
　この基本方針は、町のホームページにおいて公表する。
５　職員の義務
　職員は、この基本方針及び対策基準を遵守しなければならない。
６　手順
　総務課長は、対策基準に基づき、実施手順を作成するものとする。
７　教育
　総務課長は、職員に対し、情報セキュリティに関する研修を行わなけれ
ばならない。
８　事故の報告
　職員は、情報セキュリティに関する事故を知ったときは、直ちに総務課
長に報告しなければならない。
９　監査
　町長は、情報セキュリティ監査を毎年度実施しなければならない。
１０　委託
　総務課長は、委託先に情報セキュリティ対策を求めなければならない。

- 1 -
${title}

第２部　南浦町情報セキュリティ対策基準

１．管理体制
（１）町長
①　町長は、町における情報セキュリティ対策に関する最終的な権限及び
責任を有する。
②　町長は、職員に対し必要な協力を求めることができる。
（２）総務課長
①　総務課長は、町長を補佐し、情報セキュリティ対策を統括しなければ
ならない。
２．情報資産の管理
（１）分類
①　職員は、情報資産を重要度により分類しなければならない。

- 2 -
`;
  const got = paths(text);
  assert.deepEqual(got.slice(9), ['10', ...SECOND_PART]);
  const tenth = flatten(parseClauses(text).tree).find((n) => n.path === '10');
  assert.equal(tenth?.text, '総務課長は、委託先に情報セキュリティ対策を求めなければならない。');
});

test('a 目次 listing the parts with pages: the parts stay out of the paths and the 目次 agrees with the body', () => {
  const text = `北野町情報セキュリティポリシー

目次
第１部　基本方針・・・・・・・・・・・・・・・・・・・・１
第２部　対策基準・・・・・・・・・・・・・・・・・・・・２

${FLAT_DOT.slice(FLAT_DOT.indexOf('第１部'))}`;
  assert.deepEqual(paths(text).slice(0, 6), ['1', '2', '2/(1)', '2/(2)', '3', '1.']);
  assert.ok(!warnings(text).includes('policy.toc_mismatch'), warnings(text).join(' '));
});
