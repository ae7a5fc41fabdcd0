import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useMutate } from '../../api/query.ts';
import type { TotpSetup as Setup, StageResult } from '../../api/types.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useI18n } from '../../i18n/index.tsx';

function svgDataUri(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `data:image/svg+xml;base64,${btoa(bin)}`;
}

/** Registers an authenticator app: QR code and typed key, then a first code to confirm. */
export function TotpSetup({ onDone }: { onDone(r: StageResult): void }) {
  const { t } = useI18n();
  // Starting the setup makes a new secret, so it is a change made once when the step opens, not a load.
  const setup = useMutate(() => api.post<Setup>('/api/auth/totp/setup'));
  const confirm = useMutate(
    (code: string) => api.post<StageResult>('/api/auth/totp/confirm', { code: code.replace(/\s/g, '') }),
    { onDone: (r) => onDone(r) },
  );
  const [code, setCode] = useState('');
  // The code last sent on its own: a wrong one is not sent again until it is changed.
  const [sent, setSent] = useState('');
  const start = setup.run;
  useEffect(() => void start(), [start]);
  const data = setup.data;

  function submit(e: FormEvent) {
    e.preventDefault();
    void confirm.run(code);
  }

  /** The sixth digit sends the code: nothing is left to type, so nothing is left to press. */
  function change(value: string) {
    setCode(value);
    const digits = value.replace(/\s/g, '');
    if (/^[0-9]{6}$/.test(digits) && digits !== sent && !confirm.busy) {
      setSent(digits);
      void confirm.run(digits);
    }
  }

  if (!data) return <FormAlert error={setup.error} />;
  return (
    <div className="totp-setup">
      <ol className="steps">
        <li>
          <p>{t.auth.totpStep1}</p>
          <img className="qr" src={svgDataUri(data.qrSvg)} alt={t.auth.qrAlt} width={200} height={200} />
          <p className="secret-label" id="totp-secret-label">
            {t.auth.secretLabel}
          </p>
          <code className="secret" data-testid="totp-secret">
            {data.secret.replace(/(.{4})/g, '$1 ').trim()}
          </code>
        </li>
        <li>
          <p>{t.auth.totpStep2}</p>
          <FormAlert error={confirm.error} idPrefix="totp" labels={{ code: t.auth.code }} />
          <form onSubmit={submit} noValidate className="form">
            <TextField
              id="totp-code"
              label={t.auth.code}
              hint={t.auth.codeHint}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              className="input--code"
              value={code}
              error={confirm.field('code')}
              onChange={(e) => change(e.target.value)}
            />
            <SubmitRow label={t.auth.confirm} busy={confirm.busy} />
          </form>
        </li>
      </ol>
    </div>
  );
}
