/**
 * Items that each give a term and what it means (snippets written for these tests): one written without a comma
 * (「ウ　学習系　児童生徒が授業で利用する学習用端末及び情報システム」) is a definition like its siblings, not a
 * heading, even with items below it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titled } from './layouts.test-support.ts';

test('ア / イ / ウ segments, the last without a comma and with (1) items below it: no heading among them', () => {
  const text = `５　技術的対策
５－１　ネットワークの分離
　学校のネットワークは、次の三つの系に区分する。
ア　校務系　成績処理、出欠管理等の校務を処理する情報システム及び端末
イ　校務外部接続系　電子メール、ウェブサイトの閲覧等に用いる情報システム
ウ　学習系　児童生徒が授業及び家庭学習で利用する学習用端末及び情報システム
（１）管理者は、校務系と学習系を分離しなければならない。
（２）教職員は、学習系の端末に重要な情報を保存してはならない。
`;
  assert.deepEqual(titled(text), ['5 技術的対策', '5/5-1 ネットワークの分離']);
});

test('（１）/（２）/（３） terms of a 定義 item, one without a comma, with a sub-item: still definitions', () => {
  const text = `第２　定義
１　用語
（１）情報資産　情報システム、記録媒体及び文書をいう
（２）職員等　町の職員及び派遣職員をいう
（３）外部サービス　事業者が提供するクラウドサービスその他の情報処理サービス
ア　外部サービスは、事業者の責任で運用されるものをいう。
２　適用
　職員等は、この基準を守らなければならない。
`;
  assert.deepEqual(titled(text), ['第2 定義', '第2/1 用語', '第2/2 適用']);
});
