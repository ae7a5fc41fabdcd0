/** The zod field for a date a person types: 令和8年4月1日, R8.4.1 or 2026-04-01, stored as ISO. */
import { z } from 'zod';
import { parseDateInput } from './wareki.ts';

/** A required date in any of the three notations; the value after parsing is `YYYY-MM-DD`. */
export const dateInput = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(40)
    .transform((value, ctx) => {
      const r = parseDateInput(value);
      if ('iso' in r) return r.iso;
      // The HTTP layer names the field and translates `i18n` with these params in the caller's language.
      ctx.addIssue({
        code: 'custom',
        message: r.error.code,
        params: { i18n: r.error.code, ...r.error.params },
      });
      return z.NEVER;
    });

/** An optional date that may be cleared with null or an empty string. */
export const optDateInput = () =>
  z
    .union([z.literal('').transform(() => null), dateInput()])
    .nullable()
    .optional();
