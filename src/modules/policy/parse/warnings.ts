/** Problems found while reading a policy; they become `warnings` of the analysis. */
import { warningText } from '../warning-messages.ts';
import type { RawNode } from './tree.ts';

export interface Issue {
  code: string;
  /** Message key of its words (`warning-messages.ts`), with `params` for its placeholders. */
  key?: string;
  params?: Record<string, string | number>;
  /** Japanese words of it, for the command-line tools; the API says `key` in the reader's language */
  message: string;
  node?: RawNode;
  path?: string;
}

/** An issue of `code`, said by message `key` (by default `policy.warning.<code without policy.>`). */
export function makeIssue(
  code: string,
  params: Record<string, string | number>,
  more: { key?: string; node?: RawNode; path?: string } = {},
): Issue {
  const { key = `policy.warning.${code.replace(/^policy\./, '')}`, ...rest } = more;
  return { code, key, params, message: warningText(key, params), ...rest };
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
