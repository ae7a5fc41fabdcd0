import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../config.ts';
import { consoleKeys, consoleLine, consolePair } from './console.ts';

describe('lines for operators', () => {
  test('every line has Japanese and English with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of consoleKeys) {
      const [ja, en] = consolePair(key);
      assert.ok(ja && en, key);
      assert.match(ja, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, key);
      assert.deepEqual(names(ja), names(en), key);
    }
  });

  test('a line says Japanese, then English, with the parameters filled', () => {
    assert.equal(
      consoleLine('lock.in_use', { dir: '/srv/data', pid: 42 }),
      'データディレクトリ /srv/data は別のプロセス (PID 42) が使用中です。 / The data directory /srv/data is in use by another process (PID 42).',
    );
  });

  test('a setting that cannot be read names the variable in both languages', () => {
    assert.throws(
      () => loadConfig({ LOG_FILE: '/tmp/x.log', LOG_ROTATE: 'weekly' }),
      /^Error: LOG_ROTATE は daily, hourly, off のいずれかです \/ LOG_ROTATE must be daily, hourly or off: "weekly"$/,
    );
    assert.throws(
      () => loadConfig({ TLS_CERT: 'a.pem' }),
      /TLS_CERT と TLS_KEY は両方とも指定してください \/ TLS_CERT and TLS_KEY must both be set/,
    );
    assert.throws(
      () => loadConfig({ PORT: 'x' }),
      /PORT はポート番号で指定してください \/ PORT must be a port number: x/,
    );
  });
});
