import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { StartOver } from './StartOver.tsx';

/** 初回パスワード変更: the first sign-in must set a new password before anything else. */
export default function PasswordChange() {
  const { t } = useI18n();
  const { session, refresh, goToStage } = useSession();
  return (
    <>
      <PageHeading lead={t.auth.pwLead}>{t.auth.pwTitle}</PageHeading>
      <PasswordForm
        idPrefix="pw"
        askCurrent={false}
        loginId={session?.user.loginId ?? ''}
        onDone={async (r) => {
          await refresh();
          goToStage(r.stage);
        }}
      />
      <StartOver />
    </>
  );
}
