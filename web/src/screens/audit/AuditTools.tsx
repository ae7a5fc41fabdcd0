import { useState } from 'react';
import { api, query } from '../../api/client.ts';
import type { AuditVerify } from '../../api/types.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { SjisDownload } from '../exports/SjisDownload.tsx';

function describeBreak(b: AuditVerify['firstBreak']): string {
  if (!b) return '?';
  return [b.seq !== undefined ? `#${b.seq}` : b.id, b.reason].filter(Boolean).join(' ');
}

/** CSV exports (UTF-8 and Shift_JIS for Excel) and the tamper check of the hash chain. */
export function AuditTools({ exportQuery }: { exportQuery: Record<string, string> }) {
  const { t } = useI18n();
  const { error, busy, run } = useAction();
  const [result, setResult] = useState<AuditVerify | null>(null);

  return (
    <div className="tools">
      <section className="tools__box" aria-labelledby="audit-export">
        <h2 id="audit-export">{t.audit.export}</h2>
        <ul className="link-list">
          <li>
            <a href={`/api/audit/export.csv${query({ ...exportQuery, encoding: 'utf8' })}`} download>
              {t.audit.csvUtf8}
            </a>
          </li>
          <li>
            <SjisDownload
              className="btn btn--text"
              href={`/api/audit/export.csv${query({ ...exportQuery, encoding: 'sjis' })}`}
              utf8Href={`/api/audit/export.csv${query({ ...exportQuery, encoding: 'utf8' })}`}
            />
          </li>
        </ul>
      </section>
      <section className="tools__box" aria-labelledby="audit-verify">
        <h2 id="audit-verify">{t.audit.verifyHeading}</h2>
        <p className="muted">{t.audit.verifyLead}</p>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={busy}
          onClick={() => void run(async () => setResult(await api.get<AuditVerify>('/api/audit/verify')))}
        >
          {busy ? t.audit.verifying : t.audit.verify}
        </button>
        <FormAlert error={error} />
        <div role="status" aria-live="polite">
          {result && (
            <p
              className={`alert ${result.ok ? 'alert--success' : 'alert--error'}`}
              data-testid="verify-result"
            >
              {result.ok
                ? fmt(t.audit.verifyOk, { count: result.count })
                : result.firstBreak
                  ? fmt(t.audit.verifyBroken, { where: describeBreak(result.firstBreak) })
                  : result.message}
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
