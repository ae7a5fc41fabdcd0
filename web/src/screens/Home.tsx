import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { fmt, useI18n } from '../i18n/index.tsx';
import { allowed, NAV } from '../nav.ts';
import { Dashboard } from './dashboard/Dashboard.tsx';
import { MyWorkCard } from './mywork/HomeCard.tsx';
import { FirstRun } from './setup/FirstRun.tsx';
import { SetupChecklist } from './setup/SetupChecklist.tsx';
import { BackupCard } from './system/BackupCard.tsx';
import { JobsCard } from './system/JobsCard.tsx';

/** ホーム: a greeting and one card per area the user may open (figures come later from each module). */
export default function Home() {
  const { t } = useI18n();
  const { session } = useSession();
  if (!session) return null;
  const areas = NAV.filter((n) => n.area !== 'home' && allowed(n, session));
  return (
    <>
      <PageHeading lead={fmt(t.home.lead, { org: session.organization.name })}>
        {fmt(t.home.greeting, { name: session.user.displayName })}
      </PageHeading>
      {session.functions.includes('org.admin') && <SetupChecklist />}
      <MyWorkCard />
      {session.isSystemAdmin && <FirstRun />}
      {session.isSystemAdmin && <BackupCard />}
      {session.isSystemAdmin && <JobsCard />}
      {session.functions.includes('dashboard.read') && <Dashboard />}
      <section aria-labelledby="home-areas">
        <h2 id="home-areas" className="section-title">
          {t.home.areasHeading}
        </h2>
        <ul className="cards">
          {areas.map((n) => (
            <li key={n.area} className="card">
              <Link href={n.path} className="card__link">
                <span className="card__title">{t.nav[n.area]}</span>
                <span className="card__body">{t.areas[n.area]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
