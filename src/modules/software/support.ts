/** End-of-support warnings (R-F19): pure date comparisons on YYYY-MM-DD strings. */
import { addDays } from '../systems/index.ts';

export type SupportWarning = 'support_ended' | 'support_ending' | 'ends_within_use';

/** The default warning window before the end of support, in days. */
export const DEFAULT_WARN_DAYS = 180;

/** Warnings for one product: support already ended, ending within the window, or ending before the planned use does. */
export function supportWarnings(
  s: { supportEndsOn: string | null; plannedUseUntil: string | null },
  today: string,
  warnDays: number,
): SupportWarning[] {
  if (!s.supportEndsOn) return [];
  const out: SupportWarning[] = [];
  if (s.supportEndsOn < today) out.push('support_ended');
  else if (s.supportEndsOn <= addDays(today, warnDays)) out.push('support_ending');
  if (s.plannedUseUntil && s.supportEndsOn < s.plannedUseUntil) out.push('ends_within_use');
  return out;
}
