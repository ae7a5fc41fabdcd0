/**
 * What org asks of the module that keeps passwords and sign-in throttling: auth declares it in its
 * manifest (`lookups.credentials`) and the registry hands it over here. Org adds people with one-time
 * passwords and slows down the guessing of login IDs without importing auth, which reads people, roles
 * and settings from org.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';

export interface Credentials {
  /** Sets a person's password in the caller's transaction (audited), to be changed at first use when `mustChange`. */
  setPassword(
    trx: Kysely<DB>,
    actor: Actor,
    userId: string,
    password: string,
    mustChange: boolean,
  ): Promise<void>;
  /** A one-time password that meets the default password policy. */
  oneTimePassword(): string;
  /** The stored hash of a password (for writing many people at once). */
  hashPassword(password: string): Promise<string>;
  /** Counts an attempt against a throttle key before it is checked; `locked` when it must not be. */
  claimAttempt(db: Kysely<DB>, key: string, max: number): Promise<{ locked: boolean }>;
  /** Whether a throttle key is locked now. */
  isLocked(db: Kysely<DB>, key: string): Promise<boolean>;
  /** Locks a throttle key for some minutes; true when this call locked it. */
  lockKey(db: Kysely<DB>, key: string, lockMinutes: number): Promise<boolean>;
}

let provided: Credentials | null = null;

/** Called by the registry with what the credentials module's manifest declares. */
export function setCredentials(c: Credentials): void {
  provided = c;
}

/** The credentials module's answers; none before the registry has wired the modules. */
export function credentials(): Credentials {
  if (!provided) throw new Error('no module provides credentials: load src/modules/registry.ts first');
  return provided;
}
