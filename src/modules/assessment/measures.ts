/** An improvement measure as its owner sees it: the owner may read and close their own measure (record-level). */
import type { Kysely } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { forbidden } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';

/** Functions that reach every measure; anyone else reaches only the measures they own. */
const MANAGERS = ['assessment.manage', 'reports.read'];

/** Loads a measure the caller owns or may read by function; another's measure answers 403, another organization's 404. */
export async function loadMeasureFor(db: Kysely<DB>, auth: AuthContext, id: string) {
  const m = await findInOrg(db, 'assessment_measures', auth.organizationId, id, 'assessment_measure');
  if (m.owner_user_id !== auth.userId && !MANAGERS.some((f) => auth.functions.has(f)))
    throw forbidden('assessment.manage');
  return m;
}

/** Whether the caller may close this measure: its owner, or a holder of assessment.manage. */
export function mayCloseMeasure(auth: AuthContext, m: { owner_user_id: string }): boolean {
  return m.owner_user_id === auth.userId || auth.functions.has('assessment.manage');
}

/** A measure with its campaign, the item it answers and its owner's name, for the measure screen. */
export async function measureDetail(db: Kysely<DB>, auth: AuthContext, id: string) {
  const m = await loadMeasureFor(db, auth, id);
  const campaign = await db
    .selectFrom('assessment_campaigns')
    .select(['id', 'title', 'fiscal_year as fiscalYear'])
    .where('id', '=', m.campaign_id)
    .executeTakeFirstOrThrow();
  const item = m.item_id
    ? await db
        .selectFrom('assessment_items')
        .select(['question', 'clause_path as clausePath'])
        .where('id', '=', m.item_id)
        .executeTakeFirst()
    : undefined;
  const owner = await rowWhere(db, 'users', { id: m.owner_user_id }, ['display_name']);
  return {
    id: m.id,
    title: m.title,
    dueOn: m.due_on,
    status: m.status,
    result: m.result,
    closedAt: m.closed_at,
    ownerName: owner?.display_name ?? '',
    campaign,
    item: item ?? null,
    canClose: m.status === 'open' && mayCloseMeasure(auth, m),
    canSeeCampaign: MANAGERS.some((f) => auth.functions.has(f)),
  };
}
