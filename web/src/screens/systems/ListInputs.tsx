/** Inputs of a register form that hold a list: a vendor's certifications, several people. */
import { DateField } from '../../components/DateField.tsx';
import { CheckField, SelectField, TextField } from '../../components/Field.tsx';
import { optionsOf } from '../../components/FieldsForm.tsx';
import { usePeople } from '../../components/Pickers.tsx';
import { useT } from '../../i18n/index.tsx';
import { registerPanelTexts } from './i18n.ts';

/** A register field's input: its id, the field's value as loaded, the new value. */
interface ListInputProps {
  id: string;
  value: unknown;
  onChange(v: unknown): void;
}

interface Cert {
  kind: string;
  number?: string | null;
  expiresOn?: string | null;
}

/** A vendor's certifications (ISMS, Pマーク, ISMAP…): one row each, with number and expiry. */
export function CertsInput({ id, value, onChange }: ListInputProps) {
  const s = useT(registerPanelTexts);
  const certs = Array.isArray(value) ? (value as Cert[]) : [];
  const set = (i: number, c: Partial<Cert>) => onChange(certs.map((x, j) => (j === i ? { ...x, ...c } : x)));
  return (
    <>
      {certs.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
        <div key={i} className="cert-row">
          <SelectField
            id={`${id}-${i}-kind`}
            label={s.certKind}
            value={c.kind}
            onChange={(e) => set(i, { kind: e.target.value })}
            options={optionsOf(s.certKinds)}
          />
          <TextField
            id={`${id}-${i}-number`}
            label={s.certNumber}
            maxLength={100}
            value={c.number ?? ''}
            onChange={(e) => set(i, { number: e.target.value || null })}
          />
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
export function PeopleInput({ id, value, onChange }: ListInputProps) {
  const { people } = usePeople();
  const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
  return (
    <div className="check-list">
      {people.map((p) => (
        <CheckField
          key={p.id}
          id={`${id}-${p.id}`}
          checked={chosen.has(p.id)}
          onChange={(on) => {
            const next = new Set(chosen);
            if (on) next.add(p.id);
            else next.delete(p.id);
            onChange([...next]);
          }}
          label={
            <>
              {p.displayName}
              {p.unitName && <span className="muted">（{p.unitName}）</span>}
            </>
          }
        />
      ))}
    </div>
  );
}
