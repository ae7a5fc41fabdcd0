/** Who may read which policy document (R-I6): public → anyone signed in; staff → policy.read; restricted → policy.manage. */
import type { AuthContext } from '../../http/auth-context.ts';
import { forbidden } from '../../http/errors.ts';
import type { PolicyVisibility } from './tables.ts';

/** The function a document's visibility asks for, or null when any signed-in person may read it. */
export function functionToRead(visibility: PolicyVisibility): string | null {
  if (visibility === 'public') return null;
  if (visibility === 'staff') return 'policy.read';
  return 'policy.manage';
}

/** True when the user may read a document of this visibility (managers read everything). */
export function canRead(auth: Pick<AuthContext, 'functions'>, visibility: PolicyVisibility): boolean {
  if (auth.functions.has('policy.manage')) return true;
  const fn = functionToRead(visibility);
  return fn === null || auth.functions.has(fn);
}

/** The visibilities the user may list. */
export function readableVisibilities(auth: Pick<AuthContext, 'functions'>): PolicyVisibility[] {
  return (['public', 'staff', 'restricted'] as const).filter((v) => canRead(auth, v));
}

/** Throws 403 naming the function a document needs when the user lacks it. */
export function assertCanRead(auth: AuthContext, visibility: PolicyVisibility): void {
  if (!canRead(auth, visibility)) throw forbidden(functionToRead(visibility) ?? 'policy.read');
}
