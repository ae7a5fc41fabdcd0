/** Test helpers of imports: an organization with named people, and the inspect → dry run → import steps. */
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { type Client, signedIn, type TestApp } from '../../../test/support/http.ts';
import { upload } from '../../../test/support/ledger.ts';
import type { OrgScopedTable } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { createUnit } from '../org/service.ts';

/** An organization with 総務課 and 情報政策課, 山口 太郎 (staff no. 1001) and an importer holding the functions. */
export async function importOrg(t: TestApp, functions: string[]) {
  const org = await makeOrg(t.db, '萩・長門清掃一部事務組合');
  const policyUnit = await t.db
    .transaction()
    .execute((trx) => createUnit(trx, org.actor, { name: '情報政策課', kind: '課' }));
  const yamaguchi = await makeUser(t.db, org);
  await t.db
    .updateTable('users')
    .set({ display_name: '山口 太郎', staff_no: '1001' })
    .where('id', '=', yamaguchi.id)
    .execute();
  const importer = await makeUser(t.db, org, { functions });
  const c = await signedIn(t, importer);
  return { org, policyUnit, yamaguchi, importer, c };
}

/** Inspects a file and returns the answer (asserting success). */
export async function inspect(
  c: Client,
  register: string,
  xlsx: Buffer,
  extra: Record<string, unknown> = {},
) {
  const r = await c.post(`/api/imports/${register}/inspect`, upload(xlsx, extra));
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
}

/** Runs the import (or its dry run) with the mapping the inspection suggested. */
export async function run(
  c: Client,
  register: string,
  xlsx: Buffer,
  opts: {
    dryRun?: boolean;
    mapping?: Record<string, number>;
    context?: Record<string, unknown>;
    sheet?: string;
  } = {},
) {
  const found = opts.mapping
    ? null
    : await inspect(c, register, xlsx, opts.sheet ? { sheet: opts.sheet } : {});
  return c.post(`/api/imports/${register}`, {
    ...upload(xlsx),
    ...(opts.sheet ? { sheet: opts.sheet } : {}),
    mapping: opts.mapping ?? found.mapping,
    ...(opts.context ? { context: opts.context } : {}),
    dryRun: opts.dryRun ?? false,
  });
}

/** The `row:column` names of a dry run's or a refused import's errors. */
export const errorCells = (body: {
  errors?: { row: number; letter: string }[];
  error?: { fields: { field: string }[] };
}) =>
  body.errors
    ? body.errors.map((e) => `${e.row}:${e.letter}`)
    : (body.error?.fields ?? []).map((f) => f.field);

/** How many rows of `table` the organization has. */
export async function countInOrg(db: Kysely<DB>, table: OrgScopedTable, organizationId: string) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Runs an import that must be refused as a whole (400), and checks that it left the organization's `table` as it was. */
export async function refusedWhole(
  t: TestApp,
  c: Client,
  register: string,
  xlsx: Buffer,
  kept: { table: OrgScopedTable; organizationId: string },
) {
  const before = await countInOrg(t.db, kept.table, kept.organizationId);
  assert.equal((await run(c, register, xlsx)).statusCode, 400);
  assert.equal(await countInOrg(t.db, kept.table, kept.organizationId), before);
}
