import { useId, useState } from 'react';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { clientError } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Plain http on a closed network: fall back to a hidden textarea.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** Shows recovery codes once, with print and copy, and asks the user to confirm they kept them. */
export function RecoveryCodes({ codes, onContinue }: { codes: string[]; onContinue(): void }) {
  const { t } = useI18n();
  const [ack, setAck] = useState(false);
  const [copied, setCopied] = useState(false);
  const [showError, setShowError] = useState(false);
  const ackId = useId();
  const ackError = showError && !ack ? t.auth.recoveryAckRequired : undefined;

  return (
    <section className="recovery print-area" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t.auth.recoveryTitle}</h2>
      <p>{t.auth.recoveryLead}</p>
      <ol className="recovery__codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="actions no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {t.common.print}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => void copyText(codes.join('\n')).then(() => setCopied(true))}
        >
          {t.auth.recoveryCopy}
        </button>
      </div>
      <Status message={copied ? t.common.copied : null} />
      <div className="no-print">
        <FormAlert error={ackError ? clientError(ackError, []) : null} />
        <div className={`checkbox${ackError ? ' field--error' : ''}`}>
          <input
            id={ackId}
            type="checkbox"
            checked={ack}
            aria-describedby={ackError ? `${ackId}-error` : undefined}
            aria-invalid={ackError ? true : undefined}
            onChange={(e) => setAck(e.target.checked)}
          />
          <label htmlFor={ackId}>{t.auth.recoveryAck}</label>
          {ackError && (
            <p id={`${ackId}-error`} className="field__error">
              {ackError}
            </p>
          )}
        </div>
        <div className="actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => (ack ? onContinue() : setShowError(true))}
          >
            {t.common.continue}
          </button>
        </div>
      </div>
    </section>
  );
}
