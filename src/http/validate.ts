import { z } from 'zod';
import type { Lang } from '../i18n/index.ts';
import { AppError, type FieldError } from './errors.ts';

const localeErrors = { ja: z.locales.ja().localeError, en: z.locales.en().localeError };

function fieldCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return (issue as { input?: unknown }).input === undefined ? 'field.required' : 'field.invalid_type';
    case 'too_big':
      return 'field.too_long';
    case 'too_small':
      return 'field.too_short';
    case 'unrecognized_keys':
      return 'field.unknown';
    case 'invalid_format':
      return 'field.invalid_format';
    default:
      return 'field.invalid_value';
  }
}

/** Turns zod issues into field errors named like `assetId` or `items.2.name`, in the user's language. */
export function toFieldErrors(issues: z.core.$ZodIssue[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ field: base ? `${base}.${key}` : key, code: 'field.unknown', message: issue.message });
      }
      continue;
    }
    const custom = issue.code === 'custom' ? (issue.params as Record<string, string> | undefined) : undefined;
    const i18n = custom?.i18n;
    if (i18n) {
      // A field with its own message key (a date that cannot be read): translated by the error handler.
      const { i18n: _, ...params } = custom as Record<string, string>;
      out.push({ field: base || prefix || '(body)', code: i18n, params });
      continue;
    }
    out.push({ field: base || prefix || '(body)', code: fieldCode(issue), message: issue.message });
  }
  return out;
}

/** Parses input with a schema, or throws a 400 naming every bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang,
  where = '',
): z.output<S> {
  const r = schema.safeParse(input, { error: localeErrors[lang], reportInput: true });
  if (r.success) return r.data;
  throw new AppError('request.invalid', 400, {}, toFieldErrors(r.error.issues, where));
}
