import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { StageResult } from '../../api/types.ts';
import { readFlash } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
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
  const [loginId, setLoginId] = useState(given);
  const [password, setPassword] = useState('');
  const [flash] = useState(() => readFlash() as Flash | undefined);
  // /signin?org=<code>: the organization's own page, with its directory sign-in.
  const dir = useDirectorySignIn();

  function submit(e: FormEvent) {
    e.preventDefault();
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
      <FormAlert
        error={error}
        idPrefix="signin"
        labels={{ loginId: t.auth.loginId, password: t.auth.password }}
      />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="signin-loginId"
          name="loginId"
          label={t.auth.loginId}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={loginId}
          error={field('loginId')}
          onChange={(e) => setLoginId(e.target.value)}
        />
        <TextField
          id="signin-password"
          name="password"
          type="password"
          label={t.auth.password}
          autoComplete="current-password"
          autoFocus={!!given}
          required
          value={password}
          error={field('password')}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
            {t.auth.signIn}
          </button>
        </div>
      </form>
    </>
  );
}
