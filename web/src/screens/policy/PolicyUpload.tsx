import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { uploadPolicy } from './api.ts';
import { policyTexts } from './i18n.ts';

type Uploaded = Awaited<ReturnType<typeof uploadPolicy>>;

/**
 * Sending a policy file to the import, with its progress (null while nothing is sent) and its failure;
 * `then` runs with the new version once the file is read. Used by the import screen and the set-up step.
 */
export function usePolicyUpload(then: (r: Uploaded) => unknown) {
  const [pct, setPct] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  async function upload(file: File | null, kind = '', documentId?: string) {
    if (!file) return;
    setError(null);
    setPct(0);
    try {
      await then(await uploadPolicy(file, kind, setPct, documentId));
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setPct(null);
    }
  }
  return { pct, busy: pct !== null, error, upload };
}

/** The upload's progress bar, then "analyzing" once every byte is sent; nothing while no file is sent. */
export function UploadProgress({ pct, label }: { pct: number | null; label: string }) {
  const p = useT(policyTexts);
  if (pct === null) return null;
  return (
    <div role="status" aria-live="polite">
      <progress max={100} value={pct < 100 ? pct : undefined} aria-label={label} />
      <p className="muted">{pct < 100 ? fmt(p.uploading, { pct }) : p.analyzing}</p>
    </div>
  );
}
