/**
 * 系 listed as the items or the table rows below a sentence that divides the network into them: 「ネットワークは、
 * 次の３系統に区分する。」 over 「ア　医療情報系　…ネットワーク」, or 「次の表のとおり分離する」 over a table whose
 * first column names each 系. Each is a segment, whether or not the 三層の対策 names it.
 */
import type { ClauseNode } from '../types.ts';
import { flatten } from './clauses.ts';
import { printedHead } from './levels-printed-head.ts';

/** A sentence that divides the network (or the systems) into what follows. */
const DIVIDES = /(?:ネットワーク|システム)[^。]*は、[^。]*次[^。]*?(?:区分|分割|分離)(?:する|し)/;
/** An item's or a row's first word that names a 系 (医療情報系, 監視制御系ネットワーク). */
const NAME = /^([\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系)(?:ネットワーク)?$/;

/**
 * The first word of an item: its title, or its text up to the first space or colon, or where the printed line
 * has a space the text lost (「③施設制御系　…」).
 */
const head = (c: ClauseNode) => {
  if (c.title !== undefined) return c.title.trim();
  const word = c.text.split(/[\s:：]/)[0].trim();
  return NAME.test(word) ? word : (printedHead(c) ?? word);
};

/** The 系 the items or rows below a dividing sentence name, with the index of the clause that lists them. */
export function itemSegments(tree: ClauseNode[]): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  flatten(tree).forEach((n, at) => {
    if (!n.text.includes('次') || !DIVIDES.test(n.text)) return;
    const firsts = [
      ...n.children.map(head),
      ...(n.tables ?? []).flatMap((t) => t.slice(1).map((r) => r[0]?.trim() ?? '')),
    ];
    const names = firsts.map((f) => NAME.exec(f)?.[1]).filter((x): x is string => !!x);
    if (names.length < 2) return;
    for (const name of names) if (!out.some((s) => s.name === name)) out.push({ name, at });
  });
  return out;
}
