import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import type { Inbox } from './api.ts';
import { useRequestText } from './i18n.ts';
import { RequestList } from './RequestList.tsx';
import { RequestsNav } from './RequestsNav.tsx';

/** The approver inbox: counts, then requests to decide and returns to confirm. */
export default function RequestsHome() {
  const x = useRequestText();
  const [inbox, setInbox] = useState<Inbox | null>(null);
  useEffect(() => {
    void api.get<Inbox>('/api/requests/inbox').then(setInbox);
  }, []);
  return (
    <>
      <PageHeading lead={x.lead}>{x.title}</PageHeading>
      <RequestsNav />
      {!inbox ? (
        <Loading />
      ) : (
        <>
          <h2>{x.inbox}</h2>
          <ul className="rq-counts" aria-label={x.inbox}>
            {(['approvals', 'confirmations', 'overdue'] as const).map((k) => (
              <li key={k} data-testid={`count-${k}`}>
                <strong>{inbox.counts[k]}</strong>
                {x.counts[k]}
              </li>
            ))}
          </ul>
          <section aria-labelledby="rq-approvals">
            <h3 id="rq-approvals">{x.counts.approvals}</h3>
            <RequestList items={inbox.approvals} label={x.counts.approvals} />
          </section>
          <section aria-labelledby="rq-confirmations">
            <h3 id="rq-confirmations">{x.counts.confirmations}</h3>
            <RequestList items={inbox.confirmations} label={x.counts.confirmations} />
          </section>
        </>
      )}
    </>
  );
}
