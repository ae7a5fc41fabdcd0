import type { Kysely } from 'kysely';
import { rowsInOrg, rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { notFound } from '../../http/errors.ts';
import { todayJst } from '../../shared/business-days.ts';
import { allFunctions } from '../org/index.ts';
import { approvalNeed } from './approval-need.ts';
import { chainFor, stepHolders } from './approvers.ts';
import { assetDisplay, assetReadableBy, findAsset } from './asset-lookup.ts';
import { CATALOGUE } from './catalogue.ts';
import { clauseChoices, roleChoices, schemeChoices } from './editor-choices.ts';
import { MANAGE_TYPES, READ_ALL } from './functions.ts';
import { effectiveLayout, recordSample } from './layouts.ts';
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
  const requester = await rowWhere(db, 'users', { id: req.requester_id }, ['display_name']);
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
  const types = await rowsInOrg(db, 'request_types', organizationId, { active: 1 }, '*', ['code']);
  const withAsset = types
    .map((t) => ({ t, def: parseDefinition(t.definition) }))
    .filter(({ def }) => def.fields.some((f) => f.type === 'asset'));
  // Who approves, as the person filing reads it: the roles the policy names for the asset's level, else
  // the roles holding the step's function.
  const roles = withAsset.length ? await roleChoices(db, organizationId) : [];
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
      approverRoles: chainFor(def.chain, assetClass).map(
        (s) => s.roles ?? roles.filter((r) => r.functions.includes(s.function)).map((r) => r.name),
      ),
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

/**
 * Records of the organization; without `requests.read_all` the caller's own and those of the requests
 * they decided (an approver sees the 記録簿 of what they approve).
 */
export async function visibleRecords(
  db: Kysely<DB>,
  auth: AuthContext,
  q: { kind?: string; from?: string; to?: string },
) {
  let s = db.selectFrom('request_records').selectAll().where('organization_id', '=', auth.organizationId);
  if (!auth.functions.has(READ_ALL))
    s = s.where((eb) =>
      eb.or([
        eb('person_id', '=', auth.userId),
        eb(
          'request_id',
          'in',
          eb
            .selectFrom('request_decisions')
            .select('request_id')
            .where('organization_id', '=', auth.organizationId)
            .where('user_id', '=', auth.userId),
        ),
      ]),
    );
  if (q.kind) s = s.where('kind', '=', q.kind);
  if (q.from) s = s.where('occurred_on', '>=', q.from);
  if (q.to) s = s.where('occurred_on', '<=', q.to);
  return s.orderBy('occurred_on').orderBy('created_at').execute();
}

/** The register records the caller may see, with the kinds the organization has and each asset's label. */
export async function recordList(
  db: Kysely<DB>,
  auth: AuthContext,
  q: { kind?: string; from?: string; to?: string },
) {
  const rows = await visibleRecords(db, auth, q);
  const kinds = await db
    .selectFrom('request_records')
    .select('kind')
    .distinct()
    .where('organization_id', '=', auth.organizationId)
    .execute();
  // The asset as the office knows it (number and name), looked up once per asset.
  const labels = new Map<string, string>();
  for (const r of rows)
    if (r.asset_id && !labels.has(r.asset_id))
      labels.set(r.asset_id, await assetDisplay(db, auth.organizationId, r.asset_id));
  return {
    kinds: kinds.map((k) => k.kind).sort(),
    items: rows.map((r) => ({
      asset: r.asset_id ? (labels.get(r.asset_id) ?? null) : null,
      id: r.id,
      requestId: r.request_id,
      kind: r.kind,
      occurredOn: r.occurred_on,
      person: r.person_label,
      unit: r.unit_name,
      assetId: r.asset_id,
      assetClass: r.asset_class,
      approvers: r.approvers,
      approvedOn: r.approved_on,
      dueOn: r.due_on,
      returnedAt: r.returned_at,
      confirmers: r.confirmers,
      fields: JSON.parse(r.fields),
    })),
  };
}

/** How the body prints a 記録簿: its columns, title and sign-off boxes, and the columns it may add. */
export async function recordLayout(db: Kysely<DB>, organizationId: string, kind: string, lang: 'ja' | 'en') {
  const sample = await recordSample(db, organizationId, kind);
  const l = await effectiveLayout(db, organizationId, kind, sample, lang);
  return {
    kind,
    title: l.title,
    stamps: l.stamps,
    columns: l.columns.map((c) => ({ key: c.key, heading: c.heading })),
    available: l.available.map((c) => ({ key: c.key, label: lang === 'en' ? c.en : c.ja })),
  };
}

/** Request types of the organization: active ones; for managers all, with what the type editor offers. */
export async function requestTypes(db: Kysely<DB>, auth: AuthContext) {
  const manager = auth.functions.has(MANAGE_TYPES);
  let q = db.selectFrom('request_types').selectAll().where('organization_id', '=', auth.organizationId);
  if (!manager) q = q.where('active', '=', 1);
  const rows = await q.orderBy('code').execute();
  return {
    items: rows.map((t) => ({
      id: t.id,
      code: t.code,
      nameJa: t.name_ja,
      nameEn: t.name_en,
      topic: t.topic,
      recordKind: t.record_kind,
      clausePath: t.clause_path,
      source: t.source,
      active: !!t.active,
      definition: parseDefinition(t.definition),
    })),
    functions: allFunctions().filter((f) => f.key.startsWith('requests.')),
    // What the type editor offers to choose from (levels of the body's scheme, its roles, the
    // clauses of its policy in force).
    ...(manager
      ? {
          scheme: await schemeChoices(db, auth.organizationId),
          roles: await roleChoices(db, auth.organizationId),
          clauses: await clauseChoices(db, auth.organizationId),
        }
      : {}),
  };
}

/** The ready-made catalogue, each entry marked when the organization has added it. */
export async function catalogueFor(db: Kysely<DB>, organizationId: string) {
  const rows = await rowsInOrg(db, 'request_types', organizationId, {}, ['catalogue_key']);
  const added = new Set(rows.map((r) => r.catalogue_key));
  return { items: CATALOGUE.map((e) => ({ ...e, added: added.has(e.key) })) };
}
