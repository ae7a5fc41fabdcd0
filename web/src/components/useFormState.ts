/**
 * A form's values in one state, and the props that bind a kit field to one of them:
 *
 *   const form = useFormState('re', { name: '', tier: '1', optional: false });
 *   const save = useMutate(() => api.save(form.values));
 *   <TextField label={x.name} required {...form.text('name', save.field)} />
 *   <SelectField label={x.kind} {...form.text('kind', save.field)} options={…} />
 *   <CheckField label={x.optional} {...form.check('optional')} />
 *
 * Each field gets its id (`{prefix}-{key}`, so `<FormAlert idPrefix>` links to it), its value and change
 * handler, and the server's error for the field of that name. `text` suits the kit's `TextField`,
 * `TextAreaField` and `SelectField` (an input event); `pick` suits fields that answer the value itself
 * (`DateField`, the 点検・監査 `SelectField` and `AreaField`); `check` a `CheckField`.
 */
import { type ChangeEvent, useState } from 'react';

type Values = Record<string, string | boolean>;
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
type FlagKey<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T] & string;
type ErrorOf = (name: string) => string | undefined;
/** `false` in the initial values means any boolean, `''` any string. */
type Widen<V> = { [K in keyof V]: V[K] extends boolean ? boolean : string };

export function useFormState<V extends Values>(prefix: string, initial: V | (() => V)) {
  type T = Widen<V>;
  const [start] = useState(initial as T | (() => T));
  const [values, setValues] = useState<T>(start);
  const set =
    <K extends keyof T>(k: K) =>
    (v: T[K]) =>
      setValues((s) => ({ ...s, [k]: v }));
  const common = <K extends TextKey<T>>(k: K, error?: ErrorOf) => ({
    id: `${prefix}-${k}`,
    value: values[k] as string,
    error: error?.(k),
  });
  return {
    values,
    setValues,
    set,
    /** Back to the values the form started with. */
    reset: () => setValues(start),
    text: (k: TextKey<T>, error?: ErrorOf) => ({
      ...common(k, error),
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        set(k)(e.target.value as T[typeof k]),
    }),
    pick: (k: TextKey<T>, error?: ErrorOf) => ({
      ...common(k, error),
      onChange: (v: string) => set(k)(v as T[typeof k]),
    }),
    check: (k: FlagKey<T>) => ({
      id: `${prefix}-${k}`,
      checked: values[k] as boolean,
      onChange: (on: boolean) => set(k)(on as T[typeof k]),
    }),
  };
}
