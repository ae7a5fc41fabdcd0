/** Reads behind the register's helpers: locations, rule warnings before a save, labels, drafts due, classify requests. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { todayJst } from '../../shared/business-days.ts';
import { activeScheme, isLowering, labelText, levelById, validateStorage } from '../classification/index.ts';
import { seesAllUnits } from './access.ts';
import type { checkBody } from './schema.ts';

/** The organization's storage locations by name. */
export function locations(db: Kysely<DB>, organizationId: string) {
  return rowsInOrg(db, 'asset_locations', organizationId, {}, '*', ['name']);
}

/** Warnings the rules give for a class and location, before saving, and the label the class prints as. */
export async function ruleWarnings(db: Kysely<DB>, auth: AuthContext, body: z.output<typeof checkBody>) {
  const org = auth.organizationId;
  const scheme = await activeScheme(db, org);
  if (!scheme) return { warnings: [{ code: 'assets.no_scheme' }], label: '' };
  const levels = body.levels.map((id) => levelById(scheme, id)).filter((l) => !!l);
  const warnings: { code: string; params?: Record<string, string> }[] = [];
  const missing = scheme.axes.filter((a) => !levels.some((l) => l.axisId === a.id));
  if (body.status === 'registered' && missing.length)
    warnings.push({
      code: 'assets.class_required',
      params: { axes: missing.map((a) => a.name).join('・') },
    });
  if (body.locationId) {
    const loc = await rowInOrg(db, 'asset_locations', org, { id: body.locationId });
    if (loc) {
      for (const p of validateStorage(levels, {
        name: loc.name,
        lockable: !!Number(loc.lockable),
        offsite: !!Number(loc.offsite),
      }))
        warnings.push({
          code: 'assets.location_not_allowed',
          params: { location: loc.name, level: p.level.label, need: p.need },
        });
    }
  }
  if (body.assetId) {
    const cur = await rowsInOrg(db, 'asset_classes', org, { asset_id: body.assetId }, ['level_id']);
    for (const c of cur) {
      const from = levelById(scheme, c.level_id);
      const to = levels.find((l) => l.axisId === from?.axisId);
      if (from && to && isLowering(from, to))
        warnings.push({
          code: 'assets.lowering_needs_reason',
          params: { from: from.label, to: to.label },
        });
    }
  }
  for (const l of levels)
    if (l.designators.length && !l.designators.some((f) => auth.functions.has(f)))
      warnings.push({
        code: 'assets.not_designator',
        params: { level: l.label, fns: l.designators.join(' / ') },
      });
  return { warnings, label: labelText(levels, scheme) };
}

/** Label texts for stickers and document corners of the assets named (R-B4), as far as the caller sees them. */
export async function assetLabels(db: Kysely<DB>, auth: AuthContext, idList: string) {
  const org = auth.organizationId;
  const scheme = await activeScheme(db, org);
  const ids = idList
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 500);
  let q = db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name', 'computed_class', 'owner_unit_id'])
    .where('organization_id', '=', org)
    .where('id', 'in', ids);
  if (!seesAllUnits(auth)) q = q.where('owner_unit_id', '=', auth.unitId ?? '\u0000');
  const rows = await q.orderBy('asset_no').execute();
  return rows.map((r) => {
    const levels = scheme
      ? (JSON.parse(r.computed_class) as string[]).map((id) => levelById(scheme, id)).filter((l) => !!l)
      : [];
    const label = scheme ? labelText(levels, scheme) : '';
    return {
      id: r.id,
      assetNo: r.asset_no,
      name: r.name,
      label,
      fileNamePrefix: `【${label}】`,
      restrictions: [...new Set(levels.flatMap((l) => l.restrictions))],
    };
  });
}

/** Drafts due for deletion or registration (R-B5) that the caller sees. */
export async function draftsDue(db: Kysely<DB>, auth: AuthContext) {
  const today = todayJst();
  let q = db
    .selectFrom('assets')
    .select(['id', 'asset_no', 'name', 'draft_delete_on', 'owner_unit_id'])
    .where('organization_id', '=', auth.organizationId)
    .where('status', '=', 'draft')
    .where('draft_delete_on', '<=', today);
  if (!seesAllUnits(auth)) q = q.where('owner_unit_id', '=', auth.unitId ?? '\u0000');
  return q.orderBy('draft_delete_on').limit(500).execute();
}

/** "Please classify" requests: all for a classifier, the caller's own for others. */
export async function classifyRequests(db: Kysely<DB>, auth: AuthContext) {
  let q = db
    .selectFrom('asset_classify_requests')
    .selectAll()
    .where('organization_id', '=', auth.organizationId);
  // Classifiers see every request routed to them; others see what they asked.
  if (!auth.functions.has('assets.classify')) q = q.where('requested_by', '=', auth.userId);
  return q.orderBy('requested_at', 'desc').limit(200).execute();
}
