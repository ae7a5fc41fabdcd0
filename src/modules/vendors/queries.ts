/** Computed fields of the vendors module's registers. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { todayJst } from '../systems/index.ts';

type Row = Record<string, unknown>;
type Cert = { kind: string; number: string | null; expiresOn: string | null };

/** Marks expired certifications and whether the vendor holds a valid ISMS/ISO27001 one (R-H1). */
export async function decorateVendors(_db: Kysely<DB>, _org: string, rows: Row[]): Promise<Row[]> {
  const today = todayJst();
  return rows.map((r) => {
    const certs = ((r.certifications as Cert[]) ?? []).map((c) => ({
      ...c,
      expired: !!c.expiresOn && c.expiresOn < today,
    }));
    return { ...r, certifications: certs, hasValidIsms: certs.some((c) => c.kind === 'isms' && !c.expired) };
  });
}

/** Adds the vendor name, missing clauses (R-H2) and whether the periodic review is overdue. */
export async function decorateContracts(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const vendors = new Map(
    (await db.selectFrom('vendors').select(['id', 'name']).where('organization_id', '=', org).execute()).map(
      (v) => [v.id, v.name],
    ),
  );
  const today = todayJst();
  return rows.map((r) => {
    const missing = ((r.clauses as { text: string; present: boolean }[]) ?? [])
      .filter((c) => !c.present)
      .map((c) => c.text);
    const review = r.nextReviewOn as string | null;
    return {
      ...r,
      vendorName: vendors.get(r.vendorId as string) ?? null,
      missingClauses: missing,
      reviewOverdue: !!review && review < today,
    };
  });
}

/** Adds the responsible person's name to social media accounts. */
export async function decorateSocial(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const users = new Map(
    (
      await db.selectFrom('users').select(['id', 'display_name']).where('organization_id', '=', org).execute()
    ).map((u) => [u.id, u.display_name]),
  );
  return rows.map((r) => ({ ...r, responsibleName: users.get(r.responsibleUserId as string) ?? null }));
}

/** Adds the vendor name to cloud services. */
export async function decorateCloud(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const vendors = new Map(
    (await db.selectFrom('vendors').select(['id', 'name']).where('organization_id', '=', org).execute()).map(
      (v) => [v.id, v.name],
    ),
  );
  return rows.map((r) => ({ ...r, vendorName: vendors.get(r.vendorId as string) ?? null }));
}
