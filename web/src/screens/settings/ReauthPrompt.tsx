import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Props {
  onDone(): void;
  onCancel(): void;
}

/** Asks for the password again before second factors change: POST /api/auth/reauth. */
export function ReauthPrompt({ onDone, onCancel }: Props) {
  const { t } = useI18n();
  const { error, busy, run, field } = useAction();
  const [password, setPassword] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await api.post('/api/auth/reauth', { password });
      setPassword('');
      onDone();
    });
  }

  return (
    <Section id="reauth-heading" title={t.account.reauthHeading} level={3}>
      <p>{t.account.reauthLead}</p>
      <FormAlert error={error} idPrefix="reauth" labels={{ password: t.auth.currentPassword }} />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="reauth-password"
          type="password"
          label={t.auth.currentPassword}
          autoComplete="current-password"
          required
          // biome-ignore lint/a11y/noAutofocus: the prompt opens because the person asked for this step
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={field('password')}
        />
        <SubmitRow label={t.account.reauthSubmit} busy={busy || !password}>
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            {t.common.cancel}
          </button>
        </SubmitRow>
      </form>
    </Section>
  );
}
