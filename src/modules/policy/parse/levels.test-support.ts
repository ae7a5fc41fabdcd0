/** The classification scheme an analysis proposes, as [axis, level names from the top] pairs, for tests. */
import { analyzePolicy } from '../analyze.ts';
import { levelName } from './classification.ts';

export const scheme = (text: string) => {
  const c = analyzePolicy(text).classification;
  return (c?.axes ?? []).map((axis) => [
    axis,
    (c?.levels ?? [])
      .filter((l) => l.axis === axis)
      .sort((a, b) => a.rank - b.rank)
      .map((l) => levelName(l)),
  ]);
};
