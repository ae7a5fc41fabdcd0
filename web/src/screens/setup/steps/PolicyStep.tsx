import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../api/client.ts';
import { Link } from '../../../app/router.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { fmt, useT } from '../../../i18n/index.tsx';
import { uploadPolicy } from '../../policy/api.ts';
import type { SetupStatus } from '../api.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';

/** Upload of the body's policy file (text, Word, PDF) through the policy import, with its progress. */
export function PolicyStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const stepDone = useStepDone();
  const [file, setFile] = useState<File | null>(null);
  const [pct, setPct] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setPct(0);
    try {
      await uploadPolicy(file, '', setPct);
      await stepDone('policy');
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setPct(null);
    }
  }
  return (
    <>
      {status.policy && (
        <p>
          <Link href={`/policies/versions/${status.policy.versionId}`}>{s.steps.policy}</Link>
        </p>
      )}
      <FormAlert error={error} />
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor="setup-policy-file">
            {status.policy ? s.importAnother : s.policyFile}
          </label>
          <input
            id="setup-policy-file"
            className="input"
            type="file"
            accept=".txt,.text,.docx,.pdf,text/plain,application/pdf"
            required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={pct !== null || !file}>
            {s.importPolicy}
          </button>
        </div>
        {pct !== null && (
          <div role="status" aria-live="polite">
            <progress max={100} value={pct < 100 ? pct : undefined} aria-label={s.importPolicy} />
            <p className="muted">{pct < 100 ? fmt(s.uploading, { pct }) : s.analyzing}</p>
          </div>
        )}
      </form>
    </>
  );
}
