import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { Status } from '../../components/FormAlert.tsx';
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

/**
 * Shows recovery codes once, with print and copy; the one way on says the person has kept them
 * (「控えました。次へ」), so keeping them is a statement, not a box to tick before a second button.
 */
export function RecoveryCodes({ codes, onContinue }: { codes: string[]; onContinue(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);

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
        <Button onClick={() => window.print()}>{t.common.print}</Button>
        <Button onClick={() => void copyText(codes.join('\n')).then(() => setCopied(true))}>
          {t.auth.recoveryCopy}
        </Button>
      </div>
      <Status message={copied ? t.common.copied : null} />
      <div className="actions no-print">
        <Button kind="primary" onClick={onContinue}>
          {t.auth.recoveryKept}
        </Button>
      </div>
    </section>
  );
}
