import { useCallback, useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { listNotifications, markRead, type Notification } from './api.ts';
import { notificationTexts } from './i18n.ts';
import './notifications.css';

/** Every notification of the caller, newest first, each with its link and a mark-read button. */
export default function Notifications() {
  const x = useT(notificationTexts);
  const { lang } = useI18n();
  const [items, setItems] = useState<Notification[] | null>(null);
  const load = useCallback(() => listNotifications(100).then(setItems), []);
  useEffect(() => {
    void load();
  }, [load]);
  if (!items) return <Loading />;
  return (
    <>
      <PageHeading>{x.title}</PageHeading>
      {items.some((n) => !n.readAt) && (
        <div className="actions">
          <button type="button" className="btn btn--secondary" onClick={() => void markRead().then(load)}>
            {x.markAll}
          </button>
        </div>
      )}
      {items.length === 0 ? (
        <p className="empty">{x.none}</p>
      ) : (
        <ul className="notif-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? undefined : 'bell__unread'}>
              <strong>
                {!n.readAt && <span className="tag">{x.isUnread}</span>} {n.title}
              </strong>
              <p>{n.body}</p>
              <span className="bell__time">{formatDateTime(n.createdAt, lang)}</span>
              <div className="actions">
                {n.link?.startsWith('/') && (
                  <Link
                    className="btn btn--secondary btn--small"
                    href={n.link}
                    onClick={() => void (n.readAt ? null : markRead([n.id]))}
                  >
                    {x.open}
                  </Link>
                )}
                {!n.readAt && (
                  <button
                    type="button"
                    className="btn btn--text btn--small"
                    onClick={() => void markRead([n.id]).then(load)}
                  >
                    {x.markRead}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
