/**
 * A heading that names a body the text never sets up is a committee only where the text reads something of it (a
 * seat, a member, a duty, a secretariat) or makes it act (「会議は、…」); a heading over rules for meetings held
 * (「オンライン委員会」 over 「…委員会を開催するときは」) names no body.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const names = (text: string) => analyzePolicy(text).committees.map((c) => c.name);

const head = `第１　体制
１　統括責任者
（１）組合に統括責任者を置き、事務局長をもって充てる。
`;

test('a heading over rules for meetings held online names no committee', () => {
  assert.deepEqual(
    names(`${head}２　リモート委員会
（１）統括責任者は、リモートによる委員会を開催するときは、暗号化された通信を用いなければならない。
（２）委員会に遠隔で出席する委員は、周囲に第三者がいない場所から出席しなければならない。
`),
    [],
  );
  assert.deepEqual(
    names(`${head}２　電子会議
（１）職員は、電子会議に参加するときは、統括責任者が指定した端末を用いなければならない。
（２）職員は、電子会議の画面を録画してはならない。
`),
    [],
  );
});

test('a heading over a body that acts, or whose seats are given, is a committee', () => {
  assert.deepEqual(
    names(`${head}２　情報化推進会議
（１）情報化推進会議は、情報セキュリティに関する重要事項を協議する。
（２）統括責任者は、必要に応じて会議を招集しなければならない。
`),
    ['情報化推進会議'],
  );
  assert.deepEqual(
    names(`${head}２　文書管理委員会
（１）委員長は、統括責任者をもって充てる。
（２）委員は、各課長をもって充てる。
`),
    ['文書管理委員会'],
  );
});
