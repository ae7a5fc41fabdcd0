import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crashTrial } from './crash.ts';

const kills = Number(process.env.CRASH_KILLS ?? 3);

test(`acknowledged writes survive ${kills} SIGKILLs and the audit chain still verifies`, {
  // A restart takes a few seconds on a busy machine: the long run's 200 kills need their time.
  timeout: 120_000 + kills * 15_000,
}, async () => {
  const r = await crashTrial({ kills, postgresUrl: process.env.DATABASE_URL || undefined, seed: 7 });
  assert.ok(r.acknowledged > 0, 'writes were acknowledged before the kills');
  assert.deepEqual(r.missing, []);
  assert.equal(r.chainOk, true);
  console.log(
    `crash: ${r.kills} kills, ${r.acknowledged} acknowledged writes, ${r.auditEvents} audit events verified`,
  );
});
