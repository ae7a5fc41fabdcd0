import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { addMessages } from '../../i18n/index.ts';
import * as fields from './field-messages.ts';
import { readableSummary, summarize } from './summary.ts';

addMessages(fields.ja, fields.en);

const data = JSON.stringify({
  loginId: 'sato',
  clausePath: '第2章/5./(1)',
  userId: '0b6f6c4e-1d2a-4c3b-9f1e-2a3b4c5d6e7f',
  before: 'active',
  after: 'suspended',
});

test('the audit log screen names the data’s fields in the reader’s language and leaves ids out', () => {
  const ja = readableSummary(data, 'ja');
  assert.match(ja, /ログインID: sato/);
  assert.match(ja, /根拠条項: 第2章\/5\.\/\(1\)/);
  assert.match(ja, /有効 → 停止/);
  assert.doesNotMatch(ja, /loginId|clausePath|userId|0b6f6c4e/);
  assert.match(readableSummary(data, 'en'), /Login ID: sato/);
  assert.match(readableSummary(data, 'en'), /Active → Suspended/);
  assert.match(readableSummary(JSON.stringify({ via: 'totp' }), 'ja'), /経路: 認証アプリ/);
  assert.match(readableSummary(JSON.stringify({ note: 'Active user' }), 'ja'), /備考: Active user/);
});

test('the CSV summary keeps the stored keys and ids', () => {
  const csv = summarize(data);
  assert.match(csv, /loginId: sato/);
  assert.match(csv, /userId: 0b6f6c4e/);
});

test('every field an audit event declares is named in words for the audit log screen', () => {
  const modules = path.join(import.meta.dirname, '..');
  const declared = new Set<string>();
  for (const m of fs.readdirSync(modules)) {
    const file = path.join(modules, m, 'events.ts');
    if (!fs.existsSync(file)) continue;
    const source = fs
      .readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const [, key] of source.matchAll(/([A-Za-z_]\w*)\??\s*:/g)) declared.add(key);
  }
  // Record ids are left out of the screen's summary (the target column links the record).
  const unnamed = [...declared].filter(
    (k) => !/Ids?$/.test(k) && k !== 'before' && k !== 'after' && !(`audit.field.${k}` in fields.ja),
  );
  assert.ok(declared.size > 100, `${declared.size} fields found in the modules' events.ts`);
  assert.deepEqual(unnamed, []);
  assert.deepEqual(Object.keys(fields.ja).sort(), Object.keys(fields.en).sort());
});
