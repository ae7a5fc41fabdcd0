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
  // The inbox comes 50 at a time, oldest first; the next page of one list is appended to it.
  const more = async (list: 'approvals' | 'confirmations') => {
    const after = inbox?.next[list];
    if (!inbox || !after) return;
    const param = list === 'approvals' ? 'approvalsAfter' : 'confirmationsAfter';
    const page = await api.get<Inbox>(`/api/requests/inbox?${param}=${encodeURIComponent(after)}`);
    setInbox({
      ...inbox,
      counts: page.counts,
      [list]: [...inbox[list], ...page[list]],
      next: { ...inbox.next, [list]: page.next[list] },
    });
  };
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
            {inbox.next.approvals && (
              <button type="button" onClick={() => void more('approvals')}>
                {x.more}
              </button>
            )}
          </section>
          <section aria-labelledby="rq-confirmations">
            <h3 id="rq-confirmations">{x.counts.confirmations}</h3>
            <RequestList items={inbox.confirmations} label={x.counts.confirmations} />
            {inbox.next.confirmations && (
              <button type="button" onClick={() => void more('confirmations')}>
                {x.more}
              </button>
            )}
          </section>
        </>
      )}
    </>
  );
}
