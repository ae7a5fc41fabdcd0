import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { StageResult } from '../../api/types.ts';
import { readFlash } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useFormState } from '../../components/useFormState.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DirectoryButton, DirectoryNotice, useDirectorySignIn } from './DirectorySignIn.tsx';

type Flash = 'signedOut' | 'idleSignedOut';

/** サインイン: login ID and password. The server answers the same for an unknown user and a wrong password. */
export default function SignIn() {
  const { t } = useI18n();
  const { refresh, goToStage } = useSession();
  const { error, busy, run, field } = useAction();
  // /signin?id=<login ID>: the link handed over with a one-time password fills the ID in.
  const [given] = useState(() => new URLSearchParams(location.search).get('id')?.trim().slice(0, 100) ?? '');
  const form = useFormState('signin', { loginId: given, password: '' });
  const { loginId, password } = form.values;
  const [flash] = useState(() => readFlash() as Flash | undefined);
  // /signin?org=<code>: the organization's own page, with its directory sign-in.
  const dir = useDirectorySignIn();

  function send() {
    void run(async () => {
      const r = await api.post<StageResult>(
        '/api/auth/login',
        { loginId, password, ...(dir.org ? { organization: dir.org } : {}) },
        { noRedirect: true },
      );
      await refresh();
      goToStage(r.stage);
    });
  }

  return (
    <>
      <PageHeading lead={t.auth.signInLead}>{t.auth.signInTitle}</PageHeading>
      <Status message={flash && flash in t.auth ? t.auth[flash] : null} tone="info" />
      <DirectoryNotice dir={dir} />
      <DirectoryButton dir={dir} />
      <Form
        noValidate
        onSend={send}
        error={error}
        idPrefix="signin"
        labels={{ loginId: t.auth.loginId, password: t.auth.password }}
      >
        <TextField
          name="loginId"
          label={t.auth.loginId}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...form.text('loginId', field)}
        />
        <TextField
          name="password"
          type="password"
          label={t.auth.password}
          autoComplete="current-password"
          autoFocus={!!given}
          required
          {...form.text('password', field)}
        />
        <div className="actions">
          <Button type="submit" kind="primary" block disabled={busy}>
            {t.auth.signIn}
          </Button>
        </div>
      </Form>
    </>
  );
}
