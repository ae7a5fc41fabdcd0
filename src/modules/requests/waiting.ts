import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inForceOn } from '../org/index.ts';
import type { TypeDefinition } from './model.ts';

/**
 * What a request waits for, as one indexed column (`requests.waiting_key`): whoever holds the current
 * step (its function, the requester's unit when the step is unit-scoped, the roles frozen with the
 * request), or a confirmation by holders of a function after the return. Null when it waits for nobody.
 * The inbox groups and pages by it instead of reading every pending request with its definition.
 */
export type WaitingFor =
  | { kind: 'step'; function: string; unitId: string | null; roles: string[] | null; all: boolean }
  | { kind: 'confirm'; function: string };

/** The key of a request in a given state (kept by every write that changes status or step). */
export function waitingKey(
  status: string,
  def: Pick<TypeDefinition, 'chain' | 'confirmations'>,
  currentStep: number,
  unitId: string | null,
): string | null {
  if (status === 'pending') {
    const step = def.chain[currentStep];
    if (!step) return null;
    const roles = step.roles?.length ? [...step.roles].sort() : null;
    const all = step.mode === 'all' ? 1 : 0;
    return JSON.stringify(['step', step.function, step.unitScoped ? (unitId ?? '') : null, roles, all]);
  }
  if (status === 'returned' && def.confirmations)
    return JSON.stringify(['confirm', def.confirmations.function]);
  return null;
}

/** Reads a key back. */
export function parseWaitingKey(key: string): WaitingFor {
  const [kind, fn, unit, roles, all] = JSON.parse(key) as [
    string,
    string,
    string | null,
    string[] | null,
    number,
  ];
  return kind === 'confirm'
    ? { kind: 'confirm', function: fn }
    : { kind: 'step', function: fn, unitId: unit, roles, all: all === 1 };
}

/**
 * May the caller have acted already on a request with this key while it still waits? Under an 'any' step
 * one approval moves the request on, so only 'all' steps and confirmations need the per-request check.
 */
export function mayHaveActed(key: string): boolean {
  const w = parseWaitingKey(key);
  return w.kind === 'confirm' || w.all;
}

/** One of a person's role assignments valid today, with what it gives. */
export interface HeldAssignment {
  functionKey: string;
  unitId: string | null;
  role: string;
}

/** The caller's assignments valid today (deputies included), one query: what `holdersOf` asks per step. */
export async function heldAssignments(
  db: Kysely<DB>,
  organizationId: string,
  userId: string,
  today: string,
): Promise<HeldAssignment[]> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('role_functions as rf', 'rf.role_id', 'ra.role_id')
    .innerJoin('roles as r', 'r.id', 'ra.role_id')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['rf.function_key', 'ra.unit_id', 'r.name'])
    .where('ra.organization_id', '=', organizationId)
    .where('ra.user_id', '=', userId)
    .where('u.status', '=', 'active')
    .where(inForceOn(today))
    .execute();
  return rows.map((r) => ({ functionKey: r.function_key, unitId: r.unit_id, role: r.name }));
}

/**
 * Does the caller act on requests with this key? For a step: holding it as `holdersOf` decides (the
 * function, an assignment for the unit or the whole body when scoped, one of the roles when named);
 * the caller is never the requester here (the inbox leaves those out). For a confirmation: the function.
 */
export function holdsKey(key: string, held: HeldAssignment[], functions: ReadonlySet<string>): boolean {
  const w = parseWaitingKey(key);
  if (w.kind === 'confirm') return functions.has(w.function);
  return held.some(
    (a) =>
      a.functionKey === w.function &&
      (w.unitId === null || a.unitId === null || a.unitId === w.unitId) &&
      (!w.roles || w.roles.includes(a.role)),
  );
}
