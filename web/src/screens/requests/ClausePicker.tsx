import { SelectField } from '../../components/Field.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ClauseChoice } from './api.ts';
import { requestTexts } from './i18n.ts';

/**
 * 根拠条項: a clause of the body's policy in force, chosen from its documents (grouped by document), never
 * typed. A type citing a clause no longer in force keeps it, marked as such, until another is chosen.
 */
export function ClausePicker({
  value,
  clauses,
  onChange,
}: {
  value: string | null;
  clauses: ClauseChoice[];
  onChange(path: string | null): void;
}) {
  const x = useT(requestTexts);
  const documents = [...new Set(clauses.map((c) => c.document))];
  const known = !value || clauses.some((c) => c.path === value);
  return (
    <SelectField
      id="te-clause"
      label={x.clause}
      hint={clauses.length ? x.clauseHint : x.clauseNoPolicy}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">{x.clauseNone}</option>
      {!known && value && <option value={value}>{fmt(x.clauseOther, { path: value })}</option>}
      {documents.map((d) => (
        <optgroup key={d} label={d}>
          {clauses
            .filter((c) => c.document === d)
            .map((c) => (
              <option key={`${d} ${c.path}`} value={c.path}>
                {c.text ? `${c.path} ${c.text}` : c.path}
              </option>
            ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
