import { api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { useFormState } from '../../components/useFormState.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Props {
  onDone(): void;
  onCancel(): void;
}

/** Asks for the password again before second factors change: POST /api/auth/reauth. */
export function ReauthPrompt({ onDone, onCancel }: Props) {
  const { t } = useI18n();
  const { error, busy, run, field } = useAction();
  const form = useFormState('reauth', { password: '' });
  const send = () =>
    void run(async () => {
      await api.post('/api/auth/reauth', form.values);
      form.reset();
      onDone();
    });

  return (
    <Section id="reauth-heading" title={t.account.reauthHeading} level={3}>
      <p>{t.account.reauthLead}</p>
      <Form
        noValidate
        onSend={send}
        error={error}
        idPrefix="reauth"
        labels={{ password: t.auth.currentPassword }}
      >
        <TextField
          type="password"
          label={t.auth.currentPassword}
          autoComplete="current-password"
          required
          // biome-ignore lint/a11y/noAutofocus: the prompt opens because the person asked for this step
          autoFocus
          {...form.text('password', field)}
        />
        <SubmitRow label={t.account.reauthSubmit} busy={busy || !form.values.password}>
          <Button onClick={onCancel}>{t.common.cancel}</Button>
        </SubmitRow>
      </Form>
    </Section>
  );
}
