import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { Button } from '../../components/Button.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDateTime } from '../../lib/date.ts';
import { NOTICES, orgApi } from './api.ts';
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
  const sender = useCan()('org.notices.send');
  const mine = useData<{ items: Mine[] }>(`${NOTICES}/mine`).data?.items ?? [];
  const sent = useData<{ items: Sent[] }>(sender ? NOTICES : null).data?.items ?? [];
  const [openId, setOpenId] = useState<string | null>(null);
  const open = useData<Receipts>(openId ? `${NOTICES}/${openId}/receipts` : null).data;
  const read = useMutate((id: string) => orgApi.post(`${NOTICES}/${id}/read`), { invalidate: [NOTICES] });
  return (
    <OrgFrame>
      <section aria-labelledby="nt-mine">
        <h2 id="nt-mine">{x.mine}</h2>
        <FormAlert error={read.error} />
        {mine.length === 0 && <p>{x.noneYet}</p>}
        {mine.map((n) => (
          <article key={n.id} className="panel">
            <h3>
              {n.title} <span className={n.readAt ? 'muted' : ''}>（{n.readAt ? x.read : x.unread}）</span>
            </h3>
            <p className="muted">{formatWarekiDateTime(n.createdAt)}</p>
            <p>{n.body}</p>
            {!n.readAt && <ActionButton action={read} vars={n.id} label={x.markRead} small />}
          </article>
        ))}
      </section>
      {sender && (
        <>
          <NoticeSend />
          <Section id="nt-sent" title={x.sent}>
            <ul>
              {sent.map((s) => (
                <li key={s.id}>
                  {s.title}（{formatWarekiDateTime(s.createdAt)}・{x.read} {s.read}/{s.recipients}）{' '}
                  <Button kind="text" small onClick={() => setOpenId(s.id)}>
                    {x.receipts}
                  </Button>
                </li>
              ))}
            </ul>
            {open && (
              <DataTable
                rows={open.recipients}
                columns={[
                  { key: 'displayName', header: x.displayName },
                  {
                    key: 'readAt',
                    header: x.read,
                    cell: (r) => (r.readAt ? formatWarekiDateTime(r.readAt) : x.unread),
                  },
                ]}
                rowKey={(r) => r.userId}
                caption={open.title}
              />
            )}
          </Section>
        </>
      )}
    </OrgFrame>
  );
}
