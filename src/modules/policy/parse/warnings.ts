/** Problems found while reading a policy; they become `warnings` of the analysis. */
import type { RawNode } from './tree.ts';

export interface Issue {
  code: string;
  /** Japanese, shown to the user */
  message: string;
  node?: RawNode;
  path?: string;
}
