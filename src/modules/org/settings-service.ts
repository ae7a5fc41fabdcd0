import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { type OrgSettings, orgSettingsSchema, parseOrgSettings } from './settings.ts';

/** The organization's settings with defaults filled. */
export async function readSettings(db: Kysely<DB>, organizationId: string): Promise<OrgSettings> {
  const row = await rowWhereOrThrow(db, 'organizations', { id: organizationId }, ['settings']);
  return parseOrgSettings(row.settings);
}

/** Replaces the settings (password policy, sessions, lockout, employment types), audited before/after. */
export const updateSettings = transactional(
  async (trx: Kysely<DB>, actor: Actor, input: OrgSettings): Promise<OrgSettings> => {
    const before = await readSettings(trx, actor.organizationId);
    const after = orgSettingsSchema.parse(input);
    await trx
      .updateTable('organizations')
      .set({ settings: JSON.stringify(after) })
      .where('id', '=', actor.organizationId)
      .execute();
    await recordAudit(
      trx,
      actor,
      'org.settings_changed',
      { type: 'organization', id: actor.organizationId },
      { before, after },
    );
    return after;
  },
);
