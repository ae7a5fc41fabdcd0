/** bench/POLICY.md keeps every "… first measurement" section when `npm run bench:policy -- --write` rewrites it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { firstMeasurementSections, policyReport } from '../../bench/policy-report.ts';

const heldOut = `## Held-out set: first measurement

Measured on first sight as of commit 466bb53.

| document | headings |
|---|---|
| h01 | 0.98 |`;

const fresh = `## Fresh held-out set: first measurement

| document | headings |
|---|---|
| f01 | 1.00 |`;

const previous = `# Policy analysis: accuracy and speed

### samples

| document | headings |
|---|---|
| 001 | 0.90 |

Analysis of a 59,906-character policy: median 93.0 ms.

${heldOut}

## Notes that are measured again

old text

${fresh}
`;

test('a rewrite keeps every first-measurement section verbatim and in order', () => {
  const body =
    '### samples\n\n| document | headings |\n|---|---|\n| 001 | 1.00 |\n\nAnalysis: median 20.0 ms.\n';
  const out = policyReport(body, previous);
  assert.ok(out.includes(`${heldOut}\n\n${fresh}\n`), out);
  assert.ok(out.includes('| 001 | 1.00 |'));
  assert.ok(!out.includes('| 001 | 0.90 |'), 'the old table is replaced');
  assert.ok(!out.includes('old text'), 'sections that are measured again are not kept');
  assert.ok(out.indexOf('Analysis: median 20.0 ms.') < out.indexOf('## Held-out set'));
});

test('rewriting the rewritten file changes nothing', () => {
  const body = '### samples\n\n| 001 | 1.00 |\n';
  const once = policyReport(body, previous);
  assert.equal(policyReport(body, once), once);
});

test('without a previous file there is nothing to keep', () => {
  assert.deepEqual(firstMeasurementSections(''), []);
  assert.ok(!policyReport('### samples\n', '').includes('first measurement'));
});

test('the checked-in bench/POLICY.md survives a rewrite with every first measurement', () => {
  const file = readFileSync(new URL('../../bench/POLICY.md', import.meta.url), 'utf8');
  const kept = firstMeasurementSections(file);
  const titles = kept.map((s) => s.split('\n')[0]);
  for (const title of ['## Held-out set: first measurement', '## Fresh held-out set: first measurement'])
    assert.ok(titles.includes(title), title);
  assert.equal(kept.length, file.match(/^## .*first measurement\s*$/gm)?.length);
  const out = policyReport('### tables\n', file);
  for (const section of kept) assert.ok(out.includes(section));
});
