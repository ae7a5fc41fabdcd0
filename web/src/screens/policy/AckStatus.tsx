import { useData } from '../../api/query.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Section } from '../../components/Section.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { type AckPerson, policyPaths } from './api.ts';
import { when } from './dates.ts';
import { policyTexts } from './i18n.ts';

/** For the administrator: who has acknowledged the version in force and who has not (R-E1). */
export function AckStatus({ versionId }: { versionId: string }) {
  const p = useT(policyTexts);
  const { lang } = useI18n();
  const q = useData<{ acknowledged: AckPerson[]; notYet: AckPerson[] }>(
    policyPaths.acknowledgements(versionId),
  );
  return (
    <Section id="ack-status" title={p.ackStatus}>
      <Loaded query={q}>
        {(s) => (
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
      </Loaded>
    </Section>
  );
}
