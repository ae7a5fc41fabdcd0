import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { StageResult } from '../../api/types.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { Choice } from '../../components/Choice.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { authenticateWithKey, isCancelled } from '../../lib/webauthn.ts';
import { StartOver } from './StartOver.tsx';

type Method = 'totp' | 'key' | 'recovery';

/** 二要素認証: a code from the app, a security key, or a recovery code. */
export default function Mfa() {
  const { t } = useI18n();
  const { refresh, goToStage } = useSession();
  const { error, setError, busy, run, field } = useAction();
  const [method, setMethod] = useState<Method>('totp');
  const [code, setCode] = useState('');

  const finish = async (r: StageResult) => {
    await refresh();
    goToStage(r.stage);
  };

  function submitCode(e: FormEvent) {
    e.preventDefault();
    const path = method === 'totp' ? '/api/auth/totp/verify' : '/api/auth/recovery/verify';
    void run(async () =>
      finish(await api.post<StageResult>(path, { code: code.trim() }, { noRedirect: true })),
    );
  }

  function verifyWithKey() {
    void run(async () => {
      try {
        await finish(await authenticateWithKey());
      } catch (err) {
        if (isCancelled(err)) throw new ApiError(0, 'webauthn.cancelled', t.auth.keyCancelled);
        if (!(err instanceof ApiError)) throw new ApiError(0, 'webauthn.failed', (err as Error).message);
        throw err;
      }
    });
  }

  const isTotp = method === 'totp';
  return (
    <>
      <PageHeading lead={t.auth.mfaLead}>{t.auth.mfaTitle}</PageHeading>
      <Choice<Method>
        name="mfa-method"
        legend={t.auth.mfaMethods}
        value={method}
        onChange={(m) => {
          setMethod(m);
          setCode('');
          setError(null);
        }}
        options={[
          { value: 'totp', label: t.auth.mfaTotp },
          { value: 'key', label: t.auth.mfaKey },
          { value: 'recovery', label: t.auth.mfaRecovery },
        ]}
      />
      <div className="panel">
        <FormAlert
          error={error}
          idPrefix="mfa"
          labels={{ code: isTotp ? t.auth.code : t.auth.recoveryCode }}
        />
        {method === 'key' ? (
          <>
            <Status message={busy ? t.auth.keyWaiting : null} tone="info" />
            <div className="actions">
              <Button kind="primary" disabled={busy} onClick={verifyWithKey}>
                {t.auth.useKey}
              </Button>
            </div>
          </>
        ) : (
          <form onSubmit={submitCode} noValidate className="form" key={method}>
            <TextField
              id="mfa-code"
              label={isTotp ? t.auth.code : t.auth.recoveryCode}
              hint={isTotp ? t.auth.codeHint : t.auth.recoveryCodeHint}
              inputMode={isTotp ? 'numeric' : 'text'}
              autoComplete={isTotp ? 'one-time-code' : 'off'}
              autoCapitalize="none"
              spellCheck={false}
              maxLength={isTotp ? 6 : 40}
              required
              className={isTotp ? 'input--code' : undefined}
              value={code}
              error={field('code')}
              onChange={(e) => setCode(e.target.value)}
            />
            <SubmitRow label={t.auth.verify} busy={busy} />
          </form>
        )}
      </div>
      <StartOver />
    </>
  );
}
