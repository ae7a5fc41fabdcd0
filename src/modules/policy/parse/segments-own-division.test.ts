/** A body that divides its own network into 系 of its own naming has those segments, not a 系 it names as another's. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) => [...(analyzePolicy(text).segments ?? [])].sort();

test('業務系 and インターネット接続系 divided, LGWAN接続系 only used to reach others', () => {
  assert.deepEqual(
    segments(`第５条　組合のネットワークは、窓口の端末を接続する業務系と、電子メールに用いるインターネット接続系とに分離する。
第６条　職員は、構成団体に情報を送るときは、ＬＧＷＡＮ接続系の電子メールによらなければならない。
`),
    ['インターネット接続系', '業務系'].sort(),
  );
  assert.deepEqual(
    segments(`第５条　本部のネットワークは、施設管理系及びインターネット接続系に区分する。
第６条　職員は、マイナンバー利用事務系の端末を設置する市に書類を送るときは、手渡しによらなければならない。
`),
    ['インターネット接続系', '施設管理系'].sort(),
  );
});

test('with the canonical 系 only in the division, or no division, every canonical 系 named stays', () => {
  assert.deepEqual(
    segments(`第５条　町のネットワークは、マイナンバー利用事務系、LGWAN接続系及びインターネット接続系に区分する。
第６条　職員は、端末を持ち出してはならない。
`),
    ['LGWAN接続系', 'インターネット接続系', 'マイナンバー利用事務系'].sort(),
  );
  assert.deepEqual(
    segments(`第５条　職員は、業務系の端末をLGWAN接続系及びインターネット接続系に接続してはならない。
第６条　職員は、端末を持ち出してはならない。
`).filter((s) => s !== '業務系'),
    ['LGWAN接続系', 'インターネット接続系'].sort(),
  );
});
