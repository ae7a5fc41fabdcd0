import type { Session } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { allowed, areaOf, NAV } from '../nav.ts';
import { Link, usePath } from './router.tsx';

/** The left navigation, showing only the areas the user's role functions allow. */
export function SideNav({ session }: { session: Session }) {
  const { t } = useI18n();
  const path = usePath();
  const current = areaOf(path);
  return (
    <nav className="side-nav" aria-label={t.layout.mainNav}>
      <ul>
        {NAV.filter((n) => allowed(n, session)).map((n) => (
          <li key={n.area}>
            <Link
              href={n.path}
              className="side-nav__link"
              aria-current={current?.area === n.area ? 'page' : undefined}
            >
              {t.nav[n.area]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
