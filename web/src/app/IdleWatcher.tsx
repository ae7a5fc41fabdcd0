import { useEffect, useRef, useState } from 'react';
import { api, lastRequestTime } from '../api/client.ts';
import { Button } from '../components/Button.tsx';
import { fmt, useI18n } from '../i18n/index.tsx';
import { useSession } from './session.tsx';

const WARN_SECONDS = 60;
/** The server moves its idle clock at most every 15 s, so ours may be that much ahead. */
const SERVER_TOUCH_SLACK = 15;

/**
 * The server ends a session after `idleSeconds` without requests. Typing or clicking keeps it
 * alive; one minute before the end a dialog offers to continue, and at the end we show sign-in.
 */
export function IdleWatcher({ idleSeconds }: { idleSeconds: number }) {
  const { t } = useI18n();
  const { refresh, signOut } = useSession();
  const [left, setLeft] = useState(idleSeconds);
  const dialog = useRef<HTMLDialogElement>(null);
  const warning = left <= WARN_SECONDS;

  useEffect(() => {
    const tick = () =>
      setLeft(Math.ceil(idleSeconds - SERVER_TOUCH_SLACK - (Date.now() - lastRequestTime()) / 1000));
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [idleSeconds]);

  useEffect(() => {
    if (left <= 0) void signOut('idleSignedOut');
  }, [left, signOut]);

  // Activity on the page counts as use: touch the session now and then while the user works.
  useEffect(() => {
    if (warning) return;
    const ping = () => {
      if ((Date.now() - lastRequestTime()) / 1000 > Math.min(60, idleSeconds / 4, SERVER_TOUCH_SLACK * 2)) {
        void api.get('/api/session', { noRedirect: true }).catch(() => {});
      }
    };
    window.addEventListener('keydown', ping);
    window.addEventListener('pointerdown', ping);
    return () => {
      window.removeEventListener('keydown', ping);
      window.removeEventListener('pointerdown', ping);
    };
  }, [warning, idleSeconds]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (warning && left > 0 && !d.open) d.showModal();
    if (!warning && d.open) d.close();
  }, [warning, left]);

  const keepWorking = () => void refresh();

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(e) => {
        e.preventDefault();
        keepWorking();
      }}
    >
      <h2 id="idle-title">{t.session.idleTitle}</h2>
      <p id="idle-body">{fmt(t.session.idleBody, { seconds: Math.max(0, left) })}</p>
      <div className="actions">
        <Button kind="primary" onClick={keepWorking}>
          {t.session.keepWorking}
        </Button>
      </div>
    </dialog>
  );
}
