import { useData } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { FieldFrame, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { PersonSelect, UnitSelect } from '../../components/Pickers.tsx';
import { inLang, useI18n } from '../../i18n/index.tsx';
import { CertsInput, PeopleInput } from './ListInputs.tsx';
import type { Item, RegisterField } from './registerTypes.ts';

interface Props {
  idPrefix: string;
  field: RegisterField;
  value: unknown;
  error?: string;
  onChange(v: unknown): void;
}

/** One labelled input of a register form, chosen by the field's kind (the kit's fields). */
export function FieldInput({ idPrefix, field: f, value, error, onChange }: Props) {
  const { lang } = useI18n();
  const id = `${idPrefix}-${f.key}`;
  const refs = useData<{ items: Item[] }>(f.kind === 'ref' && f.refUrl ? `${f.refUrl}?limit=500` : null).data;
  const common = { id, label: f[lang], error, required: f.required };
  const text = String(value ?? '');
  switch (f.kind) {
    case 'certs':
    case 'people':
      return (
        <fieldset
          className={`fieldset${error ? ' field--error' : ''}`}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          <legend className="fieldset__legend">
            {f[lang]}
            {f.required && <span aria-hidden="true"> *</span>}
          </legend>
          {error && (
            <p id={`${id}-error`} className="field__error">
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
    case 'unit':
    case 'person': {
      const Picker = f.kind === 'unit' ? UnitSelect : PersonSelect;
      return (
        <FieldFrame {...common}>
          <Picker
            id={id}
            value={text}
            required={f.required}
            error={error}
            onChange={(v) => onChange(v || undefined)}
          />
        </FieldFrame>
      );
    }
    case 'bool':
      return (
        <div className="field field--check">
          <input
            type="checkbox"
            id={id}
            checked={!!value}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange(e.target.checked)}
          />
          <label htmlFor={id}>{f[lang]}</label>
          {error && (
            <p id={`${id}-error`} className="field__error">
              {error}
            </p>
          )}
        </div>
      );
    case 'textarea':
      return <TextAreaField {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'select':
    case 'ref': {
      const options =
        f.kind === 'select'
          ? Object.entries(f.options ?? {}).map(([k, l]) => ({ value: k, label: inLang(lang, l[0], l[1]) }))
          : (refs?.items ?? []).map((c) => ({ value: c.id, label: String(c[f.refLabel ?? 'name'] ?? c.id) }));
      return (
        <SelectField
          {...common}
          value={text}
          placeholder="—"
          options={options}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    }
    case 'list':
      return (
        <TextField
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
    case 'date':
      return <DateField {...common} value={text} onChange={(v) => onChange(v)} />;
    case 'int':
      return (
        <TextField
          {...common}
          type="number"
          value={text}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    default:
      return <TextField {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
}
