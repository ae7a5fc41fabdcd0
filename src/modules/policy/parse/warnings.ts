/** Problems found while reading a policy; they become `warnings` of the analysis. */
import type { RawNode } from './tree.ts';

export interface Issue {
  code: string;
  /** Japanese, shown to the user */
  message: string;
  node?: RawNode;
  path?: string;
}

/** Line number (1-based) of an offset of the original text. */
export function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
