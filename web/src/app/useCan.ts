/** What the signed-in user may do: role functions from the session (never role names). */
import { useSession } from './session.tsx';

export interface Can {
  /** True when the user holds at least one of the functions (none given: any signed-in user). */
  (...fns: string[]): boolean;
  isSystemAdmin: boolean;
}

export function useCan(): Can {
  const { session } = useSession();
  const have = new Set(session?.functions ?? []);
  const can = ((...fns: string[]) => fns.length === 0 || fns.some((f) => have.has(f))) as Can;
  can.isSystemAdmin = session?.isSystemAdmin ?? false;
  return can;
}
