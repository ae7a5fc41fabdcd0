/**
 * The registers that can be imported. Each module declares its own targets (fields, lookups, write)
 * in its manifest (`imports`); the registry registers them and the import screens and routes list them.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import type { Actor } from '../../shared/actor.ts';
import type { PlannedRow } from './engine/plan.ts';
import type { ImportField, ImportSpec, Mapping, Resolver, RowError } from './engine/types.ts';

/** What an import wrote, for the result and the one audit event. */
export interface ImportOutcome {
  created: number;
  updated: number;
  /**
   * Shown once to the importer (new people's one-time passwords); never audited. `loginId`: whose
   * sign-in it is, so the sign-in link handed over with it can carry the ID.
   */
  handover?: { label: string; value: string; loginId?: string }[];
  /** Extra audit data (the campaign or session written into). */
  detail?: Record<string, unknown>;
}

export interface ImportTarget<C = Record<string, unknown>> extends ImportSpec {
  /** Functions that may import into this register (any one suffices). */
  writeFns: string[];
  /** Something the importer picks besides the file (the training session, the fiscal year). */
  context?: z.ZodType<C>;
  /** The fields, when they depend on the organization (the classification axes of assets). */
  fieldsFor?(db: Kysely<DB>, organizationId: string): Promise<ImportField[]>;
  /** Resolvers for the `ref` kinds the fields use, scoped to the organization. */
  lookups(db: Kysely<DB>, organizationId: string): Promise<Record<string, Resolver>>;
  /** Checks that need the register (uniqueness, the module's own rules), for the dry run too. */
  check?(
    db: Kysely<DB>,
    organizationId: string,
    rows: PlannedRow[],
    mapping: Mapping,
    context: C,
    auth: AuthContext,
  ): Promise<RowError[]>;
  /** Writes every row inside the caller's transaction (the import's one audit event is written by the caller). */
  write(
    trx: Kysely<DB>,
    actor: Actor,
    rows: PlannedRow[],
    context: C,
    auth: AuthContext,
    mapping: Mapping,
  ): Promise<ImportOutcome>;
}

const targets = new Map<string, ImportTarget>();

/** Adds a register to what can be imported (the registry calls it once per manifest entry). */
export function registerImport<C>(target: ImportTarget<C>): void {
  if (targets.has(target.key)) throw new Error(`import ${target.key} registered twice`);
  targets.set(target.key, target as unknown as ImportTarget);
}

/** Every importable register, in the order modules registered them. */
export function importTargets(): ImportTarget[] {
  return [...targets.values()];
}

/** One importable register, or undefined. */
export function importTarget(key: string): ImportTarget | undefined {
  return targets.get(key);
}
