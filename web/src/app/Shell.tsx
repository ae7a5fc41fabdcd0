import type { ReactNode } from 'react';
import type { Session } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { Header } from './Header.tsx';
import { SideNav } from './SideNav.tsx';

/** The signed-in layout: header, left navigation and the main area. */
export function Shell({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t.common.skipToMain}
      </a>
      <Header session={session} />
      <div className="shell__body">
        <SideNav session={session} />
        <main id="main" className="shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
