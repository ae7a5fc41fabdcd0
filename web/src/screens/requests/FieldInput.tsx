import { DateField } from '../../components/DateField.tsx';
import { kitTexts } from '../../components/i18n.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { type FieldSpec, fieldLabel } from './api.ts';
import { requestTexts } from './i18n.ts';

interface Props {
  field: FieldSpec;
  value: string | string[] | undefined;
  error?: string;
  onChange(v: string | string[]): void;
}

/** One form field of a request type, drawn from its field schema (the asset field is drawn by the picker). */
export function FieldInput({ field, value, error, onChange }: Props) {
  const x = useT(requestTexts);
  const c = useT(kitTexts);
  const { lang } = useI18n();
  const id = `rq-values.${field.key}`;
  const label = fieldLabel(field, lang);
  const errorId = error ? `${id}-error` : undefined;
  const str = typeof value === 'string' ? value : '';
  const head = (
    <div className="field__label-row">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {field.required && (
        <span className="field__required" aria-hidden="true">
          {x.required}
        </span>
      )}
    </div>
  );
  const err = error && (
    <p id={errorId} className="field__error">
      {error}
    </p>
  );
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    required: field.required,
  } as const;
  // Dates are typed as people write them (令和8年4月1日, R8.4.1) or picked, and read back in 和暦.
  if (field.type === 'date')
    return (
      <DateField
        id={id}
        label={label}
        value={str}
        required={field.required}
        error={error}
        onChange={(v) => onChange(v)}
      />
    );
  if (field.type === 'checklist') {
    const list = Array.isArray(value) ? value : [];
    return (
      <fieldset className={`field${error ? ' field--error' : ''}`} id={id} aria-describedby={errorId}>
        <legend className="field__label">
          {label}
          {field.required && <span className="field__required"> {x.required}</span>}
        </legend>
        {field.required && <p className="field__hint">{x.checklistHint}</p>}
        {err}
        {(field.options ?? []).map((o, i) => (
          <div className="checkbox" key={o}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={list.includes(o)}
              onChange={(e) => onChange(e.target.checked ? [...list, o] : list.filter((v) => v !== o))}
            />
            <label htmlFor={`${id}-${i}`}>{o}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  let input: React.ReactNode;
  if (field.type === 'textarea')
    input = (
      <textarea
        {...common}
        className="input"
        maxLength={2000}
        aria-describedby={errorId}
        value={str}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  else if (field.type === 'select')
    input = (
      <select
        {...common}
        className="input"
        aria-describedby={errorId}
        value={str}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{c.choose}</option>
        {(field.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  else
    input = (
      <input
        {...common}
        className="input"
        type="text"
        maxLength={2000}
        aria-describedby={errorId}
        value={str}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      {head}
      {err}
      {input}
    </div>
  );
}
