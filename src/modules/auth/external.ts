import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The person a directory vouched for. */
export interface ExternalUser {
  id: string;
  organization_id: string;
  login_id: string;
  display_name: string;
}

/**
 * What a directory says about a login: not one of its accounts (check mamori's own password),
 * verified, or rejected (counted and answered like a wrong password). A directory that cannot be
 * reached throws (503): a directory account never falls back to a local password.
 */
export type ExternalVerdict =
  | { kind: 'local' }
  | { kind: 'verified'; user: ExternalUser; method: 'ldap' }
  | { kind: 'rejected' };

export type ExternalSignIn = (
  db: Kysely<DB>,
  req: FastifyRequest,
  input: { loginId: string; password: string; organization?: string },
) => Promise<ExternalVerdict>;

let external: ExternalSignIn | null = null;

/** Lets the directory module check passwords of directory accounts (registered at module load). */
export function registerExternalSignIn(fn: ExternalSignIn): void {
  external = fn;
}

/** Asks the registered directory, if any, about this login. */
export function checkExternalSignIn(
  db: Kysely<DB>,
  req: FastifyRequest,
  input: { loginId: string; password: string; organization?: string },
): Promise<ExternalVerdict> {
  return external ? external(db, req, input) : Promise.resolve({ kind: 'local' });
}
