import { useState } from 'react';
import { ApiError, fieldText } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { exportTexts } from './i18n.ts';

interface Props {
  /** The Shift_JIS download's URL. */
  href: string;
  /** The same export in UTF-8, offered when Shift_JIS cannot hold every character. */
  utf8Href: string;
  className?: string;
}

/** The file name the server gave (RFC 5987 `filename*`), or a fallback. */
function fileName(disposition: string | null): string {
  const star = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'export.csv';
}

/**
 * A Shift_JIS CSV download that checks first: when the server answers that characters (𠮷, 㐂) would
 * be lost, the places are listed and UTF-8 is offered instead. Nothing is replaced by 「?」.
 */
export function SjisDownload({ href, utf8Href, className = 'btn btn--secondary' }: Props) {
  const x = useT(exportTexts);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const res = await fetch(href, { credentials: 'same-origin' });
      if (!res.ok) {
        const body = await res.json().catch(() => null);
        setProblem(
          new ApiError(
            res.status,
            body?.error?.code ?? 'unknown',
            body?.error?.message ?? '',
            body?.error?.fields ?? [],
            body?.error?.messages,
          ),
        );
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(res.headers.get('content-disposition'));
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={className} disabled={busy} onClick={() => void download()}>
        {busy ? x.checking : x.sjis}
      </button>
      {problem && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">
            {problem.code === 'csv.sjis_unencodable' ? x.sjisProblem : problem.message}
          </p>
          {problem.code === 'csv.sjis_unencodable' && (
            <>
              <p>{problem.message}</p>
              <p>{x.sjisLead}</p>
              <ul className="alert__list">
                {problem.fields.slice(0, 50).map((f) => (
                  <li key={f.field}>{fieldText(f)}</li>
                ))}
              </ul>
              <div className="actions">
                <a className="btn btn--primary" href={utf8Href} download>
                  {x.useUtf8}
                </a>
                <button type="button" className="btn btn--text" onClick={() => setProblem(null)}>
                  {x.close}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </>
  );
}
