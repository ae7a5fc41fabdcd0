import { type ApiError, fieldText } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

interface Props {
  error: ApiError | null;
  /** Prefix of the inputs' ids: a field error links to `#{idPrefix}-{field}`. */
  idPrefix?: string;
  /** Labels of the form's fields, to name them in the summary. */
  labels?: Record<string, string>;
}

/** A live region that announces a form's error and lists the fields to fix, each a link to its input. */
export function FormAlert({ error, idPrefix, labels = {} }: Props) {
  const { t } = useI18n();
  let message = error?.message;
  if (error && !message) message = error.code === 'network' ? t.common.networkError : t.common.unexpected;
  const fields = error?.fields.filter((f) => idPrefix && labels[f.field]) ?? [];
  return (
    <div className="form-alert-region" role="alert" aria-live="assertive" aria-atomic="true">
      {error && (
        <div className="alert alert--error">
          <p className="alert__title">{message}</p>
          {fields.length > 0 && (
            <ul className="alert__list">
              {fields.map((f) => (
                <li key={f.field + f.code}>
                  <a href={`#${idPrefix}-${f.field}`}>
                    {labels[f.field]}：{fieldText(f)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** A polite status message (success, information). */
export function Status({
  message,
  tone = 'success',
}: {
  message?: string | null;
  tone?: 'success' | 'info';
}) {
  return (
    <div role="status" aria-live="polite" className="status-region">
      {message && <p className={`alert alert--${tone}`}>{message}</p>}
    </div>
  );
}
