/**
 * One text system: every dictionary of the web UI — the shell's (`web/src/i18n/{ja,en}.ts`) and each
 * area's `defineTexts(ja, en)` — has the same keys in Japanese and English, and no empty text.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { keyPaths } from '../../web/src/i18n/define.ts';
import { en } from '../../web/src/i18n/en.ts';
import { ja } from '../../web/src/i18n/ja.ts';

const WEB = path.resolve(import.meta.dirname, '../../web/src');

/** The `.ts` files that declare a dictionary with defineTexts. */
function dictionaryFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return dictionaryFiles(p);
    return e.name.endsWith('.ts') &&
      /\bdefineTexts\(/.test(fs.readFileSync(p, 'utf8')) &&
      !p.endsWith('define.ts')
      ? [p]
      : [];
  });
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

function assertSameShape(name: string, jaDict: unknown, enDict: unknown): void {
  const jaKeys = keyPaths(jaDict).sort();
  const enKeys = keyPaths(enDict).sort();
  assert.deepEqual(
    {
      name,
      onlyJapanese: jaKeys.filter((k) => !enKeys.includes(k)),
      onlyEnglish: enKeys.filter((k) => !jaKeys.includes(k)),
    },
    { name, onlyJapanese: [], onlyEnglish: [] },
  );
  for (const [key, text] of [...leaves(jaDict), ...leaves(enDict)]) {
    if (typeof text === 'string') assert.ok(text.trim() !== '', `${name}: ${key} is empty`);
  }
}

test('the shell dictionary has the same keys in Japanese and English', () => {
  assertSameShape('i18n/ja.ts', ja, en);
});

test('every area dictionary has the same keys in Japanese and English', async () => {
  const files = dictionaryFiles(WEB);
  assert.ok(files.length >= 5, `dictionaries found: ${files.length}`);
  let checked = 0;
  for (const file of files) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(mod)) {
      if (!value || typeof value !== 'object' || !('ja' in value) || !('en' in value)) continue;
      assertSameShape(`${path.relative(WEB, file)} ${exported}`, value.ja, value.en);
      checked++;
    }
  }
  assert.ok(
    checked >= files.length,
    `every dictionary file exports its texts (${checked} of ${files.length})`,
  );
});

test('a missing English key is caught', () => {
  assert.throws(
    () => assertSameShape('sample', { a: 'あ', b: { c: 'う' } }, { a: 'a', b: {} }),
    /onlyJapanese/,
  );
});
