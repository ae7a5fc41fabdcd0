/**
 * A form written as a list of fields: each is drawn with the kit's labelled field of its kind, the values
 * are read when it is sent, the change runs through `useMutate` (busy, the server's error beside the
 * field it names, `invalidate`), and after success the fields start again empty (unless `keep`).
 * For forms whose fields depend on each other, write the fields by hand instead.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useMutate } from '../api/query.ts';
import { DateField } from './DateField.tsx';
import { DateTimeField, toIso } from './DateTimeField.tsx';
import { type Option, type SeededFieldProps, SelectField, TextAreaField, TextField } from './Field.tsx';
import { FormAlert, Status } from './FormAlert.tsx';

export interface FieldSpec {
  /** The form value's name; the input's id is `{idPrefix}-{name}`. */
  name: string;
  label: string;
  /** text (default), area, select, date (和暦 accepted; value ISO), datetime (value ISO; read back in 和暦), number, check. */
  kind?: 'text' | 'area' | 'select' | 'date' | 'datetime' | 'number' | 'check';
  required?: boolean;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  defaultValue?: string;
  /** select: the choices; `placeholder` adds an empty first choice. */
  options?: Option[];
  placeholder?: string;
  hint?: string;
  /** The server's name of the field when it differs from `name` (to show its error here). */
  field?: string;
  rows?: number;
  className?: string;
}

/** The values as sent: trimmed text, ISO dates and timestamps, 'on' or '' for a check. */
export type FormValues = Record<string, string>;

/** Choices from a dictionary of labels keyed by value. */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

interface Props<R> {
  idPrefix: string;
  /** The form's accessible name. */
  label: string;
  /** `false` leaves a field out (a field shown only to some). */
  fields: (FieldSpec | false)[];
  submit(values: FormValues): Promise<R>;
  submitLabel: string;
  /** The button's look: primary (default) or secondary, and small. */
  secondary?: boolean;
  small?: boolean;
  className?: string;
  invalidate?: string[];
  onDone?(result: R, values: FormValues): void;
  /** Shown after a success (a polite status). */
  doneMessage?: string;
  /** Keep what was typed after a success (an edit of a record, not a new one). */
  keep?: boolean;
  /** Drawn above the fields (a heading). */
  children?: ReactNode;
}

export function FieldsForm<R>(p: Props<R>) {
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const shown = p.fields.filter((f): f is FieldSpec => f !== false);
  const save = useMutate((values: FormValues) => p.submit(values), {
    invalidate: p.invalidate,
    onDone: (r, v) => {
      if (!p.keep) setRound((n) => n + 1);
      setDone(true);
      p.onDone?.(r, v);
    },
  });
  function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const values: FormValues = {};
    for (const f of shown) {
      const v = String(data.get(f.name) ?? '').trim();
      values[f.name] = f.kind === 'datetime' ? toIso(v) : f.kind === 'check' ? (v ? 'on' : '') : v;
    }
    setDone(false);
    void save.run(values);
  }
  const button = `btn ${p.secondary ? 'btn--secondary' : 'btn--primary'}${p.small ? ' btn--small' : ''}`;
  return (
    <form onSubmit={send} noValidate aria-label={p.label} className={p.className}>
      {p.children}
      <FormAlert error={save.error} idPrefix={p.idPrefix} />
      {p.doneMessage && <Status message={done ? p.doneMessage : null} />}
      {shown.map((f) => (
        <SpecField
          key={`${f.name}-${round}`}
          f={f}
          id={`${p.idPrefix}-${f.name}`}
          error={save.field(f.field ?? f.name)}
        />
      ))}
      <button type="submit" className={button} disabled={save.busy}>
        {p.submitLabel}
      </button>
    </form>
  );
}

/** One field drawn as `FieldsForm` draws it, for a hand-written form read with FormData. */
export function SpecField({ f, id, error }: { f: FieldSpec; id: string; error?: string }) {
  const common = { id, name: f.name, label: f.label, hint: f.hint, error, required: f.required };
  switch (f.kind) {
    case 'area':
      return (
        <TextAreaField
          {...common}
          rows={f.rows}
          className={f.className}
          maxLength={f.maxLength}
          defaultValue={f.defaultValue}
        />
      );
    case 'select':
      return (
        <SelectField
          {...common}
          options={f.options}
          placeholder={f.placeholder}
          defaultValue={f.defaultValue ?? (f.placeholder !== undefined ? '' : undefined)}
        />
      );
    case 'date':
      return <DateInput {...common} initial={f.defaultValue ?? ''} />;
    case 'datetime':
      return <DateTimeField {...common} initial={f.defaultValue ?? ''} max={f.max} min={f.min} />;
    case 'check':
      return (
        <div className="checkbox field">
          <input type="checkbox" id={id} name={f.name} defaultChecked={f.defaultValue === 'on'} />
          <label htmlFor={id}>{f.label}</label>
          {error && <p className="field__error">{error}</p>}
        </div>
      );
    default:
      return (
        <TextField
          {...common}
          type={f.kind === 'number' ? 'number' : 'text'}
          className={f.className}
          maxLength={f.maxLength}
          min={f.min}
          max={f.max}
          defaultValue={f.defaultValue}
        />
      );
  }
}

function DateInput(p: SeededFieldProps) {
  const { initial, ...field } = p;
  const [value, setValue] = useState(initial);
  return <DateField {...field} value={value} onChange={setValue} />;
}
