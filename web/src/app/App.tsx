import { lazy, Suspense } from 'react';
import { Loading, Redirect } from '../components/Loading.tsx';
import { IdleWatcher } from './IdleWatcher.tsx';
import { RouteView } from './RouteView.tsx';
import { usePath } from './router.tsx';
import { Shell } from './Shell.tsx';
import { rememberNext, stagePath, useSession } from './session.tsx';

const SignIn = lazy(() => import('../screens/auth/SignIn.tsx'));
const PasswordChange = lazy(() => import('../screens/auth/PasswordChange.tsx'));
const Enroll = lazy(() => import('../screens/auth/Enroll.tsx'));
const Mfa = lazy(() => import('../screens/auth/Mfa.tsx'));
const AuthLayout = lazy(() => import('./AuthLayout.tsx'));

const AUTH_SCREENS = {
  '/signin': { component: SignIn, stage: null },
  '/signin/password': { component: PasswordChange, stage: 'password_change' },
  '/signin/enroll': { component: Enroll, stage: 'enroll' },
  '/signin/mfa': { component: Mfa, stage: 'mfa' },
} as const;

/** Picks the sign-in step or the signed-in app for the current path and session. */
export function App() {
  const { state } = useSession();
  const path = usePath();
  if (state.status === 'loading') return <Loading />;
  const session = state.status === 'ready' ? state.session : null;

  const auth = AUTH_SCREENS[path as keyof typeof AUTH_SCREENS];
  if (auth) {
    if (auth.stage === null && session) return <Redirect to={stagePath(session.stage)} />;
    if (auth.stage !== null && !session) return <Redirect to="/signin" />;
    const Screen = auth.component;
    return (
      <Suspense fallback={<Loading />}>
        <AuthLayout>
          <Screen />
        </AuthLayout>
        {session && <IdleWatcher idleSeconds={session.idleSeconds} />}
      </Suspense>
    );
  }
  if (!session) {
    rememberNext(path + location.search);
    return <Redirect to="/signin" />;
  }
  if (session.stage !== 'full') return <Redirect to={stagePath(session.stage)} />;
  return (
    <Shell session={session}>
      <RouteView path={path} session={session} />
      <IdleWatcher idleSeconds={session.idleSeconds} />
    </Shell>
  );
}
