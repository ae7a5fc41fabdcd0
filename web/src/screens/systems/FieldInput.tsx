import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Item, RegisterField } from './registerTypes.ts';

interface Props {
  idPrefix: string;
  field: RegisterField;
  value: unknown;
  error?: string;
  onChange(v: unknown): void;
}

/** One labelled input of a register form, chosen by the field's kind; errors are tied with aria-describedby. */
export function FieldInput({ idPrefix, field: f, value, error, onChange }: Props) {
  const { lang } = useI18n();
  const id = `${idPrefix}-${f.key}`;
  const errId = error ? `${id}-error` : undefined;
  const [choices, setChoices] = useState<Item[]>([]);
  useEffect(() => {
    if (f.kind !== 'ref' || !f.refUrl) return;
    void api.get<{ items: Item[] }>(`${f.refUrl}?limit=500`).then(
      (r) => setChoices(r.items),
      () => setChoices([]),
    );
  }, [f.kind, f.refUrl]);
  const common = {
    id,
    'aria-describedby': errId,
    'aria-invalid': error ? true : undefined,
    required: f.required,
  };
  let input: React.ReactNode;
  if (f.kind === 'bool') {
    return (
      <div className="field field--check">
        <input type="checkbox" {...common} checked={!!value} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{f[lang]}</label>
        {error && (
          <p id={errId} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  }
  if (f.kind === 'textarea')
    input = (
      <textarea
        className="input"
        {...common}
        value={String(value ?? '')}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  else if (f.kind === 'select' || f.kind === 'ref') {
    const opts: [string, string][] =
      f.kind === 'select'
        ? Object.entries(f.options ?? {}).map(([k, l]) => [k, l[lang === 'ja' ? 0 : 1]])
        : choices.map((c) => [c.id, String(c[f.refLabel ?? 'name'] ?? c.id)]);
    input = (
      <select
        className="input"
        {...common}
        value={String(value ?? '')}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">—</option>
        {opts.map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
    );
  } else if (f.kind === 'list') {
    input = (
      <input
        className="input"
        {...common}
        value={Array.isArray(value) ? value.join('、') : ''}
        onChange={(e) =>
          onChange(
            e.target.value
              .split(/[、,]/)
              .map((x) => x.trim())
              .filter(Boolean),
          )
        }
      />
    );
  } else {
    const type = f.kind === 'date' ? 'date' : f.kind === 'int' ? 'number' : 'text';
    input = (
      <input
        className="input"
        type={type}
        {...common}
        value={String(value ?? '')}
        onChange={(e) =>
          onChange(
            f.kind === 'int' ? (e.target.value === '' ? undefined : Number(e.target.value)) : e.target.value,
          )
        }
      />
    );
  }
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {f[lang]}
        {f.required && <span aria-hidden="true"> *</span>}
      </label>
      {error && (
        <p id={errId} className="field__error">
          {error}
        </p>
      )}
      {input}
    </div>
  );
}
