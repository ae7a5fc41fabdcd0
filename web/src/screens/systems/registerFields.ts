/**
 * Builders for register configs: one line a field. `shown` is a column of the table and a field of the
 * form, `asked` a field of the form only; the kind is a plain kind or `refTo(...)` / `choice(...)`.
 */
import type { InputKind, RegisterConfig, RegisterField } from './registerTypes.ts';

type More = Omit<Partial<RegisterField>, 'key' | 'ja' | 'en'>;
type Kind = InputKind | (More & { kind: InputKind });

const make =
  (column: boolean) =>
  (key: string, ja: string, en: string, kind: Kind, more: More = {}): RegisterField => ({
    key,
    ja,
    en,
    ...(typeof kind === 'string' ? { kind } : kind),
    ...(column ? { column: true } : {}),
    ...more,
  });

/** A field the table shows as a column. */
export const shown = make(true);
/** A field only the form asks for. */
export const asked = make(false);
/** The field must be filled. */
export const required: More = { required: true };

/** A choice among the items of another list; `display` is the computed key the column shows. */
export const refTo = (refUrl: string, display?: string, refLabel = 'name'): More & { kind: 'ref' } => ({
  kind: 'ref',
  refUrl,
  refLabel,
  ...(display ? { display } : {}),
});

/** A choice among fixed values: value → [ja, en]. */
export const choice = (options: Record<string, [string, string]>): More & { kind: 'select' } => ({
  kind: 'select',
  options,
});

/** The registers of one area, all changed under the same function. */
export const registersOf =
  (fn: string) =>
  (url: string, ja: string, en: string, fields: RegisterField[]): RegisterConfig => ({
    url,
    ja,
    en,
    fn,
    fields,
  });

/** Fields several registers keep alike. */
export const notes = asked('notes', '備考', 'Notes', 'textarea');
export const clause = shown('clausePath', '根拠条項', 'Clause', 'text');
