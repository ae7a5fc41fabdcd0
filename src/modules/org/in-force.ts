/** When a role assignment is in force: the rule every query of who holds a role today applies. */
import type { ExpressionBuilder } from 'kysely';

/**
 * The condition that the assignment joined as `ra` is in force on `day` (YYYY-MM-DD): it has started
 * (or has no start date) and has not run out (or has no end date). Whether an ended assignment still
 * counts is the caller's own condition (`ra.ended_at`).
 */
export function inForceOn(day: string) {
  // biome-ignore lint/suspicious/noExplicitAny: any query that joins role_assignments as ra
  return (eb: ExpressionBuilder<any, any>) =>
    eb.and([
      eb.or([eb('ra.valid_from', 'is', null), eb('ra.valid_from', '<=', day)]),
      eb.or([eb('ra.valid_until', 'is', null), eb('ra.valid_until', '>=', day)]),
    ]);
}
