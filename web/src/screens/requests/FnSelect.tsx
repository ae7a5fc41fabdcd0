import { SelectField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { type FunctionDef, fnLabel } from './api.ts';

/** Function picker: every function the server offers, labelled in the UI language (a stored unknown key kept). */
export function FnSelect(props: {
  id: string;
  label: string;
  value: string;
  fns: FunctionDef[];
  onChange(v: string): void;
}) {
  const { lang } = useI18n();
  const known = props.fns.some((f) => f.key === props.value);
  return (
    <SelectField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">—</option>
      {!known && props.value && <option value={props.value}>{props.value}</option>}
      {props.fns.map((f) => (
        <option key={f.key} value={f.key}>
          {fnLabel(props.fns, f.key, lang)}
        </option>
      ))}
    </SelectField>
  );
}
