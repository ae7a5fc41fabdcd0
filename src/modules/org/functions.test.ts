import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testAppPerFile } from '../../../test/support/http.ts';
import { orgWithAdmin } from '../../../test/support/route-test.ts';
import { modules } from '../registry.ts';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const t = testAppPerFile();

const KEYISH = /\b[a-z]{2,}[._][a-z_]{2,}/;

test('every function a module declares has a plain Japanese name and a one-line description in Japanese and English', () => {
  const fns = modules.flatMap((m) => m.functions ?? []);
  assert.ok(fns.length >= 60, `${fns.length} functions`);
  const problems: string[] = [];
  for (const f of fns) {
    const d = f.description;
    if (!JAPANESE.test(f.ja) || /[a-z]/.test(f.ja)) problems.push(`${f.key}: name ${f.ja}`);
    if (!d || !JAPANESE.test(d.ja) || /[a-z]/.test(d.ja)) problems.push(`${f.key}: ja ${d?.ja}`);
    if (!d || !/^[A-Z][^\n]{10,160}$/.test(d.en) || JAPANESE.test(d.en))
      problems.push(`${f.key}: en ${d?.en}`);
    if (d && (d.ja.includes('\n') || d.ja.length > 80)) problems.push(`${f.key}: not one line: ${d.ja}`);
    if (d && (KEYISH.test(d.ja) || KEYISH.test(d.en))) problems.push(`${f.key}: a key in its description`);
    if (d && d.ja === f.ja) problems.push(`${f.key}: the description repeats the name`);
  }
  assert.deepEqual(problems, []);
});

test('the function list that role screens read gives each function its description', async () => {
  const { admin } = await orgWithAdmin(t, ['org.admin']);
  const res = await admin.get('/api/org/functions');
  assert.equal(res.statusCode, 200);
  const items = res.json().items as { key: string; description?: { ja: string; en: string } }[];
  const approve = items.find((f) => f.key === 'requests.approve.take_out');
  assert.match(approve?.description?.ja ?? '', /^持出しの申請を承認または却下します。$/);
  assert.equal(approve?.description?.en, 'Approves or rejects take-out requests.');
  assert.deepEqual(
    items.filter((f) => !f.description?.ja || !f.description.en).map((f) => f.key),
    [],
  );
});
