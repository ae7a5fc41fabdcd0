/**
 * Numbers the requests filed before 受付番号 existed (migration 0430), and any row still without one: per
 * organization and 年度 in the order they were filed (then by id), after the last number the body's counter
 * gave, a slice at a time with one UPDATE per slice; each counter is then set to the last number given.
 */
import { type Kysely, sql } from 'kysely';
import { jstDate } from '../../shared/time.ts';
import { fiscalYearOf } from '../../shared/wareki.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

const SLICE = 500;

export async function numberExisting(db: Db): Promise<void> {
  const counters: { organization_id: string; fiscal_year: number; last_serial: number }[] = await db
    .selectFrom('request_serials')
    .select(['organization_id', 'fiscal_year', 'last_serial'])
    .execute();
  const last = new Map(counters.map((c) => [`${c.organization_id} ${c.fiscal_year}`, Number(c.last_serial)]));
  const given = new Set<string>();
  let after: { org: string; at: string; id: string } | null = null;
  for (;;) {
    let q = db
      .selectFrom('requests')
      .select(['id', 'organization_id', 'submitted_at'])
      .where('serial', 'is', null)
      .orderBy('organization_id')
      .orderBy('submitted_at')
      .orderBy('id')
      .limit(SLICE);
    if (after) {
      const a = after;
      q = q.where((eb) =>
        eb.or([
          eb('organization_id', '>', a.org),
          eb.and([eb('organization_id', '=', a.org), eb('submitted_at', '>', a.at)]),
          eb.and([eb('organization_id', '=', a.org), eb('submitted_at', '=', a.at), eb('id', '>', a.id)]),
        ]),
      );
    }
    const rows: { id: string; organization_id: string; submitted_at: string }[] = await q.execute();
    if (!rows.length) break;
    const numbered = rows.map((r) => {
      const fy = fiscalYearOf(jstDate(r.submitted_at));
      const key = `${r.organization_id} ${fy}`;
      const serial = (last.get(key) ?? 0) + 1;
      last.set(key, serial);
      given.add(key);
      return { id: r.id, fy, serial };
    });
    const ids = numbered.map((n) => n.id);
    const caseOf = (pick: (n: (typeof numbered)[number]) => number) =>
      sql<number>`case id ${sql.join(
        numbered.map((n) => sql`when ${n.id} then ${sql.lit(pick(n))}`),
        sql` `,
      )} end`;
    await db
      .updateTable('requests')
      .set({ fiscal_year: caseOf((n) => n.fy), serial: caseOf((n) => n.serial) })
      .where('id', 'in', ids)
      .execute();
    const tail = rows[rows.length - 1];
    after = { org: tail.organization_id, at: tail.submitted_at, id: tail.id };
  }
  for (const key of given) {
    const [org, fy] = key.split(' ');
    const serial = last.get(key) as number;
    await db
      .insertInto('request_serials')
      .values({ organization_id: org, fiscal_year: Number(fy), last_serial: serial })
      .onConflict((oc) => oc.columns(['organization_id', 'fiscal_year']).doUpdateSet({ last_serial: serial }))
      .execute();
  }
}
