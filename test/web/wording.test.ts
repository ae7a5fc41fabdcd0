/**
 * One wording across the UI for the same thing: the empty choice of every list to pick from is the kit's
 * one text (「選んでください」), never another dictionary's own (「選択してください」 beside it in one form).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { kitTexts } from '../../web/src/components/i18n.ts';

const WEB = path.resolve(import.meta.dirname, '../../web/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test('the empty choice of a list reads the same on every screen, in Japanese and English', () => {
  assert.equal(kitTexts.ja.choose, '選んでください');
  const found: string[] = [];
  for (const file of sources(WEB)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/'(選択してください|選んでください|Choose…?|Select…?)'/g))
      found.push(`${path.relative(WEB, file)}: ${m[1]}`);
  }
  assert.deepEqual(found, ['components/i18n.ts: 選んでください', 'components/i18n.ts: Choose…']);
});
