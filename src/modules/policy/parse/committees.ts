/**
 * Committees (委員会): purpose, duties, chair (委員長), vice-chair (副委員長), members (委員),
 * secretariat (事務局・庶務) and the member table of a 別表 (〃 resolved) — each read once, in
 * whichever wording the text uses.
 */
import type { ClauseNode, Committee, CommitteeMemberTable } from '../types.ts';
import { flatten } from './clauses.ts';
import { splitNames, splitSentences, stripParens } from './sentences.ts';

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

function appendixTable(tree: ClauseNode[], sentence: string): ClauseNode | undefined {
  const ref = /(別表|別記)(第?[0-9一二三四五六七八九十]+)?に掲げる/.exec(sentence);
  if (!ref) return undefined;
  const label = ref[1] + (ref[2] ?? '');
  return tree.find((n) => n.style === 'appendix' && n.label.startsWith(label) && n.tables?.length);
}

function memberTable(node: ClauseNode | undefined): CommitteeMemberTable | undefined {
  const table = node?.tables?.[0];
  if (!node || !table || table.length < 2) return undefined;
  return { path: node.path, columns: table[0], rows: resolveDitto(table.slice(1)) };
}

const CHAIR = '(委員長|会長|座長|議長)';
const VICE = '(副委員長|副会長|副座長)';

/** A post or role as the text names it, without 「の職にある者」 and the like. */
function who(text: string): string {
  return stripParens(text)
    .replace(/(?:の職にある者|の職にある職員|である者|の者)$/, '')
    .trim();
}

/** Reads chair, vice-chair, members and secretariat from one sentence of the committee's clauses. */
function readSentence(c: Committee, s: string, names: string, tree: ClauseNode[]): void {
  const set = (key: 'chair' | 'viceChair', title: string, post: string) => {
    if (!c[key]) c[key] = { title, post: who(post) };
  };
  let m = new RegExp(`(?:${names})に${CHAIR}を置き、(.+?)をもって充て`).exec(s);
  if (m) set('chair', m[1], m[2]);
  m = new RegExp(`(?:${names})に${VICE}を置き、(.+?)をもって充て`).exec(s);
  if (m) set('viceChair', m[1], m[2]);
  for (const [re, key] of [
    [new RegExp(`(?:^|、)${VICE}は、(.+?)(?:をもって充て|とする)`), 'viceChair'],
    [new RegExp(`(?:^|、)${CHAIR}は、(.+?)(?:をもって充て|とする)`), 'chair'],
  ] as const) {
    m = re.exec(s);
    if (m && !/互選/.test(m[2])) set(key, m[1], m[2]);
  }
  // 「委員会は、CISOを委員長とし、統括…及び課長等をもって組織する。」
  m = new RegExp(`(?:${names})は、(.+?)を${CHAIR}とし、(?:(.+?)を${VICE}とし、)?(.+?)をもって組織する`).exec(
    s,
  );
  if (m) {
    set('chair', m[2], m[1]);
    if (m[3]) set('viceChair', m[4], m[3]);
    c.memberNames ??= splitNames(m[5]).map(who);
  }
  m = /(?:^|、)委員は、(.+?)(?:をもって充て|とする|の中から)/.exec(s);
  if (m && !c.memberNames && !/別表|別記/.test(m[1])) c.memberNames = splitNames(m[1]).map(who);
  m = new RegExp(`(?:${names})は、(.+?)(?:をもって|で)(?:組織|構成)する`).exec(s);
  if (m && !c.memberNames && !/別表|別記|委員長/.test(m[1])) c.memberNames = splitNames(m[1]).map(who);
  m = new RegExp(`(?:${names})の(?:事務局|庶務)は、(.+?)(?:において|で|が|に)(?:行|処理|置)`).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  m = new RegExp(`(?:${names})の(?:事務局|庶務)は、([^、。]+?)(?:とする|が担当する)`).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  m = new RegExp(`(?:${names})に事務局を置き、(.+?)(?:をもって充て|とする)`).exec(s);
  if (m && !c.secretariat) c.secretariat = m[1];
  const appendix = appendixTable(tree, s);
  if (appendix && !c.members) {
    c.members = memberTable(appendix);
    rosterRoles(c, c.members);
  }
}

/** A roster 別表 (委員長 | 副市長 / 委員 | 各部長): the chair, vice-chair and members by their rows. */
function rosterRoles(c: Committee, table: CommitteeMemberTable | undefined): void {
  if (!table) return;
  const rows = [table.columns, ...table.rows];
  const members: string[] = [];
  for (const row of rows) {
    const [head, ...rest] = row.map((x) => x.trim());
    const value = rest.filter((x) => x !== '').join('');
    if (!value) continue;
    if (new RegExp(`^${VICE}$`).test(head)) c.viceChair ??= { title: head, post: who(value) };
    else if (new RegExp(`^${CHAIR}$`).test(head)) c.chair ??= { title: head, post: who(value) };
    else if (/^委員$/.test(head)) members.push(...splitNames(value).map(who));
  }
  if (members.length > 0 && !c.memberNames) c.memberNames = members;
}

/**
 * The committee's clause and the clauses after it that still speak of it: 「(委員長) 第7条 委員長は、…」,
 * 「(庶務)」, 「(会議)」 — up to the first sibling with another title.
 */
function scopeOf(node: ClauseNode, siblings: ClauseNode[]): ClauseNode[] {
  const scope = [node];
  for (const n of siblings.slice(siblings.indexOf(node) + 1)) {
    if (n.title !== undefined && !/委員|事務局|会議|庶務|幹事|部会/.test(n.title)) break;
    if (/委員会を置く/.test(n.text)) break;
    scope.push(n);
  }
  return scope;
}

/** Finds committees set up by the text (…委員会を置く / a committee heading). */
export function findCommittees(tree: ClauseNode[]): Committee[] {
  const out: Committee[] = [];
  const parentOf = new Map<ClauseNode, ClauseNode[]>();
  const index = (list: ClauseNode[]) => {
    for (const n of list) {
      parentOf.set(n, list);
      index(n.children);
    }
  };
  index(tree);
  for (const node of flatten(tree)) {
    const first = splitSentences(node.text)[0] ?? '';
    const m = /(?:、|^)([^、。]*?委員会)(?:\(以下「([^」]+)」という。\))?を置く/.exec(first);
    const headed = node.title && /委員会$/.test(node.title) ? node.title : null;
    if (!m && !headed) continue;
    const name = stripParens(m?.[1] ?? headed ?? '').replace(/^.*(?:ため、?|に、)/, '');
    if (out.some((c) => c.name === name)) continue;
    const alias = m?.[2];
    const c: Committee = { name, path: node.path, duties: [], ...(alias ? { alias } : {}) };
    const purpose = /^(.+?)ため、/.exec(first);
    if (purpose) c.purpose = purpose[1];
    const names = [name, ...(alias ? [alias] : []), '委員会'].join('|');
    for (const n of flatten(scopeOf(node, parentOf.get(node) ?? []))) {
      for (const s of splitSentences(n.text)) {
        if (
          new RegExp(`(?:${names})は、次の(?:事務|事項)を所掌|次に掲げる(?:事項|事務)を(?:審議|所掌)`).test(
            s,
          ) &&
          n.list
        )
          c.duties.push(...n.list);
        readSentence(c, s, names, tree);
      }
    }
    out.push(c);
  }
  return out;
}
