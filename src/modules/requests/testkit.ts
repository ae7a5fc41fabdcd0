/** Test helpers of the requests module: an organization with approvers and a type from the catalogue. */
import assert from 'node:assert/strict';
import { makeOrg, makeUser, type TestUser } from '../../../test/support/factories.ts';
import { type Client, signedIn, type TestApp } from '../../../test/support/http.ts';
import { enterSingleAxisScheme } from '../assets/fixtures.test-support.ts';
import { approveFn, MANAGE_TYPES } from './functions.ts';

export type Org = Awaited<ReturnType<typeof makeOrg>>;

// Which test app and organization a client belongs to, so `file` can register the asset it names.
const contexts = new WeakMap<Client, { t: TestApp; org: Org }>();
const managers = new Map<string, Client>();
const assetIds = new Map<string, string>();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The id of a registered asset of the organization with that number and class (a single-axis
 * 重要性 I/II/III scheme is entered on first use); without a class it stays a draft (class unknown).
 */
export async function registeredAsset(
  t: TestApp,
  org: Org,
  asEntered: string,
  classLabel?: string,
): Promise<string> {
  // One number, one class: the same number asked for with another class is another asset.
  const key = `${org.id}\u0000${asEntered}\u0000${classLabel ?? ''}`;
  const known = assetIds.get(key);
  if (known) return known;
  const taken = await t.db
    .selectFrom('assets')
    .select('id')
    .where('organization_id', '=', org.id)
    .where('asset_no', '=', asEntered)
    .executeTakeFirst();
  const assetNo = taken ? `${asEntered}（${classLabel ?? '未分類'}）` : asEntered;
  let manager = managers.get(org.id);
  if (!manager) {
    manager = (
      await person(t, org, ['classification.manage', 'assets.manage', 'assets.classify', 'assets.read_all'])
    ).c;
    managers.set(org.id, manager);
    await enterSingleAxisScheme(manager);
  }
  const scheme = (await manager.get('/api/classification')).json().active;
  const level = classLabel
    ? scheme.axes[0].levels.find((l: { label: string }) => classLabel === `${scheme.axes[0].name}${l.label}`)
    : null;
  if (classLabel) assert.ok(level, `no level ${classLabel}`);
  const r = await manager.post('/api/assets', {
    assetNo,
    name: `資産 ${assetNo}`,
    kind: 'device',
    ownerUnitId: org.unitId,
    levels: level ? [level.id] : [],
    status: level ? 'registered' : 'draft',
  });
  assert.equal(r.statusCode, 200, r.body);
  assetIds.set(key, r.json().id);
  return r.json().id;
}

/** A signed-in person holding the functions (a role of their own), or no role at all. */
export async function person(
  t: TestApp,
  org: Org,
  functions?: string[],
  opts: { tier?: number } = {},
): Promise<{ user: TestUser; c: Client }> {
  const user = await makeUser(t.db, org, functions ? { functions, tier: opts.tier } : {});
  const c = await signedIn(t, user);
  contexts.set(c, { t, org });
  return { user, c };
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
  const ctx = contexts.get(c);
  if (ctx && typeof values.asset === 'string' && !UUID.test(values.asset)) {
    // The requester picks the asset from the register, whose class is what the request freezes.
    values = { ...values, asset: await registeredAsset(ctx.t, ctx.org, values.asset, assetClass) };
  }
  const r = await c.post('/api/requests', { typeId, values, ...(assetClass ? { assetClass } : {}) });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().id;
}

/** An organization with a catalogue type of taking out (`key`), a staff member and a holder of its approval. */
export async function takeOutSetup(t: TestApp, key = 'take_out_001') {
  const org = await makeOrg(t.db);
  const typeId = await addType(t, org, key);
  const staff = await person(t, org);
  const approver = await person(t, org, [approveFn('take_out')]);
  return { org, typeId, staff, approver };
}

/**
 * A software install (software_install_001) filed by a staff member and waiting for both its approvers,
 * holders of the install's approval at tiers 2 and 3.
 */
export async function installFiled(t: TestApp) {
  const org = await makeOrg(t.db);
  const typeId = await addType(t, org, 'software_install_001');
  const staff = await person(t, org);
  const tier2 = await person(t, org, [approveFn('software_install')], { tier: 2 });
  const tier3 = await person(t, org, [approveFn('software_install')], { tier: 3 });
  const id = await file(staff.c, typeId, { software: 'LibreOffice 25', licence: 'MPL', purpose: '文書作成' });
  return { org, staff, tier2, tier3, id };
}

/** Decides and returns the response. */
export const decideAs = (c: Client, id: string, decision: 'approve' | 'reject' = 'approve') =>
  c.post(`/api/requests/${id}/decisions`, { decision });

/** The fields of a take-out type: the asset, the dates out and back, where to and why. */
export const takeOutFields = [
  { key: 'asset', type: 'asset', label: { ja: '対象の情報資産' }, required: true },
  { key: 'take_out_date', type: 'date', label: { ja: '持出日' }, required: true },
  { key: 'return_due', type: 'date', label: { ja: '返却予定日' }, required: true },
  { key: 'destination', type: 'text', label: { ja: '持出先' }, required: true },
  { key: 'purpose', type: 'textarea', label: { ja: '目的' }, required: true },
];

/** A take-out type (its register: 持出し記録簿) with the take-out fields and `definition`'s levels and chain. */
export function takeOutType(code: string, nameJa: string, definition: Record<string, unknown>) {
  return {
    code,
    nameJa,
    topic: 'take_out',
    recordKind: 'carry',
    definition: { fields: takeOutFields, ...definition },
  };
}

/** A take-out's fields as a person fills them (asset A-001, a two-day meeting). */
export const takeOut = {
  asset: 'A-001',
  take_out_date: '2026-06-01',
  return_due: '2026-06-03',
  destination: '本庁舎',
  purpose: '会議資料',
};
