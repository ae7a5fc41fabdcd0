import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PasswordForm } from '../auth/PasswordForm.tsx';
import { FactorsSection } from './FactorsSection.tsx';

/** アカウント設定: password, second factors, recovery codes and signing out everywhere. */
export default function Account() {
  const { t } = useI18n();
  const { session, endLocally } = useSession();
  const [pwDone, setPwDone] = useState(false);
  const logoutAll = useAction();
  const { confirm, dialog } = useConfirm();

  async function signOutEverywhere() {
    if (!(await confirm(t.account.logoutAllConfirm, { danger: true, confirmLabel: t.account.logoutAll })))
      return;
    void logoutAll.run(async () => {
      await api.post('/api/auth/logout-all');
      endLocally('signedOut');
    });
  }

  return (
    <>
      <PageHeading lead={t.account.lead}>{t.account.title}</PageHeading>
      <section className="section" aria-labelledby="acct-pw">
        <h2 id="acct-pw">{t.account.passwordHeading}</h2>
        <Status message={pwDone ? t.auth.passwordChanged : null} />
        <PasswordForm
          idPrefix="acct-pw"
          loginId={session?.user.loginId ?? ''}
          onDone={() => setPwDone(true)}
        />
      </section>
      <FactorsSection />
      <section className="section" aria-labelledby="acct-sessions">
        <h2 id="acct-sessions">{t.account.sessionsHeading}</h2>
        <p>{t.account.sessionsLead}</p>
        <FormAlert error={logoutAll.error} />
        <div className="actions">
          <button
            type="button"
            className="btn btn--danger"
            disabled={logoutAll.busy}
            onClick={() => void signOutEverywhere()}
          >
            {t.account.logoutAll}
          </button>
        </div>
      </section>
      {dialog}
    </>
  );
}
