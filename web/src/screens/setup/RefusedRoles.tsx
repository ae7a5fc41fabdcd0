import { fmt, useT } from '../../i18n/index.tsx';
import { setupTexts } from './texts.ts';
import type { Refusal } from './useAssignRoles.ts';

/**
 * The roles the caller could not give, why, and who gives them instead: announced, and left on screen;
 * `inStep`: on the set-up's roles step, which names its button to go on.
 */
export function RefusedRoles({ refusal, inStep }: { refusal: Refusal | null; inStep?: boolean }) {
  const s = useT(setupTexts);
  return (
    <div role="alert" aria-atomic="true">
      {refusal && (
        <div className="alert alert--error" data-testid="roles-refused">
          <p className="alert__title">{fmt(s.rolesRefused, { roles: refusal.roles.join('、') })}</p>
          {refusal.message && <p>{refusal.message}</p>}
          <p>
            {s.rolesRefusedNext}
            {inStep && ` ${s.rolesRefusedGoOn}`}
          </p>
        </div>
      )}
    </div>
  );
}
