import type { Kysely } from 'kysely';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { open } from '../../shared/secret-box.ts';
import { type DirectoryConfig, parseDirectoryConfig } from './settings.ts';

/** An organization's directory settings as the server uses them; secrets are opened only on request. */
export interface DirectoryState {
  organizationId: string;
  config: DirectoryConfig;
  hasBindPassword: boolean;
  hasClientSecret: boolean;
  nextSyncAt: string | null;
  bindPassword(): string;
  clientSecret(): string;
}

/** Reads an organization's directory settings (defaults, everything off, when none are stored). */
export async function loadDirectory(
  db: Kysely<DB>,
  key: Buffer,
  organizationId: string,
): Promise<DirectoryState> {
  const row = await rowInOrg(db, 'directory_settings', organizationId, {});
  return {
    organizationId,
    config: parseDirectoryConfig(row?.config),
    hasBindPassword: !!row?.bind_password_enc,
    hasClientSecret: !!row?.client_secret_enc,
    nextSyncAt: row?.next_sync_at ?? null,
    bindPassword: () => (row?.bind_password_enc ? open(key, row.bind_password_enc) : ''),
    clientSecret: () => (row?.client_secret_enc ? open(key, row.client_secret_enc) : ''),
  };
}
