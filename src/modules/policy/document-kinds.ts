import { DOCUMENT_KIND_WORDS } from './policy-patterns.ts';

export { DOCUMENT_KIND_WORDS };

/**
 * Kinds of policy document, stored as codes and said in the reader's language (the screens' texts):
 * 基本方針 (basic policy), 対策基準 (standards) and 実施手順 (procedures).
 */
export const DOCUMENT_KINDS = ['basic_policy', 'standards', 'procedures'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The code of a kind named by its Japanese word; a code or any other value as it is. */
export function documentKindCode(value: string): string {
  return DOCUMENT_KIND_WORDS.find(([word]) => word === value)?.[1] ?? value;
}
