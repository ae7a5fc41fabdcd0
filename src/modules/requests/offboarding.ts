import type { OffboardingCheck } from '../org/index.ts';

/** Approved take-outs not yet returned must come back before a transfer or retirement (R-E8). */
export const openLoans: OffboardingCheck = async (db, org, userId) => {
  const rows = await db
    .selectFrom('requests as r')
    .leftJoin('assets as a', 'a.id', 'r.asset_id')
    .select(['r.type_code', 'r.due_on', 'a.asset_no', 'a.name'])
    .where('r.organization_id', '=', org)
    .where('r.requester_id', '=', userId)
    .where('r.status', '=', 'approved')
    .where('r.returned_at', 'is', null)
    .where('r.due_on', 'is not', null)
    .execute();
  // The date in brackets is when each is due back (the section's name on the screen says so).
  return { items: rows.map((r) => `${r.asset_no ?? ''} ${r.name ?? r.type_code}（${r.due_on}）`.trim()) };
};
