import { type ReactNode, useEffect, useState } from 'react';
import type { Session } from '../api/types.ts';
import { kitTexts } from '../components/i18n.ts';
import { useI18n, useT } from '../i18n/index.tsx';
import { NoticeBanner } from '../screens/org/NoticeBanner.tsx';
import { Header } from './Header.tsx';
import { usePath } from './router.tsx';
import { SideNav } from './SideNav.tsx';

/** The signed-in layout: header, left navigation (folded behind a menu button on phones) and the main area. */
export function Shell({ session, children }: { session: Session; children: ReactNode }) {
  const { t } = useI18n();
  const c = useT(kitTexts);
  const path = usePath();
  const [navOpen, setNavOpen] = useState(false);
  // A new screen closes the phone menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` is the signal
  useEffect(() => setNavOpen(false), [path]);
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t.common.skipToMain}
      </a>
      <Header session={session} />
      <div className="shell__body">
        <button
          type="button"
          className="nav-toggle"
          aria-expanded={navOpen}
          aria-controls="shell-nav"
          onClick={() => setNavOpen(!navOpen)}
        >
          <span className="nav-toggle__icon" aria-hidden="true" />
          {c.menu}
        </button>
        <div id="shell-nav" className={navOpen ? 'shell__nav shell__nav--open' : 'shell__nav'}>
          <SideNav session={session} />
        </div>
        <main id="main" className="shell__main" tabIndex={-1}>
          <NoticeBanner />
          {children}
        </main>
      </div>
    </div>
  );
}
