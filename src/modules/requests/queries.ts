import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { notFound } from '../../http/errors.ts';
import { todayJst } from '../../shared/business-days.ts';
import { approvalNeed } from './approval-need.ts';
import { stepHolders } from './approvers.ts';
import { assetDisplay, assetReadableBy, findAsset } from './asset-lookup.ts';
import { READ_ALL } from './functions.ts';
import { type LoadedRequest, loadRequest, parseDefinition } from './load.ts';
import { summary, typeNames } from './summary.ts';

/** May the caller see this request? The requester, readers of all, and anyone who may act on it. */
export function mayRead(auth: Pick<AuthContext, 'userId' | 'functions'>, req: LoadedRequest): boolean {
  if (req.requester_id === auth.userId || auth.functions.has(READ_ALL)) return true;
  if (req.def.chain.some((s) => auth.functions.has(s.function))) return true;
  return !!req.def.confirmations && auth.functions.has(req.def.confirmations.function);
}

/** A request with its decisions, confirmations and record; 404 when the caller may not see it. */
export async function requestDetail(db: Kysely<DB>, auth: AuthContext, id: string) {
  const req = await loadRequest(db, auth.organizationId, id);
  if (!mayRead(auth, req)) throw notFound('request');
  const names = await typeNames(db, auth.organizationId);
  const decisions = await db
    .selectFrom('request_decisions')
    .select([
      'step',
      'user_id as userId',
      'user_label as userLabel',
      'function_key as function',
      'acting',
      'decision',
      'comment',
      'decided_at as decidedAt',
    ])
    .where('request_id', '=', id)
    .orderBy('decided_at')
    .execute();
  const confirmations = await db
    .selectFrom('request_confirmations')
    .select(['user_label as userLabel', 'note', 'confirmed_at as confirmedAt'])
    .where('request_id', '=', id)
    .orderBy('confirmed_at')
    .execute();
  const timeline = await db
    .selectFrom('audit_events')
    .select(['seq', 'event', 'occurred_at as at', 'actor_label as actor', 'data'])
    .where('organization_id', '=', auth.organizationId)
    .where('target_type', '=', 'request')
    .where('target_id', '=', id)
    .orderBy('seq')
    .execute();
  const requester = await db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', req.requester_id)
    .executeTakeFirst();
  const today = todayJst();
  const step = req.def.chain[req.current_step];
  const canDecide =
    req.status === 'pending' &&
    req.requester_id !== auth.userId &&
    (await stepHolders(db, auth.organizationId, step, req, today)).some((h) => h.userId === auth.userId) &&
    !decisions.some((d) => d.step === req.current_step && d.userId === auth.userId);
  const conf = req.def.confirmations;
  // The approver and the requester see the asset as the office knows it: number and name, never an id.
  const asset = req.asset_id ? await assetDisplay(db, auth.organizationId, req.asset_id) : null;
  return {
    ...summary(req, names.get(req.type_id)),
    assetLabel: asset,
    requesterName: requester?.display_name ?? '',
    values: req.values,
    definition: req.def,
    decisions: decisions.map((d) => ({ ...d, acting: !!d.acting })),
    confirmations,
    timeline: timeline.map((e) => ({ ...e, data: JSON.parse(e.data) })),
    can: {
      decide: canDecide,
      withdraw: req.status === 'pending' && req.requester_id === auth.userId,
      markReturned:
        req.status === 'approved' &&
        !!req.def.returnTracking &&
        (req.requester_id === auth.userId || auth.functions.has(READ_ALL)),
      confirm:
        req.status === 'returned' &&
        !!conf &&
        req.requester_id !== auth.userId &&
        auth.functions.has(conf.function),
    },
  };
}

/** The caller's own requests, newest first. */
export async function myRequests(db: Kysely<DB>, auth: AuthContext, status?: string, limit = 50) {
  let q = db
    .selectFrom('requests')
    .selectAll()
    .where('organization_id', '=', auth.organizationId)
    .where('requester_id', '=', auth.userId);
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('submitted_at', 'desc').limit(limit).execute();
  const names = await typeNames(db, auth.organizationId);
  return rows.map((r) => summary(r, names.get(r.type_id)));
}

/** For an asset: which active types would need permission for it, given its class. */
export async function neededFor(
  db: Kysely<DB>,
  auth: AuthContext,
  assetId: string | undefined,
  statedClass: string | undefined,
) {
  const organizationId = auth.organizationId;
  const asset = assetId ? await findAsset(db, organizationId, assetId) : null;
  // A registered asset the caller may not read in the register is not described here either.
  // Staff may file about their own unit's assets without reading the register (GET /api/requests/assets).
  if (asset && !assetReadableBy(auth, asset) && !(auth.unitId && asset.ownerUnitId === auth.unitId))
    throw notFound('asset');
  const assetClass = asset?.classLabel ?? statedClass ?? null;
  const types = await db
    .selectFrom('request_types')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const withAsset = types
    .map((t) => ({ t, def: parseDefinition(t.definition) }))
    .filter(({ def }) => def.fields.some((f) => f.type === 'asset'));
  const out = [];
  for (const { t, def } of withAsset) {
    const need = await approvalNeed(db, organizationId, { def, clause_path: t.clause_path }, assetClass);
    out.push({
      id: t.id,
      code: t.code,
      name: t.name_ja,
      nameEn: t.name_en,
      clausePath: t.clause_path,
      approvalRequired: need.required,
      exemptBy: need.exemptBy,
      approvers: def.chain.map((s) => s.function),
    });
  }
  return {
    asset: asset
      ? { id: asset.id, number: asset.number ?? null, name: asset.name }
      : assetId
        ? { id: assetId, number: null, name: null }
        : null,
    assetClass,
    types: out,
  };
}
