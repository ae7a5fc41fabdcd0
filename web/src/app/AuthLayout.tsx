import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { Logo } from './Header.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';

/** The layout of the sign-in steps: a plain header and one centred card. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth">
      <a href="#main" className="skip-link">
        {t.common.skipToMain}
      </a>
      <header className="app-header app-header--plain">
        <Logo />
        <div className="app-header__tools">
          <LanguageToggle />
        </div>
      </header>
      <main id="main" className="auth__main" tabIndex={-1}>
        <div className="auth__card">{children}</div>
      </main>
    </div>
  );
}
