/** Records one correction of a version; the version's reading, corrections and proposals reload after it. */
import { useMutate } from '../../../api/query.ts';
import { addCorrection, type Correction, type CorrectionKind, versionPath } from './api.ts';

export function useCorrect(versionId: string, onDone: () => void) {
  return useMutate((body: Record<string, unknown>) => addCorrection(versionId, body), {
    invalidate: [versionPath(versionId)],
    onDone,
  });
}

/** What every correction panel is given: the version, the corrections made so far, what to do after one. */
export interface FixProps {
  versionId: string;
  corrections: Correction[];
  onSaved: () => void;
}

/**
 * A panel's change of one kind (`close` empties its form, then the version reloads) and what of that kind is
 * corrected already, named by `keyOf` (the correction's target unless said otherwise).
 */
export function useFix(
  { versionId, corrections, onSaved }: FixProps,
  kind: CorrectionKind,
  close: () => void,
  keyOf: (c: Correction) => string | null = (c) => c.target,
) {
  const save = useCorrect(versionId, () => {
    close();
    onSaved();
  });
  const fixed = new Set(corrections.filter((c) => c.kind === kind && c.applied).map(keyOf));
  return { save, fixed };
}
