import type { z } from 'zod';
import { transactional } from '../../db/transactional.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import type { typeBody } from './schema.ts';

/** Saves an incident type of the organization (new, or replacing its own of the same key) with its steps. */
export const saveType = transactional(
  async (trx, actor: Actor, key: string, body: z.output<typeof typeBody>): Promise<void> => {
    const org = actor.organizationId;
    const row = {
      name_ja: body.nameJa,
      name_en: body.nameEn,
      steps: JSON.stringify(body.steps),
      clause_path: body.clausePath ?? null,
      unauthorized_access: body.unauthorizedAccess ? 1 : 0,
      plan_section: body.planSection ?? null,
    };
    const existing = await rowInOrg(trx, 'incident_types', org, { key }, ['id']);
    const id = existing?.id ?? newId();
    if (existing) await updateInOrg(trx, 'incident_types', org, id, row);
    else
      await trx
        .insertInto('incident_types')
        .values({ id, organization_id: org, key, created_at: nowIso(), ...row })
        .execute();
    await recordAudit(
      trx,
      actor,
      'incidents.type_saved',
      { type: 'incident_type', id },
      { key, name: body.nameJa, steps: body.steps.length },
    );
  },
);
