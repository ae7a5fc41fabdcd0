import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { PersonSelect, UnitSelect, usePeople } from '../../components/Pickers.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { registerPanelTexts } from './i18n.ts';
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
  if (f.kind === 'certs' || f.kind === 'people') {
    return (
      <fieldset className={`fieldset${error ? ' field--error' : ''}`} aria-describedby={errId}>
        <legend className="fieldset__legend">
          {f[lang]}
          {f.required && <span aria-hidden="true"> *</span>}
        </legend>
        {error && (
          <p id={errId} className="field__error">
            {error}
          </p>
        )}
        {f.kind === 'certs' ? (
          <CertsInput id={id} value={value} onChange={onChange} />
        ) : (
          <PeopleInput id={id} value={value} onChange={onChange} />
        )}
      </fieldset>
    );
  }
  if (f.kind === 'unit' || f.kind === 'person') {
    const Picker = f.kind === 'unit' ? UnitSelect : PersonSelect;
    input = (
      <Picker
        id={id}
        value={String(value ?? '')}
        required={f.required}
        error={error}
        onChange={(v) => onChange(v || undefined)}
      />
    );
  } else if (f.kind === 'bool') {
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
  } else if (f.kind === 'textarea')
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

interface Cert {
  kind: string;
  number?: string | null;
  expiresOn?: string | null;
}

/** A vendor's certifications (ISMS, Pマーク, ISMAP…): one row each, with number and expiry. */
function CertsInput({ id, value, onChange }: { id: string; value: unknown; onChange(v: unknown): void }) {
  const s = useT(registerPanelTexts);
  const certs = Array.isArray(value) ? (value as Cert[]) : [];
  const set = (i: number, c: Partial<Cert>) => onChange(certs.map((x, j) => (j === i ? { ...x, ...c } : x)));
  return (
    <>
      {certs.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
        <div key={i} className="cert-row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-${i}-kind`}>
              {s.certKind}
            </label>
            <select
              id={`${id}-${i}-kind`}
              className="input"
              value={c.kind}
              onChange={(e) => set(i, { kind: e.target.value })}
            >
              {Object.entries(s.certKinds).map(([k, l]) => (
                <option key={k} value={k}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-${i}-number`}>
              {s.certNumber}
            </label>
            <input
              id={`${id}-${i}-number`}
              className="input"
              maxLength={100}
              value={c.number ?? ''}
              onChange={(e) => set(i, { number: e.target.value || null })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-${i}-expires`}>
              {s.certExpires}
            </label>
            <input
              id={`${id}-${i}-expires`}
              className="input"
              type="date"
              value={c.expiresOn ?? ''}
              onChange={(e) => set(i, { expiresOn: e.target.value || null })}
            />
          </div>
          <button
            type="button"
            className="btn btn--danger-text btn--small"
            onClick={() => onChange(certs.filter((_, j) => j !== i))}
          >
            {s.certRemove}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn--secondary btn--small"
        onClick={() => onChange([...certs, { kind: 'isms', number: null, expiresOn: null }])}
      >
        {s.certAdd}
      </button>
    </>
  );
}

/** Several people ticked from the directory, grouped by unit. */
function PeopleInput({ id, value, onChange }: { id: string; value: unknown; onChange(v: unknown): void }) {
  const { people } = usePeople();
  const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
  return (
    <div className="check-list">
      {people.map((p) => (
        <div key={p.id} className="checkbox">
          <input
            type="checkbox"
            id={`${id}-${p.id}`}
            checked={chosen.has(p.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(p.id);
              else next.delete(p.id);
              onChange([...next]);
            }}
          />
          <label htmlFor={`${id}-${p.id}`}>
            {p.displayName}
            {p.unitName && <span className="muted">（{p.unitName}）</span>}
          </label>
        </div>
      ))}
    </div>
  );
}
