import { useState } from 'react';
import type { ApiError } from '../../../api/client.ts';
import { Link } from '../../../app/router.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { fmt, useT } from '../../../i18n/index.tsx';
import { uploadPolicy } from '../../policy/api.ts';
import type { SetupStatus } from '../api.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';

/**
 * Upload of the body's policy file (text, Word, PDF) through the policy import, with its progress: choosing
 * the file starts it (choosing another after a refusal tries again).
 */
export function PolicyStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const stepDone = useStepDone();
  const [pct, setPct] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function upload(file: File | undefined) {
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
      <form className="form" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="setup-policy-file">
            {status.policy ? s.importAnother : s.policyFile}
          </label>
          <input
            id="setup-policy-file"
            className="input"
            type="file"
            accept=".txt,.text,.docx,.pdf,text/plain,application/pdf"
            aria-describedby="setup-policy-file-hint"
            disabled={pct !== null}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
          <div id="setup-policy-file-hint" className="field__hint">
            {s.policyFileHint}
          </div>
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
