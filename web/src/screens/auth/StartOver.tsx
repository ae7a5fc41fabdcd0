import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** Leaves a half-finished sign-in and returns to the first step. */
export function StartOver() {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <p className="start-over">
      <Button kind="text" onClick={() => void signOut('')}>
        {t.auth.startOver}
      </Button>
    </p>
  );
}
