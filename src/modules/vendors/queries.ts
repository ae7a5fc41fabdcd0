/** Computed fields of the vendors module's registers. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addNames, todayJst, withNames } from '../systems/index.ts';

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
  const today = todayJst();
  return (await addNames(db, org, rows, { vendorId: ['vendorName', 'vendors'] })).map((r) => {
    const missing = ((r.clauses as { text: string; present: boolean }[]) ?? [])
      .filter((c) => !c.present)
      .map((c) => c.text);
    const review = r.nextReviewOn as string | null;
    return { ...r, missingClauses: missing, reviewOverdue: !!review && review < today };
  });
}

/** Adds the responsible person's name to social media accounts. */
export const decorateSocial = withNames({ responsibleUserId: ['responsibleName', 'users', 'display_name'] });

/** Adds the vendor name to cloud services. */
export const decorateCloud = withNames({ vendorId: ['vendorName', 'vendors'] });
