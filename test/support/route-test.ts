/** What most route tests start from: an organization, a signed-in person holding some functions, and a POST that creates. */
import assert from 'node:assert/strict';
import { makeOrg, makeUser } from './factories.ts';
import { type Client, signedIn, type TestApp } from './http.ts';

export type TestOrg = Awaited<ReturnType<typeof makeOrg>>;

/** A new organization with one signed-in person holding `functions`. */
export async function orgWithAdmin(
  t: TestApp,
  functions: string[],
): Promise<{ org: TestOrg; admin: Client }> {
  const org = await makeOrg(t.db);
  return { org, admin: await signedIn(t, await makeUser(t.db, org, { functions })) };
}

/** POSTs `body` to `url` and gives the new record's id; fails unless the answer is 201 Created. */
export async function created(c: Client, url: string, body: unknown): Promise<string> {
  const r = await c.post(url, body);
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id;
}
