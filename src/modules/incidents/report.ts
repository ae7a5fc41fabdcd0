import type { Kysely } from 'kysely';
import { insertInOrg } from '../../db/insert-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { badInput } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { catalogueType } from './catalogue.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import type { ReportBody } from './schema.ts';
import { loadSettings } from './settings.ts';
import { activateStep } from './steps.ts';
import type { IncidentStepsTable, IncidentTypesTable } from './tables.ts';
import { addTimeline } from './timeline.ts';

/** The organization's type for a key, copying the catalogue entry on first use. */
export async function typeFor(trx: Kysely<DB>, actor: Actor, key: string): Promise<IncidentTypesTable> {
  const org = actor.organizationId;
  const row = await rowInOrg(trx, 'incident_types', org, { key });
  if (row) return row;
  const c = catalogueType(key);
  if (!c)
    throw badInput('incidents.unknown_type', { key }, [{ field: 'typeKey', code: 'incidents.unknown_type' }]);
  const created: IncidentTypesTable = {
    id: newId(),
    organization_id: org,
    key: c.key,
    name_ja: c.ja,
    name_en: c.en,
    steps: JSON.stringify(c.steps),
    clause_path: c.clausePath,
    unauthorized_access: c.unauthorizedAccess ? 1 : 0,
    plan_section: c.planSection,
    created_at: nowIso(),
  };
  await trx.insertInto('incident_types').values(created).execute();
  await recordAudit(
    trx,
    actor,
    'incidents.type_saved',
    { type: 'incident_type', id: created.id },
    {
      key: c.key,
      name: c.ja,
      steps: c.steps.length,
    },
  );
  return created;
}

/** Files a report and starts the organization's chain at its first step. Run inside a transaction. */
export const reportIncident = transactional(
  async (trx, actor: Actor, unitId: string | null, body: ReportBody): Promise<string> => {
    const org = actor.organizationId;
    if (!actor.userId) throw badInput('incidents.reporter_required');
    const type = await typeFor(trx, actor, body.typeKey);
    const settings = await loadSettings(trx, org);
    const now = nowIso();
    const id = await insertInOrg(trx, 'incidents', org, {
      title: body.title,
      description: body.description,
      type_id: type.id,
      found_at: body.foundAt,
      occurred_at: body.occurredAt ?? null,
      reporter_id: actor.userId,
      source: body.source,
      source_detail: body.sourceDetail ?? null,
      unit_id: unitId,
      personal_info: body.personalInfo,
      minor: null,
      minor_reason: null,
      status: 'open',
      asset_ids: JSON.stringify(body.assetIds),
      system_ids: JSON.stringify(body.systemIds),
      vendor_ids: JSON.stringify(body.vendorIds),
      clause_paths: JSON.stringify(body.clausePaths),
      cause: null,
      closed_at: null,
      closed_by: null,
      close_note: null,
      created_at: now,
    });
    await recordAudit(
      trx,
      actor,
      'incidents.reported',
      { type: 'incident', id },
      {
        title: body.title,
        type: type.key,
        source: body.source,
        personalInfo: body.personalInfo,
        reporterId: actor.userId,
      },
    );
    await addTimeline(trx, actor, id, 'reported', body.title, now);
    const base = {
      organization_id: org,
      incident_id: id,
      status: 'pending',
      notified_at: null,
      due_at: null,
      acknowledged_at: null,
      acknowledged_by: null,
      escalated_at: null,
      skipped_reason: null,
    };
    const steps: IncidentStepsTable[] = settings.chain.map((c, i) => ({
      ...base,
      id: newId(),
      position: i,
      kind: 'chain',
      function_key: c.function,
      tier: c.tier,
      role_id: c.role ?? null,
      user_id: null,
      label: c.label,
      skippable: c.skippableWhenMinor ? 1 : 0,
      timeout_hours: c.timeoutHours,
    }));
    const h = settings.head;
    if (h) {
      steps.push({
        ...base,
        id: newId(),
        position: steps.length,
        kind: 'head',
        function_key: h.kind === 'function' ? h.ref : null,
        tier: null,
        role_id: h.kind === 'role' ? h.ref : null,
        user_id: h.kind === 'user' ? h.ref : null,
        label: h.label,
        skippable: h.skippableWhenMinor ? 1 : 0,
        timeout_hours: 0,
      });
    }
    if (steps.length) {
      await trx.insertInto('incident_steps').values(steps).execute();
      await activateStep(trx, actor, steps[0], now);
    } else {
      await addTimeline(trx, actor, id, 'no_chain', '', now);
    }
    return id;
  },
);
