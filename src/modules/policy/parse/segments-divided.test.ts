/** Segments a body divides its network into: as items, as table rows, 「…に区分し、」, a 系 network kept apart. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) => [...analyzePolicy(text).segments].sort();
const END = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-C1] items below 「ネットワークは、次の３系統に区分する」: each 系 is a segment, its own or the 三層の対策’s', () => {
  assert.deepEqual(
    segments(`第５条　ネットワークは、次の３系統に区分する。
（１）医療情報系　電子カルテシステムその他の医療情報システムを接続するネットワーク
（２）事務系　財務会計その他の事務処理を行うネットワーク
（３）インターネット接続系　インターネットに接続するネットワーク
${END}`),
    ['インターネット接続系', '事務系', '医療情報系'],
  );
});

test('[R-C1] a table of 系 below 「次の表のとおり区分する」, drawn with tabs or pipes', () => {
  const want = ['LGWAN接続系', 'インターネット接続系', 'マイナンバー利用事務系', '独立系'];
  assert.deepEqual(
    segments(`第５条　ネットワークは、次の表のとおり区分する。
系\t内容
マイナンバー利用事務系\t個人番号利用事務を行うネットワーク
ＬＧＷＡＮ接続系\tＬＧＷＡＮに接続するネットワーク
インターネット接続系\tインターネットに接続するネットワーク
独立系\t他のネットワークに接続しない端末
${END}`),
    want,
  );
  assert.deepEqual(
    segments(`第５条　ネットワークは、次の表のとおり分離する。
| ネットワーク | 用途 |
|---|---|
| 住基系 | 住民基本台帳事務に用いるネットワーク |
| ＬＧＷＡＮ接続系 | ＬＧＷＡＮに接続するネットワーク |
| インターネット接続系 | インターネットに接続するネットワーク |
${END}`),
    ['LGWAN接続系', 'インターネット接続系', '住基系'],
  );
});

test('[R-C1] 「監視系ネットワークを、LGWAN接続系及びインターネット接続系から分離しなければならない」', () => {
  assert.deepEqual(
    segments(`第５条　管理者は、監視系ネットワークを、ＬＧＷＡＮ接続系及びインターネット接続系から物理的に分離しなければならない。
${END}`),
    ['LGWAN接続系', 'インターネット接続系', '監視系'],
  );
});

test('[R-C1] 「…に区分し、」 and 「情報システムは、…に分離して構築する」 list the segments too', () => {
  assert.deepEqual(
    segments(`第５条　議会のネットワークは、ＬＧＷＡＮ接続系、インターネット接続系及び中継系に区分し、中継系は他の系と接続してはならない。
${END}`),
    ['LGWAN接続系', 'インターネット接続系', '中継系'],
  );
  assert.deepEqual(
    segments(`第５条　情報システムは、基幹系、ＬＧＷＡＮ接続系及びインターネット接続系に分離して構築する。
${END}`),
    ['LGWAN接続系', 'インターネット接続系', '基幹系'],
  );
});

test('a 系 that is no network (指揮系統, 体系) and items below a sentence that divides nothing are no segments', () => {
  assert.deepEqual(
    segments(`第５条　職員は、文書管理の体系及び指揮系統に従わなければならない。
第６条　職員は、次の系統により報告しなければならない。
（１）事務系　課長を経て部長に報告する。
（２）技術系　係長を経て課長に報告する。
${END}`),
    [],
  );
});
