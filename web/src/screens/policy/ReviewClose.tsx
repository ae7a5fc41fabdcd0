import { useEffect, useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt } from '../../i18n/index.tsx';
import { api, type VersionSummary } from './api.ts';
import { usePolicyText } from './i18n.ts';
import type { Review } from './PolicyReviews.tsx';

/** Closes a review: no change with a reason, or a new version of the same document. */
export function ReviewClose({ review, onClosed }: { review: Review; onClosed(): void }) {
  const p = usePolicyText();
  const { error, busy, run } = useAction();
  const [outcome, setOutcome] = useState<'no_change' | 'new_version'>('no_change');
  const [reason, setReason] = useState('');
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [versionId, setVersionId] = useState('');
  useEffect(() => {
    api
      .get<{ versions: VersionSummary[] }>(`/api/policy/documents/${review.documentId}`)
      .then((d) => setVersions(d.versions))
      .catch(() => setVersions([]));
  }, [review.documentId]);
  const pre = `close-${review.id}`;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const body =
            outcome === 'no_change'
              ? { outcome, reason }
              : { outcome, versionId, ...(reason ? { reason } : {}) };
          await api.post(`/api/policy/reviews/${review.id}/close`, body);
          onClosed();
        });
      }}
    >
      <FormAlert error={error} />
      <label className="field__label" htmlFor={`${pre}-outcome`}>
        {p.outcome}
      </label>
      <select
        id={`${pre}-outcome`}
        className="input"
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as 'no_change')}
      >
        <option value="no_change">{p.noChange}</option>
        <option value="new_version">{p.newVersion}</option>
      </select>
      {outcome === 'new_version' && (
        <>
          <label className="field__label" htmlFor={`${pre}-version`}>
            {p.newVersionId}
          </label>
          <select
            id={`${pre}-version`}
            className="input"
            value={versionId}
            required
            onChange={(e) => setVersionId(e.target.value)}
          >
            <option value="" />
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {fmt(p.version, { n: v.number })}（{p.status[v.status]}）
              </option>
            ))}
          </select>
        </>
      )}
      <label className="field__label" htmlFor={`${pre}-reason`}>
        {p.outcomeReason}
      </label>
      <input
        id={`${pre}-reason`}
        className="input"
        value={reason}
        required={outcome === 'no_change'}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="btn btn--secondary btn--small" disabled={busy}>
        {p.close}
      </button>
    </form>
  );
}
