import { useCallback } from 'react';
import { useInvalidate } from '../../api/query.ts';
import { navigate } from '../../app/router.tsx';
import { SETUP_READS, type StepKey } from './api.ts';

/**
 * After a step's change: read the body's state again and open the next step not done — after `from`
 * when given (a step left for someone else to finish, e.g. approving roles after the hand-over).
 */
export function useStepDone(): (from?: StepKey) => Promise<void> {
  const invalidate = useInvalidate();
  return useCallback(
    async (from?: StepKey) => {
      await invalidate(...SETUP_READS);
      navigate(from ? `/setup?after=${from}` : '/setup');
      window.scrollTo(0, 0);
    },
    [invalidate],
  );
}
