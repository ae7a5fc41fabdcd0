import { useCallback, useEffect, useState } from 'react';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { type BackupOverview, backupNow, failureCause, getBackups } from './backups.ts';
import { backupTexts } from './texts.ts';
import './backups.css';

function size(bytes: number | null): string {
  if (bytes === null) return '';
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The hosting administrator's home: the state of backups at a glance, and a backup now. */
export function BackupCard() {
  const x = useT(backupTexts);
  const { lang } = useI18n();
  const [data, setData] = useState<BackupOverview | null>(null);
  const [queued, setQueued] = useState(false);
  const { error, busy, run } = useAction();
  const load = useCallback(() => getBackups().then(setData), []);
  useEffect(() => {
    void load().catch(() => {});
  }, [load]);
  if (!data) return null;
  const lastOk = data.runs.find((r) => r.status === 'ok' && r.kind !== 'before_migration');
  const last = data.runs.find((r) => r.kind !== 'before_migration');
  return (
    <section className="backup-card" aria-labelledby="backup-card-title">
      <h2 id="backup-card-title" className="section-title">
        {x.title} <span className={`tag backup-card__health--${data.health}`}>{x.health[data.health]}</span>
      </h2>
      <dl className="backup-card__facts">
        {last?.status === 'failed' && (
          <>
            <dt>{x.failedAt}</dt>
            <dd>
              {formatDateTime(last.startedAt, lang)} — {x.cause[failureCause(last.error)]}
              {last.error && (
                <details>
                  <summary>{x.detail}</summary>
                  <code>{last.error}</code>
                </details>
              )}
            </dd>
          </>
        )}
        <dt>{x.lastOk}</dt>
        <dd>
          {lastOk ? (
            <>
              {formatDateTime(lastOk.startedAt, lang)}
              <br />
              <span className="muted">
                {fmt(x.verified, { n: String(lastOk.auditEvents ?? 0), size: size(lastOk.bytes) })}
              </span>
            </>
          ) : (
            x.health.none
          )}
        </dd>
        <dt>{x.next}</dt>
        <dd>{data.nextRunAt ? formatDateTime(data.nextRunAt, lang) : x.off}</dd>
        <dt>{x.where}</dt>
        <dd>
          <code>{data.settings.dir}</code>
          <br />
          <span className="muted">
            {fmt(x.keep, { d: String(data.settings.keepDaily), m: String(data.settings.keepMonthly) })}
          </span>
        </dd>
      </dl>
      <FormAlert error={error} />
      {queued || data.pending ? (
        <p role="status">{queued ? x.queued : x.pending}</p>
      ) : (
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await backupNow();
              setQueued(true);
            })
          }
        >
          {x.now}
        </button>
      )}
    </section>
  );
}
