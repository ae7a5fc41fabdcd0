import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { INBOX, type Inbox, type RequestSummary } from './api.ts';
import { requestTexts } from './i18n.ts';
import { RequestList } from './RequestList.tsx';
import { RequestsFrame } from './RequestsFrame.tsx';

type Queue = 'approvals' | 'confirmations';
const AFTER: Record<Queue, string> = { approvals: 'approvalsAfter', confirmations: 'confirmationsAfter' };

/** One queue of the inbox: the first page from the inbox answer, later pages appended (50 at a time, oldest first). */
function QueueList({ inbox, list, label }: { inbox: Inbox; list: Queue; label: string }) {
  const [later, setLater] = useState<{ items: RequestSummary[]; next: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const next = later ? later.next : inbox.next[list];
  const onMore = async () => {
    if (!next) return;
    setBusy(true);
    try {
      const page = await api.get<Inbox>(`${INBOX}?${AFTER[list]}=${encodeURIComponent(next)}`);
      setLater({ items: [...(later?.items ?? []), ...page[list]], next: page.next[list] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <RequestList
      items={[...inbox[list], ...(later?.items ?? [])]}
      label={label}
      total={inbox.counts[list]}
      more={next ? { onMore: () => void onMore(), busy } : undefined}
    />
  );
}

/** The approver inbox: counts, then requests to decide and returns to confirm. */
export default function RequestsHome() {
  const x = useT(requestTexts);
  const inbox = useData<Inbox>(INBOX);
  return (
    <RequestsFrame title={x.title} lead={x.lead}>
      <Loaded query={inbox}>
        {(box) => (
          <>
            <h2>{x.inbox}</h2>
            <ul className="rq-counts" aria-label={x.inbox}>
              {(['approvals', 'confirmations', 'overdue'] as const).map((k) => (
                <li key={k} data-testid={`count-${k}`}>
                  <strong>{box.counts[k]}</strong>
                  {x.counts[k]}
                </li>
              ))}
            </ul>
            {(['approvals', 'confirmations'] as const).map((k) => (
              <section key={k} aria-labelledby={`rq-${k}`}>
                <h3 id={`rq-${k}`}>{x.counts[k]}</h3>
                <QueueList inbox={box} list={k} label={x.counts[k]} />
              </section>
            ))}
          </>
        )}
      </Loaded>
    </RequestsFrame>
  );
}
