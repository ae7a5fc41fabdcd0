import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * One section of the off-boarding checklist: what a module says the person must return or close. The
 * screens name a section by the name its module declares it under (`assets.owned`), in the reader's language.
 */
export interface OffboardingSection {
  items: string[];
}

export type OffboardingCheck = (
  db: Kysely<DB>,
  organizationId: string,
  userId: string,
) => Promise<OffboardingSection>;

const checks = new Map<string, OffboardingCheck>();

/**
 * Adds to the list of what a transferring or retiring person must return (assets owned, open loans, …)
 * (R-E8). Modules declare their checks in their manifest (`offboardingChecks`); the registry calls this.
 */
export function registerOffboardingCheck(name: string, fn: OffboardingCheck): void {
  checks.set(name, fn);
}

/** Runs every registered check; a failing check is reported as a section rather than hiding the rest. */
export async function offboardingChecklist(
  db: Kysely<DB>,
  organizationId: string,
  userId: string,
): Promise<(OffboardingSection & { name: string })[]> {
  const out: (OffboardingSection & { name: string })[] = [];
  for (const [name, fn] of checks) {
    try {
      out.push({ name, ...(await fn(db, organizationId, userId)) });
    } catch (e) {
      out.push({ name, items: [`(check failed: ${(e as Error).message})`] });
    }
  }
  return out;
}
