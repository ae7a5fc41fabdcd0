/** The signed-in session: loads GET /api/session, follows sign-in stages and signs out. */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import { queryClient } from '../api/query.ts';
import type { Session, Stage } from '../api/types.ts';
import { navigate } from './router.tsx';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'ready'; session: Session };

interface SessionApi {
  state: SessionState;
  session: Session | null;
  /** Reloads the session; null when signed out. */
  refresh(): Promise<Session | null>;
  /** Goes to the screen for a stage (or the page the user wanted once signed in). */
  goToStage(stage: Stage): void;
  signOut(flash?: string): Promise<void>;
  /** Forgets the session locally (after the server ended it) and shows sign-in. */
  endLocally(flash?: string): void;
}

const SessionContext = createContext<SessionApi | null>(null);

const STAGE_PATHS: Record<Stage, string> = {
  password_change: '/signin/password',
  enroll: '/signin/enroll',
  mfa: '/signin/mfa',
  full: '/',
};

const NEXT_KEY = 'mamori.next';

/** Remembers where the user was going, to return there after signing in. */
export function rememberNext(path: string): void {
  if (path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/signin')) {
    sessionStorage.setItem(NEXT_KEY, path);
  }
}

// The first session request leaves as soon as this module runs, while React is still mounting.
let firstLoad: Promise<Session> | null = api.get<Session>('/api/session', { noRedirect: true });
firstLoad.catch(() => {}); // handled where it is awaited

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Set while signing out and once the session has ended here: a request that was on its way and comes back
  // refused must not send the user to sign-in a second time, dropping the message that says why they left.
  const ended = useRef(false);

  const refresh = useCallback(async () => {
    try {
      const pending = firstLoad;
      firstLoad = null;
      const s = await (pending ?? api.get<Session>('/api/session', { noRedirect: true }));
      setCsrfToken(s.csrfToken);
      ended.current = false;
      setState({ status: 'ready', session: s });
      return s;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setCsrfToken('');
        setState({ status: 'anonymous' });
        return null;
      }
      throw e;
    }
  }, []);

  const goToStage = useCallback((stage: Stage) => {
    if (stage === 'full') {
      const next = sessionStorage.getItem(NEXT_KEY);
      sessionStorage.removeItem(NEXT_KEY);
      navigate(next ?? '/', { replace: true });
    } else {
      navigate(STAGE_PATHS[stage], { replace: true });
    }
  }, []);

  const endLocally = useCallback((flash?: string) => {
    ended.current = true;
    setCsrfToken('');
    // Nothing one user loaded stays in memory for the next one.
    queryClient.clear();
    setState({ status: 'anonymous' });
    navigate('/signin', { replace: true, flash });
  }, []);

  const signOut = useCallback(
    async (flash?: string) => {
      ended.current = true;
      try {
        await api.post('/api/auth/logout', {}, { noRedirect: true });
      } catch {
        // Signed out already, or the server is gone: either way forget the session here.
      }
      endLocally(flash ?? 'signedOut');
    },
    [endLocally],
  );

  useEffect(() => {
    setUnauthorizedHandler((kind) => {
      if (ended.current) return;
      if (kind === 'step') {
        void refresh().then((s) => (s ? goToStage(s.stage) : endLocally()));
      } else {
        rememberNext(location.pathname + location.search);
        endLocally();
      }
    });
    refresh().catch(() => setState({ status: 'anonymous' }));
  }, [refresh, goToStage, endLocally]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      session: state.status === 'ready' ? state.session : null,
      refresh,
      goToStage,
      signOut,
      endLocally,
    }),
    [state, refresh, goToStage, signOut, endLocally],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionApi {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

export function stagePath(stage: Stage): string {
  return STAGE_PATHS[stage];
}
