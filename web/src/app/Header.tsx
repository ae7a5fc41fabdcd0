import type { Session } from '../api/types.ts';
import { Button } from '../components/Button.tsx';
import { useI18n } from '../i18n/index.tsx';
import { NotificationBell } from '../screens/notifications/Bell.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { Link } from './router.tsx';
import { useSession } from './session.tsx';

export function Logo() {
  const { t } = useI18n();
  return (
    <span className="logo">
      <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" className="logo__mark">
        <rect width="32" height="32" rx="6" fill="currentColor" />
        <path
          d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z"
          fill="none"
          stroke="#fff"
          strokeWidth="2.5"
          strokeLinejoin="round"
        />
      </svg>
      <span className="logo__text">{t.common.product}</span>
    </span>
  );
}

/** Product name, organization, user, language and sign-out. */
export function Header({ session }: { session: Session }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <header className="app-header">
      <Link href="/" className="app-header__home">
        <Logo />
      </Link>
      <p className="app-header__org">
        <span className="visually-hidden">{t.layout.organization}：</span>
        {session.organization.name}
      </p>
      <div className="app-header__tools">
        <Link href="/settings/account" className="app-header__user" title={t.layout.account}>
          <span className="visually-hidden">{t.layout.user}：</span>
          {session.user.displayName}
        </Link>
        <NotificationBell />
        <LanguageToggle />
        <Button small onClick={() => void signOut()}>
          {t.layout.signOut}
        </Button>
      </div>
    </header>
  );
}
