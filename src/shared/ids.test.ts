import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newId } from './ids.ts';

test('ids are UUIDv7: version and variant bits, the current time in front, unique over many calls', async () => {
  const before = Date.now();
  const ids = Array.from({ length: 10_000 }, () => newId());
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids.slice(0, 50)) {
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    assert.ok(ms >= before && ms <= Date.now(), 'the first 48 bits are the time in milliseconds');
  }
  await new Promise((r) => setTimeout(r, 2));
  assert.ok(newId() > ids[ids.length - 1], 'a later id sorts after an earlier one');
});
