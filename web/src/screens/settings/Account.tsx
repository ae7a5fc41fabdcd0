import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Section } from '../../components/Section.tsx';
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
      <Section id="acct-pw" title={t.account.passwordHeading}>
        <Status message={pwDone ? t.auth.passwordChanged : null} />
        <PasswordForm
          idPrefix="acct-pw"
          loginId={session?.user.loginId ?? ''}
          onDone={() => setPwDone(true)}
        />
      </Section>
      <FactorsSection />
      <Section id="acct-sessions" title={t.account.sessionsHeading}>
        <p>{t.account.sessionsLead}</p>
        <FormAlert error={logoutAll.error} />
        <div className="actions">
          <Button kind="danger" disabled={logoutAll.busy} onClick={() => void signOutEverywhere()}>
            {t.account.logoutAll}
          </Button>
        </div>
      </Section>
      {dialog}
    </>
  );
}
