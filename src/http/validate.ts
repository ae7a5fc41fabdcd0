import { z } from 'zod';
import type { Lang } from '../i18n/index.ts';
import { AppError, type FieldError } from './errors.ts';

const localeErrors = { ja: z.locales.ja().localeError, en: z.locales.en().localeError };

/** At most this many field errors are reported: enough to fix a form, bounded for any input. */
export const MAX_FIELD_ERRORS = 20;
/** A field name longer than this is cut in the answer (a key may be as long as the body). */
const MAX_FIELD_NAME = 120;

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

const clip = (s: string) => (s.length > MAX_FIELD_NAME ? `${s.slice(0, MAX_FIELD_NAME)}…` : s);

/**
 * Turns zod issues into field errors named like `assetId` or `items.2.name`, in the user's language.
 * At most `MAX_FIELD_ERRORS` are returned, so the answer stays small whatever the input.
 */
export function toFieldErrors(issues: z.core.$ZodIssue[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_FIELD_ERRORS) break;
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      // zod's message lists every unknown key: one per key would grow with the square of the input.
      for (const key of issue.keys) {
        if (out.length >= MAX_FIELD_ERRORS) break;
        out.push({ field: clip(base ? `${base}.${key}` : key), code: 'field.unknown' });
      }
      continue;
    }
    const custom = issue.code === 'custom' ? (issue.params as Record<string, string> | undefined) : undefined;
    const i18n = custom?.i18n;
    if (i18n) {
      // A field with its own message key (a date that cannot be read): translated by the error handler.
      const { i18n: _, ...params } = custom as Record<string, string>;
      out.push({ field: clip(base || prefix || '(body)'), code: i18n, params });
      continue;
    }
    out.push({
      field: clip(base || prefix || '(body)'),
      code: fieldCode(issue),
      message: issue.message,
      messages: inEachLanguage(issue),
    });
  }
  return out;
}

/** zod's own message of an issue in each language; none when the schema wrote its own message. */
function inEachLanguage(issue: z.core.$ZodIssue): Record<Lang, string> | undefined {
  const said = (lang: Lang) => {
    const m = localeErrors[lang]?.(issue as never);
    return typeof m === 'string' ? m : (m?.message ?? '');
  };
  const both = { ja: said('ja'), en: said('en') };
  return issue.message === both.ja || issue.message === both.en ? both : undefined;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } })?._zod?.def;

/** The object schema inside wrappers (optional, nullable, default, pipe …), if there is one. */
function objectDef(schema: unknown, depth = 0): Def | undefined {
  const def = defOf(schema);
  if (!def || depth > 10) return undefined;
  if (def.type === 'object') return def;
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? objectDef(inner, depth + 1) : undefined;
}

/** The element schema of an array schema inside wrappers, if it is one. */
function arrayElement(schema: unknown, depth = 0): unknown {
  const def = defOf(schema);
  if (!def || depth > 10) return undefined;
  if (def.type === 'array') return def.element;
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? arrayElement(inner, depth + 1) : undefined;
}

/**
 * The path of the first object in `input` with more keys than its strict object schema declares, beyond
 * the few unknown keys a field error can name (such an input can only be refused), and how many it
 * declares; or null. Walks the input once: linear in its size.
 */
export function overfullObject(
  schema: unknown,
  input: unknown,
  path = '',
  depth = 0,
): { path: string; max: number } | null {
  if (depth > 32 || input === null || typeof input !== 'object') return null;
  if (Array.isArray(input)) {
    const element = arrayElement(schema);
    if (!element) return null;
    for (let i = 0; i < input.length; i++) {
      const p = overfullObject(element, input[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (p !== null) return p;
    }
    return null;
  }
  const def = objectDef(schema);
  if (!def) return null;
  const shape = def.shape as Record<string, unknown>;
  const strict = defOf(def.catchall)?.type === 'never';
  const max = Object.keys(shape).length;
  if (strict && Object.keys(input).length > max + MAX_FIELD_ERRORS) return { path: path || '(body)', max };
  for (const key of Object.keys(shape)) {
    if (!Object.hasOwn(input, key)) continue;
    const p = overfullObject(
      shape[key],
      (input as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
      depth + 1,
    );
    if (p !== null) return p;
  }
  return null;
}

/** Objects whose keys a schema does not name (records, unknown values, loose objects) may hold this many. */
export const OPEN_OBJECT_KEYS = 500;

/**
 * The most keys any one object in an input of this schema can hold: a strict object's own keys, a
 * record's `OPEN_OBJECT_KEYS`, the largest over what it contains. Bodies are checked against it before
 * they are parsed (`json-keys.ts`).
 */
export function maxObjectKeys(schema: unknown, depth = 0): number {
  const def = defOf(schema);
  if (!def) return 0;
  if (depth > 20) return OPEN_OBJECT_KEYS;
  const of = (s: unknown) => maxObjectKeys(s, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const own = defOf(def.catchall)?.type === 'never' ? Object.keys(shape).length : OPEN_OBJECT_KEYS;
      return Math.max(own, ...Object.values(shape).map(of));
    }
    case 'array':
    case 'set':
      return of(def.element ?? def.valueType);
    case 'record':
    case 'map':
      return Math.max(OPEN_OBJECT_KEYS, of(def.valueType));
    case 'union':
      return Math.max(0, ...(def.options as unknown[]).map(of));
    case 'intersection':
      return of(def.left) + of(def.right);
    case 'tuple':
      return Math.max(0, ...(def.items as unknown[]).map(of), of(def.rest));
    case 'pipe':
      return of(def.in);
    case 'lazy':
      return of((def.getter as () => unknown)());
    case 'unknown':
    case 'any':
      return OPEN_OBJECT_KEYS;
    default:
      return def.innerType ? of(def.innerType) : 0;
  }
}

/** Parses input with a schema, or throws a 400 naming the bad fields (at most `MAX_FIELD_ERRORS`). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang,
  where = '',
): z.output<S> {
  // An object with more keys than its schema has can only be refused: say so before zod lists them.
  const overfull = overfullObject(schema, input, where);
  if (overfull !== null)
    throw new AppError('request.too_many_fields', 400, { max: overfull.max }, [
      { field: clip(overfull.path), code: 'request.too_many_fields' },
    ]);
  const r = schema.safeParse(input, { error: localeErrors[lang], reportInput: true });
  if (r.success) return r.data;
  throw new AppError('request.invalid', 400, {}, toFieldErrors(r.error.issues, where));
}
