import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { navigate, useSearch } from '../../app/router.tsx';
import { FileField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { policyPaths, uploadPolicy } from './api.ts';
import { correctionsTexts } from './corrections/texts.ts';
import { policyTexts } from './i18n.ts';

/** 取込み: pick the policy file, watch it upload and be analyzed, then review the proposals. */
export default function PolicyImport() {
  const p = useT(policyTexts);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState('');
  const [pct, setPct] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const ct = useT(correctionsTexts);
  // ?document=… imports the next version of that document (its corrections are applied again).
  const documentId = new URLSearchParams(useSearch()).get('document') ?? undefined;
  const doc = useData<{ title: string }>(documentId ? policyPaths.document(documentId) : null);
  const docTitle = documentId ? doc.data?.title : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setPct(0);
    try {
      const r = await uploadPolicy(file, kind, setPct, documentId);
      // Corrections of the previous version that no longer match are shown to the reviewer first.
      navigate(`/policies/versions/${r.versionId}/${r.corrections?.unmatched ? 'corrections' : 'proposals'}`);
    } catch (err) {
      setError(err as ApiError);
      setPct(null);
    }
  }
  const busy = pct !== null;
  return (
    <>
      <PageHeading lead={p.proposalsLead}>{p.import}</PageHeading>
      <FormAlert error={error ?? doc.error} />
      {docTitle && <p className="panel">{fmt(ct.asVersion, { title: docTitle })}</p>}
      <form className="form" onSubmit={submit}>
        <FileField
          id="policy-file"
          className="input"
          label={p.file}
          accept=".txt,.text,.docx,.pdf,text/plain,application/pdf"
          required
          onFile={setFile}
        />
        <div className="field">
          <label className="field__label" htmlFor="policy-kind">
            {p.kindChoice}
          </label>
          <select id="policy-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{p.auto}</option>
            <option value="基本方針">基本方針</option>
            <option value="対策基準">対策基準</option>
            <option value="実施手順">実施手順</option>
          </select>
        </div>
        <SubmitRow label={p.upload} busy={busy || !file} />
        {busy && (
          <div role="status" aria-live="polite">
            <progress max={100} value={pct < 100 ? pct : undefined} aria-label={p.upload} />
            <p className="muted">{pct < 100 ? fmt(p.uploading, { pct }) : p.analyzing}</p>
          </div>
        )}
      </form>
    </>
  );
}
