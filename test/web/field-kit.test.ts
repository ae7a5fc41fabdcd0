/** The field kit says each thing once: the date-time field and the list-of-fields form share, not repeat. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (file: string) =>
  readFileSync(new URL(`../../web/src/components/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim());

/** Lines that say something (not a brace, a bare closing or a blank). */
const meaningful = (l: string) => l.length > 3 && !/^[)}\]>;,/]+$/.test(l);

/** The longest run of meaningful lines one file repeats from the other. */
function longestSharedRun(a: string[], b: string[]): string[] {
  let best: string[] = [];
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      const run: string[] = [];
      for (let k = 0; a[i + k] !== undefined && a[i + k] === b[j + k]; k++) run.push(a[i + k]);
      const said = run.filter(meaningful);
      if (said.length > best.length) best = said;
    }
  return best;
}

test('DateTimeField.tsx repeats no run of lines of FieldsForm.tsx (the seeded field props and the datetime helpers live once)', () => {
  const shared = longestSharedRun(read('DateTimeField.tsx'), read('FieldsForm.tsx'));
  assert.ok(shared.length < 3, `repeated:\n${shared.join('\n')}`);
  const fieldsForm = read('FieldsForm.tsx').join('\n');
  assert.doesNotMatch(fieldsForm, /export function (localNow|toIso)/);
  assert.match(fieldsForm, /SeededFieldProps/);
  assert.match(read('DateTimeField.tsx').join('\n'), /extends SeededFieldProps/);
});
