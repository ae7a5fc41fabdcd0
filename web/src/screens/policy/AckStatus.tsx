import { useEffect, useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { api } from './api.ts';
import { when } from './dates.ts';
import { usePolicyText } from './i18n.ts';

interface Person {
  userId: string;
  loginId: string;
  displayName: string;
  post: string | null;
  unit: string | null;
  acknowledgedAt?: string;
}

/** For the administrator: who has acknowledged the version in force and who has not (R-E1). */
export function AckStatus({ versionId }: { versionId: string }) {
  const p = usePolicyText();
  const { lang } = useI18n();
  const { error, run } = useAction();
  const [s, setS] = useState<{ acknowledged: Person[]; notYet: Person[] } | null>(null);
  useEffect(() => {
    void run(async () => setS(await api.get(`/api/policy/versions/${versionId}/acknowledgements`)));
  }, [run, versionId]);
  return (
    <section className="section" aria-labelledby="ack-status">
      <h2 id="ack-status">{p.ackStatus}</h2>
      <FormAlert error={error} />
      {s && (
        <>
          <h3>{fmt(p.notYet, { n: s.notYet.length })}</h3>
          <ul>
            {s.notYet.map((u) => (
              <li key={u.userId}>
                {u.displayName}（{u.loginId}）{u.unit ?? ''} {u.post ?? ''}
              </li>
            ))}
          </ul>
          <h3>{fmt(p.ackDone, { n: s.acknowledged.length })}</h3>
          <ul>
            {s.acknowledged.map((u) => (
              <li key={u.userId}>
                {u.displayName}（{u.loginId}）— {when(u.acknowledgedAt, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
