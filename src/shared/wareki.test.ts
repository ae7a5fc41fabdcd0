import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, formatWareki, parseDateInput, parseWareki, readNumber } from './wareki.ts';

test('[R-I8] 和暦 dates are parsed in every way 例規 print them', () => {
  assert.equal(parseWareki('令和8年3月11日'), '2026-03-11');
  assert.equal(parseWareki('令和８年３月１１日'), '2026-03-11');
  assert.equal(parseWareki('令和 8 年 3 月 23 日施行'), '2026-03-23');
  assert.equal(parseWareki('平成28年11月28日'), '2016-11-28');
  assert.equal(parseWareki('令和元年5月1日'), '2019-05-01');
  assert.equal(parseWareki('平成元年1月8日'), '1989-01-08');
  assert.equal(parseWareki('昭和22年法律第67号 昭和64年1月7日'), '1989-01-07');
  assert.equal(parseWareki('大正15年12月24日'), '1926-12-24');
  assert.equal(parseWareki('令和八年三月十一日'), '2026-03-11');
  assert.equal(parseWareki('令和8年(2026年)3月11日'), '2026-03-11');
  assert.equal(parseWareki('2026年4月1日から施行'), '2026-04-01');
  assert.equal(parseWareki('2026-04-01'), '2026-04-01');
});

test('[R-I8] impossible dates and text without dates give null', () => {
  assert.equal(parseWareki('令和8年2月30日'), null);
  assert.equal(parseWareki('第244条の6'), null);
  assert.equal(parseWareki(''), null);
});

test('[R-I8] ISO dates are formatted in 和暦 with 元年', () => {
  assert.equal(formatWareki('2026-03-11'), '令和8年3月11日');
  assert.equal(formatWareki('2019-05-01'), '令和元年5月1日');
  assert.equal(formatWareki('2019-04-30'), '平成31年4月30日');
  assert.equal(formatWareki('1989-01-07'), '昭和64年1月7日');
  assert.throws(() => formatWareki('March 2026'), RangeError);
});

test('[R-I8] findDates lists every date with its position, round-tripping through formatWareki', () => {
  const found = findDates('附則（令和３年12月１日）この改正は、令和３年12月１日から施行する。');
  assert.deepEqual(
    found.map((f) => f.iso),
    ['2021-12-01', '2021-12-01'],
  );
  assert.equal(found[1].text, '令和３年12月１日');
  assert.equal(parseWareki(formatWareki('2024-03-08')), '2024-03-08');
  assert.equal(readNumber('二十三'), 23);
});

test('[R-I8] a typed date is read in all three notations, full-width too', () => {
  const ok = (s: string) => {
    const r = parseDateInput(s);
    assert.ok('iso' in r, `${s}: ${JSON.stringify(r)}`);
    return r.iso;
  };
  for (const s of [
    '令和8年4月1日',
    'R8.4.1',
    '2026-04-01',
    'r08/04/01',
    'Ｒ８．４．１',
    '令8.4.1',
    '２０２６－０４－０１',
    '2026/4/1',
    '2026年4月1日',
    '20260401',
    ' 令和 8 年 4 月 1 日 ',
    '令和八年四月一日',
  ])
    assert.equal(ok(s), '2026-04-01', s);
  assert.equal(ok('令和元年5月1日'), '2019-05-01');
  assert.equal(ok('H31.4.30'), '2019-04-30');
  assert.equal(ok('S64.1.7'), '1989-01-07');
});

test('[R-I8] a date that cannot be read says why', () => {
  const code = (s: string) => {
    const r = parseDateInput(s);
    return 'error' in r ? r.error.code : r.iso;
  };
  assert.equal(code('来週'), 'date.unreadable');
  assert.equal(code('R8.13.1'), 'date.no_such_day');
  assert.equal(code('2026-02-30'), 'date.no_such_day');
  assert.equal(code('平成32年1月1日'), 'date.outside_era');
  assert.equal(code('R1.4.1'), 'date.outside_era');
  const r = parseDateInput('平成32年1月1日');
  assert.ok('error' in r);
  assert.equal(r.error.params.last, '平成31年4月30日');
});
