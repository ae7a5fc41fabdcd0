/**
 * Who acts where the sentence names a thing, not a person (snippets written for these tests): a heading 「議員用タブレット
 * 端末」 names a thing the 議員 use, so a sentence under it without a subject takes no actor from it; a sentence that
 * takes up a thing with この (「この研修には、…を含めるものとする」) binds no one named in the sentence before, while
 * 「この場合においては、…」 goes on about the same people.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

const HEAD = `東野村議会情報セキュリティ対策基準

１．目的
　この基準は、議会の議員（以下「議員」という。）及び事務局の職員（以下「職員」という。）が守るべき事項を定める。
`;

test('a heading 「議員用タブレット端末」 / 「職員用端末」 gives no actor to a sentence with a thing as its topic', () => {
  assert.deepEqual(
    actors(`${HEAD}２．議員用タブレット端末
（１）議員は、タブレットを議会活動以外に使用してはならない。
（２）秘密会の資料は、タブレットに配信してはならない。
３．職員用端末
（１）私物の記録媒体は、端末に接続してはならない。
`),
    ['2./(1) 議員', '2./(2) -', '3./(1) -'],
  );
});

test('「この研修には」 / 「当該台帳は」 take no actor from the sentence before; 「この場合においては」 does', () => {
  assert.deepEqual(
    actors(`${HEAD}２．研修
（１）議員及び職員は、研修を受講するよう努めなければならない。この研修には、個人情報の取扱いを含めるものとする。
（２）職員は、情報資産の台帳を作成しなければならない。当該台帳は、施錠できる書庫に保管するものとする。
（３）職員は、端末を紛失したときは、直ちに報告しなければならない。この場合においては、紛失の状況を記録しなければならない。
`),
    ['2./(1) 議員・職員', '2./(1) -', '2./(2) 職員', '2./(2) -', '2./(3) 職員', '2./(3) 職員'],
  );
});
