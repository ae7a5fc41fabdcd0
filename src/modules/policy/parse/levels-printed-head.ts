/**
 * The first word of an item as the document prints it. Reading the text joins words a space kept apart where
 * no space follows the item's label (「③施設制御系　…」「ア秘密情報　…」 read as 「施設制御系…」「秘密情報…」): the
 * original line still has the space, so the word is the longest start of the text that ends one of its words.
 */
import type { ClauseNode } from '../types.ts';

export function printedHead(item: ClauseNode): string | null {
  const words = item.original.normalize('NFKC').trim().split(/\s+/).slice(0, 3);
  const text = item.text;
  for (const word of words) {
    for (let k = Math.min(word.length, text.length - 1); k >= 1; k--) {
      const start = text.slice(0, k);
      if (word.endsWith(start)) return start;
    }
  }
  return null;
}
