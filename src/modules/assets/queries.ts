import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ListQuery } from './schema.ts';
import { bigrams, normalizeForSearch } from './search.ts';

/** Decodes a keyset cursor `[sortValue, id]`. */
function decodeCursor(c: string | undefined): [string, string] | null {
  if (!c) return null;
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.length === 2 ? [String(v[0]), String(v[1])] : null;
  } catch {
    return null;
  }
}

/** Above this many assets per gram, scanning in sort order beats sorting every match (bench/README.md). */
const DENSE_GRAM = 1000;

/** True when every gram occurs in at least DENSE_GRAM assets; each count stops at the threshold. */
async function everyGramDense(db: Kysely<DB>, organizationId: string, grams: string[]): Promise<boolean> {
  for (const gram of grams) {
    const row = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('asset_search')
          .select('asset_id')
          .where('organization_id', '=', organizationId)
          .where('gram', '=', gram)
          .limit(DENSE_GRAM)
          .as('g'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) < DENSE_GRAM) return false;
  }
  return true;
}

/**
 * One page of the register. Keyset paging on (sort key, id) keeps every page as cheap as the first;
 * search narrows by the bigram index, then confirms with LIKE (two-character terms such as 監査 work).
 */
export async function listAssets(
  db: Kysely<DB>,
  organizationId: string,
  unitScope: string | null | undefined,
  f: ListQuery,
) {
  const sortCol = f.sort;
  let q = assetQuery(db, organizationId);
  // undefined = all units; null = a user without a unit sees nothing of unit-scoped data.
  if (unitScope !== undefined) q = q.where('a.owner_unit_id', '=', unitScope ?? '\u0000');
  if (f.kind) q = q.where('a.kind', '=', f.kind);
  if (f.unitId) q = q.where('a.owner_unit_id', '=', f.unitId);
  if (f.status) q = q.where('a.status', '=', f.status);
  if (f.personal) q = q.where('a.personal_info', '=', Number(f.personal));
  if (f.levelId) {
    const levelId = f.levelId;
    q = q.where('a.id', 'in', (eb) =>
      eb
        .selectFrom('asset_classes')
        .select('asset_id')
        .where('organization_id', '=', organizationId)
        .where('level_id', '=', levelId),
    );
  }
  if (f.q) {
    const term = normalizeForSearch(f.q);
    const grams = bigrams(term);
    if (grams.length && (await everyGramDense(db, organizationId, grams))) {
      // A common term (監査 in thousands of assets): walk the register in its sort order and keep the rows
      // that carry every gram; the page fills after a few hundred rows instead of sorting every match.
      for (const gram of grams)
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('asset_search as s')
              .select('s.asset_id')
              .whereRef('s.asset_id', '=', 'a.id')
              .where('s.organization_id', '=', organizationId)
              .where('s.gram', '=', gram),
          ),
        );
    } else if (grams.length) {
      // A rare term: collect the few matching ids first, then sort them.
      q = q.where('a.id', 'in', (eb) =>
        eb
          .selectFrom('asset_search')
          .select('asset_id')
          .where('organization_id', '=', organizationId)
          .where('gram', 'in', grams)
          .groupBy('asset_id')
          .having(sql`count(distinct gram)`, '=', grams.length),
      );
    }
    if (!grams.length) {
      // One character: no gram to narrow by, so SQL compares the text itself.
      const like = `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(a.asset_no)`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(a.name)`, 'like', sql`${like} escape '\\'`),
          eb(sql`lower(coalesce(a.note, ''))`, 'like', sql`${like} escape '\\'`),
        ]),
      );
    } else {
      // The grams may come from different places in the text: each candidate is confirmed here, in code,
      // with the normalization the grams were made with. Kept out of SQL, the planner's estimate comes
      // from the gram statistics alone (PostgreSQL guessed a LIKE's selectivity 400× too low and chose
      // to sort every match, bench/README.md).
      return confirmedPage(q, sortCol, f, (a) =>
        [a.asset_no, a.name, a.note ?? ''].some((x) => normalizeForSearch(x).includes(term)),
      );
    }
  }
  return confirmedPage(q, sortCol, f, null);
}

type AssetQuery = ReturnType<typeof assetQuery>;
function assetQuery(db: Kysely<DB>, organizationId: string) {
  return db.selectFrom('assets as a').selectAll('a').where('a.organization_id', '=', organizationId);
}

/**
 * Reads the page in sort order from the cursor, keeping the rows `accept` confirms. Without a check,
 * one read of limit + 1 rows; with one, slices that grow until the page is full or the rows run out.
 */
async function confirmedPage(
  q: AssetQuery,
  sortCol: ListQuery['sort'],
  f: ListQuery,
  accept: ((a: Selectable<DB['assets']>) => boolean) | null,
) {
  const want = f.limit + 1;
  const rows: Selectable<DB['assets']>[] = [];
  let cur = decodeCursor(f.cursor);
  let slice = want;
  for (;;) {
    let sq = q;
    if (cur) {
      const [v, id] = cur;
      sq = sq.where((eb) =>
        eb.or([eb(`a.${sortCol}`, '>', v), eb.and([eb(`a.${sortCol}`, '=', v), eb('a.id', '>', id)])]),
      );
    }
    const got = await sq.orderBy(`a.${sortCol}`).orderBy('a.id').limit(slice).execute();
    for (const r of got) {
      if (accept && !accept(r)) continue;
      rows.push(r);
      if (rows.length === want) break;
    }
    if (rows.length === want || got.length < slice || !accept) break;
    const last = got[got.length - 1];
    cur = [String(last[sortCol]), last.id];
    slice = Math.min(slice * 4, 2000);
  }
  const more = rows.length > f.limit;
  const page = more ? rows.slice(0, f.limit) : rows;
  const last = page[page.length - 1];
  const nextCursor =
    more && last ? Buffer.from(JSON.stringify([last[sortCol], last.id])).toString('base64url') : null;
  return { items: page, nextCursor };
}

/** Designation records of the given assets. */
export async function classesOf(db: Kysely<DB>, organizationId: string, assetIds: string[]) {
  if (!assetIds.length) return [];
  return db
    .selectFrom('asset_classes as c')
    .leftJoin('users as u', 'u.id', 'c.set_by')
    .select([
      'c.asset_id',
      'c.axis_id',
      'c.level_id',
      'c.set_by',
      'u.display_name as set_by_name',
      'c.set_at',
      'c.source',
      'c.reason',
    ])
    .where('c.organization_id', '=', organizationId)
    .where('c.asset_id', 'in', assetIds)
    .execute();
}

/** The history of one asset from the audit log (its own events and the import that created it). */
export async function assetHistory(
  db: Kysely<DB>,
  organizationId: string,
  asset: { id: string; import_id: string | null },
) {
  return db
    .selectFrom('audit_events')
    .select(['seq', 'occurred_at', 'actor_label', 'event', 'data'])
    .where('organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb.and([eb('target_type', '=', 'asset'), eb('target_id', '=', asset.id)]),
        ...(asset.import_id
          ? [eb.and([eb('target_type', '=', 'asset_import'), eb('target_id', '=', asset.import_id)])]
          : []),
      ]),
    )
    .orderBy('seq')
    .execute();
}

/** Assets held inside a container. */
export function contentsOf(db: Kysely<DB>, organizationId: string, id: string) {
  return db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name', 'kind', 'status', 'computed_class'])
    .where('organization_id', '=', organizationId)
    .where('parent_id', '=', id)
    .orderBy('asset_no')
    .execute();
}
