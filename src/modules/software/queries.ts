/** Reads of the software module: warning settings, computed warnings, installation counts, user names. */
import type { Kysely } from 'kysely';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { addNames, todayJst } from '../systems/index.ts';
import { DEFAULT_WARN_DAYS, supportWarnings } from './support.ts';

type Row = Record<string, unknown>;

/** The organization's warning window (days before end of support). */
export async function warnDaysOf(db: Kysely<DB>, org: string): Promise<number> {
  const row = await rowInOrg(db, 'software_settings', org, {}, ['warn_days']);
  return row ? Number(row.warn_days) : DEFAULT_WARN_DAYS;
}

/** Adds installation count, licence shortfall and support warnings (R-F19) to software rows. */
export async function decorateSoftware(
  db: Kysely<DB>,
  org: string,
  rows: Row[],
  warnDays?: number,
): Promise<Row[]> {
  const days = warnDays ?? (await warnDaysOf(db, org));
  const ids = rows.map((r) => r.id as string);
  const counts = ids.length
    ? await db
        .selectFrom('software_installations')
        .select(['software_id', (eb) => eb.fn.countAll().as('n')])
        .where('organization_id', '=', org)
        .where('software_id', 'in', ids)
        .groupBy('software_id')
        .execute()
    : [];
  const countOf = new Map(counts.map((c) => [c.software_id, Number(c.n)]));
  const today = todayJst();
  return rows.map((r) => {
    const installations = countOf.get(r.id as string) ?? 0;
    const licences = r.licenceCount as number | null;
    return {
      ...r,
      installations,
      overLicence: licences !== null && installations > licences,
      warnings: supportWarnings(
        r as { supportEndsOn: string | null; plannedUseUntil: string | null },
        today,
        days,
      ),
    };
  });
}

/** Adds software (product and version), equipment and system names to installation rows. */
export async function decorateInstallations(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const sw = await rowsInOrg(db, 'software', org, {}, ['id', 'product', 'version']);
  const swName = new Map(sw.map((s) => [s.id, [s.product, s.version].filter(Boolean).join(' ')]));
  const named = await addNames(db, org, rows, {
    equipmentId: ['equipmentName', 'equipment'],
    systemId: ['systemName', 'information_systems'],
  });
  return named.map((r) => ({ ...r, softwareName: swName.get(r.softwareId as string) ?? null }));
}

/** Adds the users' names (R-E11) and the system name to shared-ID rows. */
export async function decorateSharedIds(db: Kysely<DB>, org: string, rows: Row[]): Promise<Row[]> {
  const users = new Map(
    (await rowsInOrg(db, 'users', org, {}, ['id', 'display_name', 'login_id'])).map((u) => [u.id, u]),
  );
  return (await addNames(db, org, rows, { systemId: ['systemName', 'information_systems'] })).map((r) => ({
    ...r,
    users: ((r.userIds as string[]) ?? []).map((id) => ({
      id,
      displayName: users.get(id)?.display_name ?? null,
      loginId: users.get(id)?.login_id ?? null,
    })),
  }));
}

/** The organization's software whose end of support is known, soonest first. */
export function withSupportEnd(db: Kysely<DB>, org: string) {
  return db
    .selectFrom('software')
    .selectAll()
    .where('organization_id', '=', org)
    .where('support_ends_on', 'is not', null)
    .orderBy('support_ends_on')
    .execute();
}
