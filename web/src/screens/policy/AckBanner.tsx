import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { ActionButton } from '../../components/ActionButton.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { type Pending, policyApi, policyPaths } from './api.ts';
import { policyTexts } from './i18n.ts';

/** Banner asking staff to acknowledge each version in force they have not acknowledged yet (R-E1). */
export function AckBanner({ versionId }: { versionId?: string }) {
  const p = useT(policyTexts);
  const pending = useData<{ items: Pending[] }>(policyPaths.pending);
  const [done, setDone] = useState<string | null>(null);
  const ack = useMutate((id: string) => policyApi.acknowledge(id), {
    invalidate: [policyPaths.pending, policyPaths.versions],
    onDone: () => setDone(p.acknowledged),
  });
  const items = pending.data?.items ?? [];
  const shown = versionId ? items.filter((i) => i.versionId === versionId) : items;
  return (
    <>
      <Status message={done} />
      <FormAlert error={ack.error ?? pending.error} />
      {shown.map((i) => (
        <section key={i.versionId} className="notice" aria-label={p.ackStatus}>
          <p className="notice__title">{fmt(p.pending, { title: i.title, n: i.number })}</p>
          <div className="actions">
            {!versionId && <Link href={`/policies/versions/${i.versionId}`}>{p.open}</Link>}
            <ActionButton action={ack} vars={i.versionId} label={p.acknowledge} />
          </div>
        </section>
      ))}
    </>
  );
}
