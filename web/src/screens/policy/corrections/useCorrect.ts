/** Records one correction of a version; the version's reading, corrections and proposals reload after it. */
import { useMutate } from '../../../api/query.ts';
import { addCorrection, versionPath } from './api.ts';

export function useCorrect(versionId: string, onDone: () => void) {
  return useMutate((body: Record<string, unknown>) => addCorrection(versionId, body), {
    invalidate: [versionPath(versionId)],
    onDone,
  });
}
