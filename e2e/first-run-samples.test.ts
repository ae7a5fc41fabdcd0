/**
 * A fresh install without sample organizations (no MAMORI_DEMO): the system administrator's home page
 * offers the first-run choice, and 「サンプル組織で試す」 sets the samples up on request and lists the people
 * to try them with — each with a one-time password and the sign-in link that fills the login ID in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserRun } from './support/run.ts';

const run = browserRun({ env: { MAMORI_DEMO: '' } });

test('on a fresh install the samples are made only when asked, and their people are handed over with one-time passwords and sign-in links', async () => {
  const admin = await run.signedIn('admin');
  await admin.goto('/');
  await admin.getByRole('heading', { name: 'はじめに' }).waitFor();
  await admin.getByRole('button', { name: /サンプル組織で試す/ }).click();
  const handover = admin.getByTestId('one-time-passwords');
  await handover.waitFor({ timeout: 180_000 });
  const text = await handover.innerText();
  assert.match(text, /hagi-staff（/, 'the plain staff member of the sample is listed');
  assert.match(text, /\/signin\?id=hagi-staff/, 'with the link that fills the login ID in');

  // The link handed over opens the sign-in page with the ID already typed.
  const staff = await run.page();
  await staff.goto(`${run.server.url}/signin?id=hagi-staff`);
  assert.equal(await staff.getByLabel('ログインID', { exact: true }).inputValue(), 'hagi-staff');
});
