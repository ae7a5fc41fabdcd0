import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { StageResult } from '../../api/types.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isCancelled, registerKey, webauthnSupported } from '../../lib/webauthn.ts';

/** Registers a security key or passkey under a name the user chooses. */
export function KeyRegister({ onDone }: { onDone(r: StageResult): void }) {
  const { t } = useI18n();
  const { error, setError, busy, run, field } = useAction();
  const [label, setLabel] = useState('');
  const supported = webauthnSupported();

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      try {
        onDone(await registerKey(label.trim() || t.auth.keyLabelDefault));
      } catch (err) {
        if (isCancelled(err)) throw new ApiError(0, 'webauthn.cancelled', t.auth.keyCancelled);
        if (!(err instanceof ApiError)) throw new ApiError(0, 'webauthn.failed', (err as Error).message);
        throw err;
      }
    });
  }

  if (!supported) {
    return <FormAlert error={new ApiError(0, 'webauthn.unsupported', t.auth.keyUnsupported)} />;
  }
  return (
    <>
      <Status message={busy ? t.auth.keyWaiting : null} tone="info" />
      <FormAlert error={error} idPrefix="key" labels={{ label: t.auth.keyLabel }} />
      <form
        onSubmit={(e) => {
          setError(null);
          submit(e);
        }}
        noValidate
        className="form"
      >
        <TextField
          id="key-label"
          label={t.auth.keyLabel}
          hint={t.auth.keyLabelHint}
          maxLength={60}
          value={label}
          error={field('label')}
          onChange={(e) => setLabel(e.target.value)}
        />
        <SubmitRow label={t.auth.registerKey} busy={busy} />
      </form>
    </>
  );
}
