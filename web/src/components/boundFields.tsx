import { CheckField, type Option, SelectField, TextField } from './Field.tsx';

type Strings<T> = { [K in keyof T]: T[K] extends string | null | undefined ? K : never }[keyof T] & string;
type Flags<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;
type Lists<T> = { [K in keyof T]: T[K] extends string[] ? K : never }[keyof T] & string;
type Numbers<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T] & string;

/** Comma-separated text (、 and spaces too) to a list. */
export const splitList = (s: string) =>
  s
    .split(/[,、\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The kit's fields bound to one part of a settings object: each field's id is `<idPrefix><path>.<key>`, its
 * error the server's at `<path>.<key>`, and a change calls `set` with the whole part changed.
 * `const ldap = boundFields('ds-', 'ldap', s.ldap, setLdap, save.field)`; `{ldap.text('url', x.url)}`.
 */
export function boundFields<T extends object>(
  idPrefix: string,
  path: string,
  value: T,
  set: (next: T) => void,
  field: (name: string) => string | undefined,
) {
  const at = (key: string) => ({ id: `${idPrefix}${path}.${key}`, error: field(`${path}.${key}`) });
  const put = (key: keyof T, v: unknown) => set({ ...value, [key]: v });
  return {
    /** A text box; `empty` is what a blank box stands for (e.g. null for "none"). */
    text: (key: Strings<T>, label: string, hint?: string, empty: '' | null = '') => (
      <TextField
        {...at(key)}
        label={label}
        hint={hint}
        value={String(value[key] ?? '')}
        onChange={(e) => put(key, empty === null && !e.target.value.trim() ? null : e.target.value)}
      />
    ),
    /** A list written as comma-separated text. */
    list: (key: Lists<T>, label: string) => (
      <TextField
        {...at(key)}
        label={label}
        value={(value[key] as string[]).join(', ')}
        onChange={(e) => put(key, splitList(e.target.value))}
      />
    ),
    /** A whole number in a short box. */
    number: (key: Numbers<T>, label: string, limits: { min?: number; max?: number; hint?: string } = {}) => (
      <TextField
        {...at(key)}
        type="number"
        className="input--short"
        label={label}
        {...limits}
        value={String(value[key])}
        onChange={(e) => put(key, Number(e.target.value))}
      />
    ),
    /** One of fixed choices. */
    choice: (key: Strings<T>, label: string, options: Option[]) => (
      <SelectField
        {...at(key)}
        label={label}
        value={String(value[key])}
        options={options}
        onChange={(e) => put(key, e.target.value)}
      />
    ),
    /** A checkbox. */
    check: (key: Flags<T>, label: string) => (
      <CheckField id={at(key).id} label={label} checked={Boolean(value[key])} onChange={(v) => put(key, v)} />
    ),
  };
}

/** A secret the server keeps and never shows again: the box starts empty and says whether one is set. */
export function SecretField({
  id,
  label,
  value,
  onChange,
  error,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  /** what the empty box says: whether a secret is set and that leaving it empty keeps it */
  placeholder: string;
}) {
  return (
    <TextField
      id={id}
      type="password"
      autoComplete="new-password"
      label={label}
      placeholder={placeholder}
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
