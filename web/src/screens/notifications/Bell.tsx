import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, navigate, usePath } from '../../app/router.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { listNotifications, markRead, type Notification, UNREAD_CHANGED, unreadCount } from './api.ts';
import { notificationTexts } from './i18n.ts';
import './notifications.css';

const POLL_MS = 60_000;

/** The header bell: unread count polled every minute; a panel with the latest notifications. */
export function NotificationBell() {
  const x = useT(notificationTexts);
  const { lang } = useI18n();
  const path = usePath();
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Notification[]>([]);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(() => {
    unreadCount()
      .then(setUnread)
      .catch(() => {});
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, POLL_MS);
    window.addEventListener(UNREAD_CHANGED, refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(UNREAD_CHANGED, refresh);
    };
  }, [refresh]);
  // A new screen may have acted on what a notification asked: count again, and close the panel. The
  // first screen was counted on mount already.
  const shownPath = useRef(path);
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    refresh();
    setOpen(false);
  }, [path, refresh]);
  useEffect(() => {
    if (!open) return;
    listNotifications(10)
      .then(setItems)
      .catch(() => {});
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const follow = async (n: Notification) => {
    if (!n.readAt) await markRead([n.id]).catch(() => {});
    setOpen(false);
    if (n.link?.startsWith('/')) navigate(n.link);
  };
  const label = unread ? `${x.bell}（${fmt(x.unread, { n: unread })}）` : x.bell;
  return (
    <div className="bell" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls="bell-panel"
        aria-label={label}
        title={label}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <path
            d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
        </svg>
        {unread > 0 && (
          <span className="bell__count" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <section id="bell-panel" className="bell__panel" aria-label={x.title}>
          <div className="bell__head">
            <h2>{x.title}</h2>
            {unread > 0 && (
              <button
                type="button"
                className="btn btn--text btn--small"
                onClick={() => void markRead().then(() => listNotifications(10).then(setItems))}
              >
                {x.markAll}
              </button>
            )}
          </div>
          {items.length === 0 ? (
            <p className="bell__empty">{x.none}</p>
          ) : (
            <ul className="bell__list">
              {items.map((n) => (
                <li key={n.id} className={n.readAt ? undefined : 'bell__unread'}>
                  <a
                    href={n.link ?? '/notifications'}
                    onClick={(e) => {
                      e.preventDefault();
                      void follow(n);
                    }}
                  >
                    {!n.readAt && <span className="visually-hidden">{x.isUnread}：</span>}
                    {n.title}
                  </a>
                  <span className="bell__time">{formatDateTime(n.createdAt, lang)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="bell__foot">
            <Link href="/notifications">{x.all}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
