import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** Leaves a half-finished sign-in and returns to the first step. */
export function StartOver() {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <p className="start-over">
      <button type="button" className="btn btn--text" onClick={() => void signOut('')}>
        {t.auth.startOver}
      </button>
    </p>
  );
}
