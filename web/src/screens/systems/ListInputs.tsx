/** Inputs of a register form that hold a list: a vendor's certifications, several people. */
import { DateField } from '../../components/DateField.tsx';
import { usePeople } from '../../components/Pickers.tsx';
import { useT } from '../../i18n/index.tsx';
import { registerPanelTexts } from './i18n.ts';

interface Cert {
  kind: string;
  number?: string | null;
  expiresOn?: string | null;
}

/** A vendor's certifications (ISMS, Pマーク, ISMAP…): one row each, with number and expiry. */
export function CertsInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: unknown;
  onChange(v: unknown): void;
}) {
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
          <DateField
            id={`${id}-${i}-expires`}
            label={s.certExpires}
            value={c.expiresOn ?? ''}
            onChange={(v) => set(i, { expiresOn: v || null })}
          />
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
export function PeopleInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: unknown;
  onChange(v: unknown): void;
}) {
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
