import { useState } from 'react';
import { useInvalidate } from '../../api/query.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { CheckField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { AccountsSection } from './AccountsSection.tsx';
import { dirApi } from './api.ts';
import { DirectoryFrame } from './parts.tsx';
import { SYNC_PATHS, SyncReviews, SyncRuns } from './SyncHistory.tsx';
import { type Plan, SyncPlanView } from './SyncPlanView.tsx';
import { syncTexts } from './sync-i18n.ts';

interface Result {
  suspended: {
    loginId: string;
    displayName: string;
    sessionsEnded: number;
    toReturn: { name: string; items: string[] }[];
  }[];
}

/** 同期と確認事項: dry run, apply, what applying did, items for a person to review, and the history. */
export default function DirectorySync() {
  const x = useT(syncTexts);
  const invalidate = useInvalidate();
  const [preview, setPreview] = useState<{ id: string; plan: Plan } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [mass, setMass] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const act = useAction();
  const load = () => invalidate(...SYNC_PATHS);
  const previewSync = async () => {
    setDone(null);
    setResult(null);
    setPreview(await dirApi.post<{ id: string; plan: Plan }>('/api/directory/sync/preview'));
    await load();
  };
  const applySync = async (id: string) => {
    const r = await dirApi.post<{ result: Result }>(`/api/directory/sync/runs/${id}/apply`, {
      confirmMassSuspension: mass,
    });
    setResult(r.result);
    setPreview(null);
    setDone(x.applied);
    await load();
  };
  return (
    <DirectoryFrame>
      <p>{x.previewLead}</p>
      <FormAlert error={act.error} />
      <Status message={done} />
      <div className="actions">
        <ActionButton action={act} vars={previewSync} label={x.preview} />
      </div>
      {preview && (
        <>
          <SyncPlanView plan={preview.plan} />
          {preview.plan.counts.suspend > 0 && (
            <CheckField id="sync-mass" label={x.confirmMass} checked={mass} onChange={setMass} />
          )}
          <div className="actions">
            <ActionButton action={act} vars={() => applySync(preview.id)} label={x.apply} />
          </div>
        </>
      )}
      {result && result.suspended.length > 0 && (
        <section aria-labelledby="suspended-heading">
          <h2 id="suspended-heading">{x.suspended}</h2>
          <ul>
            {result.suspended.map((s) => (
              <li key={s.loginId}>
                {s.displayName}（{s.loginId}）: {fmt(x.sessionsEnded, { n: s.sessionsEnded })}
                {s.toReturn.some((t) => t.items.length) && (
                  <ul aria-label={x.toReturn}>
                    {s.toReturn.flatMap((t) => t.items.map((i) => <li key={`${t.name}:${i}`}>{i}</li>))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SyncReviews />
      <SyncRuns />
      <AccountsSection />
    </DirectoryFrame>
  );
}
