import { useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt } from '../../i18n/index.tsx';
import { api, type Pending } from './api.ts';
import { usePolicyText } from './i18n.ts';

/** Banner asking staff to acknowledge each version in force they have not acknowledged yet (R-E1). */
export function AckBanner({ versionId }: { versionId?: string }) {
  const p = usePolicyText();
  const { error, busy, run } = useAction();
  const [items, setItems] = useState<Pending[]>([]);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    void run(async () =>
      setItems((await api.get<{ items: Pending[] }>('/api/policy/acknowledgements/pending')).items),
    );
  }, [run]);
  const shown = versionId ? items.filter((i) => i.versionId === versionId) : items;
  return (
    <>
      <Status message={done} />
      <FormAlert error={error} />
      {shown.map((i) => (
        <section key={i.versionId} className="notice" aria-label={p.ackStatus}>
          <p className="notice__title">{fmt(p.pending, { title: i.title, n: i.number })}</p>
          <div className="actions">
            {!versionId && <Link href={`/policies/versions/${i.versionId}`}>{p.open}</Link>}
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  await api.post(`/api/policy/versions/${i.versionId}/acknowledge`);
                  setItems((xs) => xs.filter((x) => x.versionId !== i.versionId));
                  setDone(p.acknowledged);
                })
              }
            >
              {p.acknowledge}
            </button>
          </div>
        </section>
      ))}
    </>
  );
}
