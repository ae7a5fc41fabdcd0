/**
 * The sign-in stage machine (pure rules; `sign-in-steps.ts` applies them to session rows).
 *
 * A session is in one stage. Only `full` reaches the application; the other stages each wait for one
 * step, and only that step moves the session on:
 *
 * | stage             | waits for                                   | step               |
 * |-------------------|---------------------------------------------|--------------------|
 * | `mfa`             | a second factor (TOTP, recovery code, key)   | `factor_verified`  |
 * | `password_change` | a new password replacing a temporary one     | `password_changed` |
 * | `enroll`          | a first second factor (TOTP or key)          | `factor_enrolled`  |
 * | `full`            | nothing                                      | —                  |
 *
 * The next stage always follows from three facts: whether this session has proved a second factor,
 * whether the account has one, and whether its password must be changed (`stageOf`). A step is refused
 * in any other stage (`stepAllowed`), so no route can skip one: changing the password while the second
 * factor is pending is refused, not counted as the factor.
 *
 * Routes declare the stages they serve with `access.stage(...)` (`src/http/route.ts`); `access.signedIn`
 * and `access.fn(...)` mean `full`. A sign-in method (password, a directory) starts a session with
 * `startSignedInSession` and a factor route moves it with `advanceStage` (both in `sign-in-steps.ts`).
 */
import type { AuthContext } from '../../http/auth-context.ts';

export type Stage = AuthContext['stage'];

/** Every stage, in the order a first sign-in meets them at most. */
export const STAGES: readonly Stage[] = ['mfa', 'password_change', 'enroll', 'full'];

/** The stages of a sign-in still in progress (everything but `full`). */
export const PARTIAL_STAGES: readonly Stage[] = ['mfa', 'password_change', 'enroll'];

/** What moves a session on: the one proof its stage waits for. */
export type Step = 'factor_verified' | 'password_changed' | 'factor_enrolled';

/** The facts the next stage follows from. */
export interface StageFacts {
  /** This session has verified or enrolled a second factor. */
  factorProven: boolean;
  /** The account has a confirmed second factor. */
  hasFactor: boolean;
  /** The account's password is temporary and must be replaced. */
  mustChange: boolean;
}

/**
 * The stage a session is in, given the facts. With a factor: second factor → (forced change) → full.
 * Without one (first sign-in): forced change → enrol a factor → full.
 */
export function stageOf(f: StageFacts): Stage {
  if (f.hasFactor && !f.factorProven) return 'mfa';
  if (f.mustChange) return 'password_change';
  if (!f.factorProven) return 'enroll';
  return 'full';
}

/** The step each stage waits for. */
export const STEP_OF_STAGE: Record<Exclude<Stage, 'full'>, Step> = {
  mfa: 'factor_verified',
  password_change: 'password_changed',
  enroll: 'factor_enrolled',
};

/**
 * Whether a step may move a session in this stage on. `full` sessions may change their password or
 * add a factor (with re-authentication), but that moves nothing.
 */
export function stepAllowed(stage: Stage, step: Step): boolean {
  if (stage === 'full') return step !== 'factor_verified';
  return STEP_OF_STAGE[stage] === step;
}
