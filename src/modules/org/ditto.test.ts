import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveDittoRows } from './ditto.ts';

test('[R-A8] committee members from a 別表 with 〃 resolved', () => {
  // The first rows of seed 003 (花巻市) 別表（第6関係）, as printed: 部等, 課, 職 with 〃.
  const rows = resolveDittoRows([
    ['政策推進部', '企画調整課', '課長'],
    ['総務部', '総務課', '課長補佐又は課長補佐相当職で課長の指名する者'],
    ['まちづくり部', '地域づくり課', '〃'],
    ['商工観光部', '商工労政課', '〃'],
    ['農業委員会事務局', '事務局', '次長又は課長補佐相当職で事務局長の指名する者'],
    ['〃', '〃', '〃'],
  ]);
  const deputy = '課長補佐又は課長補佐相当職で課長の指名する者';
  assert.deepEqual(rows, [
    { dept: '政策推進部', section: '企画調整課', post: '課長' },
    { dept: '総務部', section: '総務課', post: deputy },
    { dept: 'まちづくり部', section: '地域づくり課', post: deputy },
    { dept: '商工観光部', section: '商工労政課', post: deputy },
    { dept: '農業委員会事務局', section: '事務局', post: '次長又は課長補佐相当職で事務局長の指名する者' },
    { dept: '農業委員会事務局', section: '事務局', post: '次長又は課長補佐相当職で事務局長の指名する者' },
  ]);
  assert.deepEqual(resolveDittoRows([['総務部', '', '部長']]), [
    { dept: '総務部', section: null, post: '部長' },
  ]);
});

test('[R-A8] a 〃 with nothing above is refused rather than guessed', () => {
  assert.throws(() => resolveDittoRows([['〃', '総務課', '課長']]), /row 1 column 1/);
  assert.throws(
    () =>
      resolveDittoRows([
        ['総務部', '', '部長'],
        ['〃', '〃', '課長'],
      ]),
    /row 2 column 2/,
  );
});
