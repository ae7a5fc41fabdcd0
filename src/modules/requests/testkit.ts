/** Test helpers of the requests module: an organization with approvers and a type from the catalogue. */
import assert from 'node:assert/strict';
import { type makeOrg, makeUser, type TestUser } from '../../../test/support/factories.ts';
import { type Client, signedIn, type TestApp } from '../../../test/support/http.ts';
import { MANAGE_TYPES } from './functions.ts';

export type Org = Awaited<ReturnType<typeof makeOrg>>;

/** A signed-in person holding the functions (a role of their own), or no role at all. */
export async function person(
  t: TestApp,
  org: Org,
  functions?: string[],
  opts: { tier?: number } = {},
): Promise<{ user: TestUser; c: Client }> {
  const user = await makeUser(t.db, org, functions ? { functions, tier: opts.tier } : {});
  return { user, c: await signedIn(t, user) };
}

/** Adds a catalogue type to the organization and returns its id. */
export async function addType(t: TestApp, org: Org, key: string): Promise<string> {
  const { c } = await person(t, org, [MANAGE_TYPES]);
  const r = await c.post(`/api/requests/catalogue/${key}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json().id;
}

/** Files a request and asserts it was accepted. */
export async function file(
  c: Client,
  typeId: string,
  values: Record<string, unknown>,
  assetClass?: string,
): Promise<string> {
  const r = await c.post('/api/requests', { typeId, values, ...(assetClass ? { assetClass } : {}) });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id;
}

/** Decides and returns the response. */
export const decideAs = (c: Client, id: string, decision: 'approve' | 'reject' = 'approve') =>
  c.post(`/api/requests/${id}/decisions`, { decision });
