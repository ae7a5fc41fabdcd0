import { useEffect, useState } from 'react';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { getQueue, type QueueStatus } from './jobs.ts';
import { jobTexts } from './texts.ts';
import './backups.css';

/** The hosting administrator's view of the job queue: per kind, what waits, runs and failed. */
export function JobsCard() {
  const x = useT(jobTexts);
  const { lang } = useI18n();
  const [data, setData] = useState<QueueStatus | null>(null);
  useEffect(() => {
    void getQueue()
      .then(setData)
      .catch(() => {});
  }, []);
  if (!data) return null;
  const label = (kind: string) => x.kinds[kind] ?? x.other;
  const cols = ['due', 'later', 'running', 'failed', 'done'] as const;
  return (
    <section className="backup-card" aria-labelledby="jobs-card-title">
      <h2 id="jobs-card-title" className="section-title">
        {x.title}
      </h2>
      <p>
        {data.oldestDueAt ? fmt(x.waited, { m: String(Math.floor(data.waitedSeconds / 60)) }) : x.idle}{' '}
        <span className="muted">
          {fmt(x.settings, { n: String(data.settings.concurrency), d: String(data.settings.keepDays) })}
        </span>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{x.kind}</th>
            {cols.map((c) => (
              <th key={c} scope="col">
                {x[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.kinds.map((k) => (
            <tr key={k.kind}>
              <th scope="row">
                {label(k.kind)} {k.priority === 0 && <span className="tag">{x.urgent}</span>}
              </th>
              {cols.map((c) => (
                <td key={c}>{k[c]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {data.failures.length > 0 && (
        <>
          <h3>{x.failures}</h3>
          <ul>
            {data.failures.map((f) => (
              <li key={f.id}>
                {formatDateTime(f.at, lang)} {label(f.kind)}（{fmt(x.attempts, { n: String(f.attempts) })}・
                {f.final ? x.final : x.retrying}）
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
