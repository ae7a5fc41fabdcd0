import { useState } from 'react';
import { navigate } from '../../app/router.tsx';
import { useT } from '../../i18n/index.tsx';
import type { VersionSummary } from './api.ts';
import { policyTexts } from './i18n.ts';
import { VersionSelect } from './VersionSelect.tsx';

/** Two versions of a document to compare (old → new); opens the clause-by-clause diff. */
export function ComparePicker({
  idPrefix,
  versions,
  from: from0,
  to: to0,
}: {
  idPrefix: string;
  versions: VersionSummary[];
  from: string;
  to: string;
}) {
  const p = useT(policyTexts);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const a = from ?? from0;
  const b = to ?? to0;
  return (
    <form
      className="form form--inline"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(`/policies/versions/${a}/diff/${b}`);
      }}
    >
      <VersionSelect
        id={`${idPrefix}-from`}
        label={p.from}
        versions={versions}
        value={a}
        onChange={setFrom}
      />
      <VersionSelect id={`${idPrefix}-to`} label={p.to} versions={versions} value={b} onChange={setTo} />
      <button type="submit" className="btn btn--secondary" disabled={a === b}>
        {p.compareBtn}
      </button>
    </form>
  );
}
