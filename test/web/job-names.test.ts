/** Every background job a module declares is named in words on the administrator's job panel, in both languages. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modules } from '../../src/modules/registry.ts';
import { jobTexts } from '../../web/src/screens/system/texts.ts';

test('every job kind the modules declare has a name on the job panel in Japanese and English', () => {
  const kinds = modules.flatMap((m) => (m.jobs ?? []).map((j) => j.kind));
  assert.ok(kinds.length >= 10, `${kinds.length} job kinds declared`);
  const unnamed = kinds.filter(
    (k) => !jobTexts.ja.kinds[k] || !(jobTexts.en.kinds as Record<string, string>)[k],
  );
  assert.deepEqual(unnamed, []);
});
