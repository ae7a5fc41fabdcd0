import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { badInput } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { seal } from '../../shared/secret-box.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import {
  configProblems,
  type DirectoryConfig,
  directoryConfigSchema,
  type directorySettingsBody,
} from './settings.ts';
import { loadDirectory } from './store.ts';

/** What the settings screen shows: the configuration and whether each secret is set (never the secret). */
export interface DirectorySettingsView extends DirectoryConfig {
  secrets: { bindPassword: boolean; clientSecret: boolean };
  nextSyncAt: string | null;
}

/** The organization's directory settings for its administrator. */
export async function readDirectorySettings(
  db: Kysely<DB>,
  key: Buffer,
  organizationId: string,
): Promise<DirectorySettingsView> {
  const d = await loadDirectory(db, key, organizationId);
  return {
    ...d.config,
    secrets: { bindPassword: d.hasBindPassword, clientSecret: d.hasClientSecret },
    nextSyncAt: d.nextSyncAt,
  };
}

/**
 * Replaces the directory settings. Secrets are sealed with the server key, set by a string and
 * cleared by null; the audit row holds the configuration before and after and only the names of
 * the secrets that changed.
 */
export const saveDirectorySettings = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    key: Buffer,
    input: z.output<typeof directorySettingsBody>,
  ): Promise<DirectorySettingsView> => {
    const org = actor.organizationId;
    const { secrets, ...rest } = input;
    const config = directoryConfigSchema.parse(rest);
    const roles = new Set(
      (await trx.selectFrom('roles').select('id').where('organization_id', '=', org).execute()).map(
        (r) => r.id,
      ),
    );
    const unknown = config.ldap.groupRoles
      .map((g, i) => ({ g, i }))
      .filter(({ g }) => !roles.has(g.roleId))
      .map(({ i }) => ({
        field: `ldap.groupRoles.${i}.roleId`,
        code: 'directory.unknown_role',
        params: { field: `ldap.groupRoles.${i}.roleId` },
      }));
    if (unknown.length) throw badInput('request.invalid', {}, unknown);
    const before = await loadDirectory(trx, key, org);
    const row = await rowInOrg(trx, 'directory_settings', org, {}, [
      'bind_password_enc',
      'client_secret_enc',
    ]);
    const sealOr = (v: string | null | undefined, old: string | null | undefined) =>
      v === undefined ? (old ?? null) : v === null ? null : seal(key, v);
    const bindEnc = sealOr(secrets.bindPassword, row?.bind_password_enc);
    const secretEnc = sealOr(secrets.clientSecret, row?.client_secret_enc);
    const problems = configProblems(config, { bindPassword: !!bindEnc, clientSecret: !!secretEnc });
    if (problems.length) throw badInput('request.invalid', {}, problems);
    const b = before.config.ldap.sync;
    const a = config.ldap.sync;
    // A newly switched-on schedule runs within minutes; a changed interval counts from now.
    const nextSyncAt = !a.enabled
      ? null
      : b.enabled && b.intervalMinutes === a.intervalMinutes && before.nextSyncAt
        ? before.nextSyncAt
        : nowIso();
    const values = {
      config: JSON.stringify(config),
      bind_password_enc: bindEnc,
      client_secret_enc: secretEnc,
      next_sync_at: nextSyncAt,
      updated_at: nowIso(),
    };
    if (row)
      await trx.updateTable('directory_settings').set(values).where('organization_id', '=', org).execute();
    else
      await trx
        .insertInto('directory_settings')
        .values({ organization_id: org, ...values })
        .execute();
    const secretsChanged = Object.entries(secrets)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    await recordAudit(
      trx,
      actor,
      'directory.settings_changed',
      { type: 'organization', id: org },
      { before: before.config, after: config, secretsChanged },
    );
    return readDirectorySettings(trx, key, org);
  },
);

/** When a scheduled sync is due next after `from`. */
export function nextSyncAfter(from: string, intervalMinutes: number): string {
  return addSeconds(from, intervalMinutes * 60);
}
