import { lazy, Suspense } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { fmt, useI18n } from '../i18n/index.tsx';
import { allowed, NAV } from '../nav.ts';
import { MyWorkCard } from './mywork/HomeCard.tsx';

// Cards only some people see load after the page: they stay out of the first download.
const Dashboard = lazy(() => import('./dashboard/Dashboard.tsx').then((m) => ({ default: m.Dashboard })));
const FirstRun = lazy(() => import('./setup/FirstRun.tsx').then((m) => ({ default: m.FirstRun })));
const SetupChecklist = lazy(() =>
  import('./setup/SetupChecklist.tsx').then((m) => ({ default: m.SetupChecklist })),
);
const BackupCard = lazy(() => import('./system/BackupCard.tsx').then((m) => ({ default: m.BackupCard })));
const JobsCard = lazy(() => import('./system/JobsCard.tsx').then((m) => ({ default: m.JobsCard })));

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
      <Suspense fallback={null}>{session.functions.includes('org.admin') && <SetupChecklist />}</Suspense>
      <MyWorkCard />
      <Suspense fallback={null}>
        {session.isSystemAdmin && <FirstRun />}
        {session.isSystemAdmin && <BackupCard />}
        {session.isSystemAdmin && <JobsCard />}
        {session.functions.includes('dashboard.read') && <Dashboard />}
      </Suspense>
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
