import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDateTime } from '../../lib/date.ts';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { NoticeSend } from './NoticeSend.tsx';
import { OrgFrame } from './parts.tsx';

interface Mine {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}
interface Sent {
  id: string;
  title: string;
  createdAt: string;
  recipients: number;
  read: number;
}
interface Receipts {
  id: string;
  title: string;
  recipients: { userId: string; displayName: string; readAt: string | null }[];
}

/** Notices (R-A4): staff read theirs and acknowledge; senders send and see read receipts. */
export default function Notices() {
  const x = useT(orgTexts);
  const { session } = useSession();
  const sender = session?.functions.includes('org.notices.send') ?? false;
  const [mine, setMine] = useState<Mine[]>([]);
  const [sent, setSent] = useState<Sent[]>([]);
  const [open, setOpen] = useState<Receipts | null>(null);
  const load = useCallback(async () => {
    setMine((await orgApi.get<{ items: Mine[] }>('/api/org/notices/mine')).items);
    if (sender) setSent((await orgApi.get<{ items: Sent[] }>('/api/org/notices')).items);
  }, [sender]);
  useEffect(() => {
    load();
  }, [load]);
  return (
    <OrgFrame>
      <section aria-labelledby="nt-mine">
        <h2 id="nt-mine">{x.mine}</h2>
        {mine.length === 0 && <p>{x.noneYet}</p>}
        {mine.map((n) => (
          <article key={n.id} className="panel">
            <h3>
              {n.title} <span className={n.readAt ? 'muted' : ''}>（{n.readAt ? x.read : x.unread}）</span>
            </h3>
            <p className="muted">{formatWarekiDateTime(n.createdAt)}</p>
            <p>{n.body}</p>
            {!n.readAt && (
              <button
                type="button"
                className="btn btn--primary btn--small"
                onClick={() => orgApi.post(`/api/org/notices/${n.id}/read`).then(load)}
              >
                {x.markRead}
              </button>
            )}
          </article>
        ))}
      </section>
      {sender && (
        <>
          <NoticeSend onSent={load} />
          <section className="section" aria-labelledby="nt-sent">
            <h2 id="nt-sent">{x.sent}</h2>
            <ul>
              {sent.map((s) => (
                <li key={s.id}>
                  {s.title}（{formatWarekiDateTime(s.createdAt)}・{x.read} {s.read}/{s.recipients}）{' '}
                  <button
                    type="button"
                    className="btn btn--text btn--small"
                    onClick={() => orgApi.get<Receipts>(`/api/org/notices/${s.id}/receipts`).then(setOpen)}
                  >
                    {x.receipts}
                  </button>
                </li>
              ))}
            </ul>
            {open && (
              <div className="table-wrap">
                <table className="table">
                  <caption>{open.title}</caption>
                  <thead>
                    <tr>
                      <th>{x.displayName}</th>
                      <th>{x.read}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {open.recipients.map((r) => (
                      <tr key={r.userId}>
                        <td>{r.displayName}</td>
                        <td>{r.readAt ? formatWarekiDateTime(r.readAt) : x.unread}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </OrgFrame>
  );
}
