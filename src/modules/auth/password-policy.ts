import type { OrgSettings } from '../org/index.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/** Why a password is refused: message keys, each a rule of the organization's policy. */
export type PasswordProblem =
  | 'password.too_short'
  | 'password.needs_upper'
  | 'password.needs_lower'
  | 'password.needs_digit'
  | 'password.needs_symbol'
  | 'password.contains_login_id'
  | 'password.common'
  | 'password.same_as_current';

/** Checks a new password against the organization's policy (seed 001 5.(4)②: long and mixed). */
export function checkPassword(
  password: string,
  policy: OrgSettings['password'],
  loginId: string,
): PasswordProblem[] {
  const out: PasswordProblem[] = [];
  if ([...password].length < policy.minLength) out.push('password.too_short');
  if (policy.requireUpper && !/[A-Z]/.test(password)) out.push('password.needs_upper');
  if (policy.requireLower && !/[a-z]/.test(password)) out.push('password.needs_lower');
  if (policy.requireDigit && !/[0-9]/.test(password)) out.push('password.needs_digit');
  if (policy.requireSymbol && !/[^A-Za-z0-9]/.test(password)) out.push('password.needs_symbol');
  const lower = password.toLowerCase();
  if (loginId.length >= 3 && lower.includes(loginId.toLowerCase())) out.push('password.contains_login_id');
  const core = lower.replace(/[^a-z]/g, '');
  if (COMMON_PASSWORDS.has(lower) || (core.length >= 6 && COMMON_PASSWORDS.has(core)))
    out.push('password.common');
  return out;
}
