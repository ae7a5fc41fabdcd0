/** When a role assignment is in force: the rule every query of who holds a role today applies. */
import type { ExpressionBuilder } from 'kysely';

/**
 * The condition that the assignment joined as `ra` is in force on `day` (YYYY-MM-DD): it has not been
 * ended (transfer, retirement, hand-over), it has started (or has no start date) and has not run out (or
 * has no end date). An ended assignment stays on record for history and grants nothing.
 */
export function inForceOn(day: string) {
  // biome-ignore lint/suspicious/noExplicitAny: any query that joins role_assignments as ra
  return (eb: ExpressionBuilder<any, any>) =>
    eb.and([
      eb('ra.ended_at', 'is', null),
      eb.or([eb('ra.valid_from', 'is', null), eb('ra.valid_from', '<=', day)]),
      eb.or([eb('ra.valid_until', 'is', null), eb('ra.valid_until', '>=', day)]),
    ]);
}
