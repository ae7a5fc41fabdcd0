import { Suspense } from 'react';
import type { Session } from '../api/types.ts';
import { Loading } from '../components/Loading.tsx';
import { useI18n } from '../i18n/index.tsx';
import { allowed } from '../nav.ts';
import { ROUTES } from '../routes.tsx';
import { Forbidden } from './Forbidden.tsx';
import { Link, matchPath } from './router.tsx';

function Message({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  return (
    <div className="page-heading">
      <h1 tabIndex={-1}>{title}</h1>
      <p className="lead">{body}</p>
      <p>
        <Link href="/">{t.common.toHome}</Link>
      </p>
    </div>
  );
}

/** Shows the screen whose route matches the path, or a not-found / no-permission message. */
export function RouteView({ path, session }: { path: string; session: Session }) {
  const { t } = useI18n();
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (!allowed(route, session)) return <Forbidden fn={route.systemAdmin ? undefined : route.fn} />;
    const Screen = route.component;
    return (
      <Suspense fallback={<Loading />}>
        <Screen key={route.path} params={params} area={route.area} />
      </Suspense>
    );
  }
  return <Message title={t.common.notFoundTitle} body={t.common.notFoundBody} />;
}
