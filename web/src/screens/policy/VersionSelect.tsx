import { SelectField } from '../../components/Field.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import type { VersionSummary } from './api.ts';
import { policyTexts } from './i18n.ts';

/** A choice of one of a document's versions, each shown as 第n版（status）. */
export function VersionSelect({
  id,
  label,
  versions,
  value,
  onChange,
  required,
}: {
  id: string;
  label: string;
  versions: VersionSummary[];
  value: string;
  onChange(id: string): void;
  required?: boolean;
}) {
  const p = useT(policyTexts);
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      required={required}
      placeholder={required ? '' : undefined}
      onChange={(e) => onChange(e.target.value)}
      options={versions.map((v) => ({
        value: v.id,
        label: `${fmt(p.version, { n: v.number })}（${p.status[v.status]}）`,
      }))}
    />
  );
}
