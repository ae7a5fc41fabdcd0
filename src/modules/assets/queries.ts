import { type Kysely, type Selectable, sql } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import { type Args, prepared } from '../../db/prepared.ts';
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

/**
 * Above `denseGram` assets per gram, walking the register in sort order beats sorting every match
 * (bench/README.md); the walk reads slices of `firstWalkSlice` keys, then four times more each time.
 * Tests lower both to run the walk on a few rows.
 */
export const searchTuning = { denseGram: 1000, firstWalkSlice: 500 };

// One statement per gram of every search: built and compiled once.
const gramCount = prepared((db, p: Args<{ org: string; gram: string; cap: number }>) =>
  db
    .selectFrom((eb) =>
      eb
        .selectFrom('asset_search')
        .select('asset_id')
        .where('organization_id', '=', p.org)
        .where('gram', '=', p.gram)
        .limit(p.cap)
        .as('g'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n')),
);

/** How many assets carry each gram, each count stopping at searchTuning.denseGram. */
async function gramCounts(
  db: Kysely<DB>,
  organizationId: string,
  grams: string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const gram of grams) {
    const row = await gramCount.first(db, { org: organizationId, gram, cap: searchTuning.denseGram });
    counts.set(gram, Number(row?.n ?? 0));
  }
  return counts;
}

/**
 * One page of the register. Keyset paging on (sort key, id) keeps every page as cheap as the first;
 * search narrows by the bigram index, then confirms each candidate in code (two-character terms such as
 * 監査 work).
 */
export async function listAssets(
  db: Kysely<DB>,
  organizationId: string,
  unitScope: string | null | undefined,
  f: ListQuery,
) {
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
    if (grams.length) return searchPage(db, q, organizationId, f, term, grams);
    // One character: no gram to narrow by, so SQL compares the text itself.
    const like = `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(a.asset_no)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(a.name)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(coalesce(a.note, ''))`, 'like', sql`${like} escape '\\'`),
      ]),
    );
  }
  return confirmedPage(db, q, f, null, null);
}

/** A search page: candidates narrowed by the grams, each confirmed in code. */
async function searchPage(
  db: Kysely<DB>,
  q: AssetQuery,
  organizationId: string,
  f: ListQuery,
  term: string,
  grams: string[],
) {
  // The grams may come from different places in the text: each candidate is confirmed here, in code,
  // with the normalization the grams were made with (a LIKE in SQL misled PostgreSQL's planner).
  const accept = (a: Selectable<DB['assets']>) =>
    [a.asset_no, a.name, a.note ?? ''].some((x) => normalizeForSearch(x).includes(term));
  const counts = await gramCounts(db, organizationId, grams);
  const rarest = grams.reduce((best, g) => ((counts.get(g) ?? 0) < (counts.get(best) ?? 0) ? g : best));
  const fewest = counts.get(rarest) ?? 0;
  if (fewest === 0) return { items: [], nextCursor: null };
  if (fewest < searchTuning.denseGram) {
    // A rare gram: its few assets are the candidates, sorted (a page may need any of them).
    const rare = q.where('a.id', 'in', (eb) =>
      eb
        .selectFrom('asset_search')
        .select('asset_id')
        .where('organization_id', '=', organizationId)
        .where('gram', '=', rarest),
    );
    return confirmedPage(db, rare, f, accept, null);
  }
  // Every gram common (監査 in thousands of assets): walk the register in its sort order, keeping the
  // rows that carry every gram; a page is full after a few hundred rows. SQLite plans the walk from one
  // query; PostgreSQL multiplies the grams' selectivities (個人・人情・情報 always occur together), so it
  // is given slices of keys in order to narrow instead.
  if (isPostgres(db)) return confirmedPage(db, q, f, accept, { organizationId, grams });
  return confirmedPage(db, withEveryGram(q, organizationId, grams), f, accept, null);
}

/** Keeps the assets that carry every gram. */
function withEveryGram(q: AssetQuery, organizationId: string, grams: string[]): AssetQuery {
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
  return q;
}

type AssetQuery = ReturnType<typeof assetQuery>;
function assetQuery(db: Kysely<DB>, organizationId: string) {
  return db.selectFrom('assets as a').selectAll('a').where('a.organization_id', '=', organizationId);
}

/**
 * Reads the page in sort order from the cursor, keeping the rows `accept` confirms. Without a check,
 * one read of limit + 1 rows; with one, slices that grow until the page is full or the rows run out.
 * With `walk`, each slice is first read as keys in sort order and then narrowed to the rows that carry
 * every gram: the order of the walk is fixed, whatever the planner estimates of the grams together.
 */
async function confirmedPage(
  db: Kysely<DB>,
  q: AssetQuery,
  f: ListQuery,
  accept: ((a: Selectable<DB['assets']>) => boolean) | null,
  walk: { organizationId: string; grams: string[] } | null,
) {
  const sortCol = f.sort;
  const want = f.limit + 1;
  const rows: Selectable<DB['assets']>[] = [];
  let cur = decodeCursor(f.cursor);
  let slice = walk ? searchTuning.firstWalkSlice : want;
  for (;;) {
    let sq = q;
    if (cur) {
      const [v, id] = cur;
      sq = sq.where((eb) =>
        eb.or([eb(`a.${sortCol}`, '>', v), eb.and([eb(`a.${sortCol}`, '=', v), eb('a.id', '>', id)])]),
      );
    }
    sq = sq.orderBy(`a.${sortCol}`).orderBy('a.id').limit(slice);
    let got: Selectable<DB['assets']>[];
    let scanned: { id: string; key: unknown }[];
    if (walk) {
      scanned = (
        await sq
          .clearSelect()
          .select(['a.id', sql<unknown>`a.${sql.ref(sortCol)}`.as('key')])
          .execute()
      ).map((k) => ({ id: k.id, key: k.key }));
      const ids = scanned.map((k) => k.id);
      got = ids.length
        ? await withEveryGram(
            assetQuery(db, walk.organizationId).where('a.id', 'in', ids),
            walk.organizationId,
            walk.grams,
          )
            .orderBy(`a.${sortCol}`)
            .orderBy('a.id')
            .execute()
        : [];
    } else {
      got = await sq.execute();
      scanned = got.map((r) => ({ id: r.id, key: r[sortCol] }));
    }
    for (const r of got) {
      if (accept && !accept(r)) continue;
      rows.push(r);
      if (rows.length === want) break;
    }
    if (rows.length === want || scanned.length < slice || !accept) break;
    const last = scanned[scanned.length - 1];
    cur = [String(last.key), last.id];
    slice = Math.min(slice * 4, walk ? 4000 : 2000);
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
  // One asset (its detail page, every time): the statement compiled once.
  if (assetIds.length === 1) return classesOfOne.execute(db, { org: organizationId, assetId: assetIds[0] });
  return classesQuery(db, organizationId).where('c.asset_id', 'in', assetIds).execute();
}

function classesQuery(db: Kysely<DB>, organizationId: string) {
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
    .where('c.organization_id', '=', organizationId);
}

const classesOfOne = prepared((db, p: Args<{ org: string; assetId: string }>) =>
  classesQuery(db, p.org).where('c.asset_id', '=', p.assetId),
);

// An asset's detail page: the asset and its designation records in one statement (one row per record,
// or one with none), compiled once. The records' columns are named `designation_…`, which no asset column is.
const assetWithClassesStatement = prepared((db, p: Args<{ org: string; id: string }>) =>
  db
    .selectFrom('assets as a')
    .leftJoin('asset_classes as c', (j) =>
      j.onRef('c.asset_id', '=', 'a.id').onRef('c.organization_id', '=', 'a.organization_id'),
    )
    .leftJoin('users as u', 'u.id', 'c.set_by')
    .selectAll('a')
    .select([
      'c.axis_id as designation_axis_id',
      'c.level_id as designation_level_id',
      'c.set_by as designation_set_by',
      'u.display_name as designation_set_by_name',
      'c.set_at as designation_set_at',
      'c.source as designation_source',
      'c.reason as designation_reason',
    ])
    .where('a.organization_id', '=', p.org)
    .where('a.id', '=', p.id),
);

type DesignationRecord = Awaited<ReturnType<typeof classesOf>>[number];

/** One asset of the organization with its designation records (as `classesOf` gives them), or null. */
export async function assetWithClasses(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
): Promise<{ asset: Selectable<DB['assets']>; classes: DesignationRecord[] } | null> {
  const rows = await assetWithClassesStatement.execute(db, { org: organizationId, id });
  if (!rows.length) return null;
  const asset = Object.fromEntries(
    Object.entries(rows[0]).filter(([k]) => !k.startsWith('designation_')),
  ) as Selectable<DB['assets']>;
  const classes = rows.flatMap((r): DesignationRecord[] =>
    r.designation_level_id == null
      ? []
      : [
          {
            asset_id: asset.id,
            axis_id: r.designation_axis_id as string,
            level_id: r.designation_level_id,
            set_by: r.designation_set_by,
            set_by_name: r.designation_set_by_name,
            set_at: r.designation_set_at as string,
            source: r.designation_source as DesignationRecord['source'],
            reason: r.designation_reason,
          },
        ],
  );
  return { asset, classes };
}

type HistoryArgs = Args<{ org: string; id: string; importId: string | null }>;
function historyQuery(db: Kysely<DB>, p: HistoryArgs, withImport: boolean) {
  return db
    .selectFrom('audit_events')
    .select(['seq', 'occurred_at', 'actor_label', 'event', 'data'])
    .where('organization_id', '=', p.org)
    .where((eb) =>
      eb.or([
        eb.and([eb('target_type', '=', 'asset'), eb('target_id', '=', p.id)]),
        ...(withImport
          ? [eb.and([eb('target_type', '=', 'asset_import'), eb('target_id', '=', p.importId)])]
          : []),
      ]),
    )
    .orderBy('seq');
}
// An asset's detail reads its history every time: compiled once for each of its two shapes.
const historyOf = prepared((db, p: HistoryArgs) => historyQuery(db, p, false));
const historyWithImport = prepared((db, p: HistoryArgs) => historyQuery(db, p, true));

/** The history of one asset from the audit log (its own events and the import that created it). */
export async function assetHistory(
  db: Kysely<DB>,
  organizationId: string,
  asset: { id: string; import_id: string | null },
) {
  const args = { org: organizationId, id: asset.id, importId: asset.import_id };
  return asset.import_id ? historyWithImport.execute(db, args) : historyOf.execute(db, args);
}

const contentsStatement = prepared((db, p: Args<{ org: string; id: string }>) =>
  db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name', 'kind', 'status', 'computed_class'])
    .where('organization_id', '=', p.org)
    .where('parent_id', '=', p.id)
    .orderBy('asset_no'),
);

/** Assets held inside a container. */
export function contentsOf(db: Kysely<DB>, organizationId: string, id: string) {
  return contentsStatement.execute(db, { org: organizationId, id });
}
