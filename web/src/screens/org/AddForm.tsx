import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useT } from '../../i18n/index.tsx';
import { orgTexts } from './i18n.ts';

export interface AddField {
  key: string;
  label: string;
  required?: boolean;
  /** A number input between min and max. */
  number?: { min: number; max: number };
}

/**
 * The "add one" section under an organization list: text fields, the server's errors beside them, and the
 * fields emptied (back to `initial`) once the record is created.
 */
export function AddForm<K extends string>({
  prefix,
  fields,
  initial,
  create,
  invalidate,
  inline,
}: {
  /** Ids of the heading and inputs (`${prefix}-name`). */
  prefix: string;
  fields: (AddField & { key: K })[];
  initial: Record<K, string>;
  create(values: Record<K, string>): Promise<unknown>;
  invalidate: string[];
  inline?: boolean;
}) {
  const x = useT(orgTexts);
  const [v, setV] = useState(initial);
  const add = useMutate(create, { invalidate, onDone: () => setV(initial) });
  const labels = Object.fromEntries(fields.map((f) => [f.key, f.label]));
  return (
    <Section id={`${prefix}-new`} title={x.add}>
      <form
        className={inline ? 'form form--inline' : 'form'}
        onSubmit={(e) => {
          e.preventDefault();
          void add.run(v);
        }}
      >
        <FormAlert error={add.error} idPrefix={prefix} labels={labels} />
        {fields.map((f) => (
          <TextField
            key={f.key}
            id={`${prefix}-${f.key}`}
            label={f.label}
            type={f.number ? 'number' : undefined}
            min={f.number?.min}
            max={f.number?.max}
            value={v[f.key]}
            onChange={(e) => setV({ ...v, [f.key]: e.target.value })}
            required={f.required}
            error={add.field(f.key)}
          />
        ))}
        <button type="submit" className="btn btn--primary" disabled={add.busy}>
          {x.add}
        </button>
      </form>
    </Section>
  );
}
