/** Committees (委員会): purpose, duties, chair, secretariat and the member table (〃 resolved). */
import type { ClauseNode, Committee, CommitteeMemberTable } from '../types.ts';
import { flatten } from './clauses.ts';
import { splitSentences, stripParens } from './sentences.ts';

const DITTO = /^(?:〃|同上|同|″|々)$/;

/** Replaces ditto marks (〃, 同上) with the value of the same column in the row above. */
export function resolveDitto(rows: string[][]): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    out.push(row.map((cell, i) => (DITTO.test(cell.trim()) && prev ? (prev[i] ?? cell) : cell)));
  }
  return out;
}

function memberTable(tree: ClauseNode[], sentence: string): CommitteeMemberTable | undefined {
  const ref = /(別表|別記)(第?[0-9一二三四五六七八九十]+)?に掲げる/.exec(sentence);
  if (!ref) return undefined;
  const label = ref[1] + (ref[2] ?? '');
  const node = tree.find((n) => n.style === 'appendix' && n.label.startsWith(label) && n.tables?.length);
  const table = node?.tables?.[0];
  if (!node || !table || table.length < 2) return undefined;
  return { path: node.path, columns: table[0], rows: resolveDitto(table.slice(1)) };
}

/** Finds committees set up by the text (…委員会を置く / a committee heading). */
export function findCommittees(tree: ClauseNode[]): Committee[] {
  const out: Committee[] = [];
  for (const node of flatten(tree)) {
    const first = splitSentences(node.text)[0] ?? '';
    const m = /(?:、|^)([^、。]*?委員会)(?:\(以下「([^」]+)」という。\))?を置く/.exec(first);
    const headed = node.title && /委員会$/.test(node.title) ? node.title : null;
    if (!m && !headed) continue;
    const name = stripParens(m?.[1] ?? headed ?? '').replace(/^.*ため、?/, '');
    if (out.some((c) => c.name === name)) continue;
    const alias = m?.[2];
    const c: Committee = { name, path: node.path, duties: [], ...(alias ? { alias } : {}) };
    const purpose = /^(.+?)ため、/.exec(first);
    if (purpose) c.purpose = purpose[1];
    const names = [name, ...(alias ? [alias] : [])].join('|');
    for (const n of flatten([node])) {
      for (const s of splitSentences(n.text)) {
        if (new RegExp(`(?:${names})は、次の事務を所掌`).test(s) && n.list) c.duties.push(...n.list);
        const chair = new RegExp(`(?:${names})に(委員長|会長|座長)を置き、(.+?)をもって充て`).exec(s);
        if (chair) c.chair = { title: chair[1], post: chair[2] };
        const sec = new RegExp(`(?:${names})の(?:事務局|庶務)は、(.+?)(?:において|で|が)(?:行|処理|置)`).exec(
          s,
        );
        if (sec) c.secretariat = sec[1];
        const members = memberTable(tree, s);
        if (members) c.members = members;
      }
    }
    out.push(c);
  }
  return out;
}
