/**
 * Roles and the posts that fill them. Role names carry no rank by themselves (the same title is
 * the top officer in one body and second tier in another), so only the text decides: who is
 * appointed to what (XをYとする, Yを置き、Xをもって充てる), who designates whom, and role headings.
 */
import type { ClauseNode, Role } from '../types.ts';
import { flatten } from './clauses.ts';
import { splitSentences, stripParens } from './sentences.ts';

/** Words a role name ends with; committees (委員会) and their chairs are handled elsewhere. */
export const ROLE_SUFFIX =
  '(?:責任者|管理者|担当者|アドバイザー|アドバイザ|推進員|統括者|監査人|CISO|CIO|CSIRT)';
const ROLE_AT_END = new RegExp(`^[^、。]{0,30}?${ROLE_SUFFIX}(?:\\([^()]{1,8}\\))?$`);

interface Draft extends Role {
  order: number;
}

/** The role noun at the end of a phrase: `…責任を有する情報セキュリティ管理者` → `情報セキュリティ管理者`. */
function roleAtEnd(phrase: string): string | null {
  // A role name is a run of kanji, katakana and Latin letters (plus a post in brackets).
  const tail = /[\u4e00-\u9fffァ-ヴーA-Za-z]+(?:\([^()]{1,8}\))?$/.exec(phrase.trim())?.[0] ?? '';
  return ROLE_AT_END.test(tail) ? tail : null;
}

function isPost(text: string): boolean {
  return /(?:長|職員|者|理事|参事|主幹|監|官)$/.test(text) && text.length <= 60;
}

function perUnitOf(sentence: string): string | undefined {
  const m = /(課|部|局|係|室|所属|支所)(?:\([^()]*\))?に[^。]*?を置/.exec(sentence);
  return m ? m[1] : undefined;
}

/** Finds roles defined in the text, in order of definition. */
export function findRoles(tree: ClauseNode[]): Role[] {
  const drafts = new Map<string, Draft>();
  const aliasOf = new Map<string, string>();
  let order = 0;
  const upsert = (name: string, path: string, patch: Partial<Role> = {}): Draft => {
    const key = aliasOf.get(name) ?? name;
    let role = drafts.get(key);
    if (!role) {
      role = { name: key, path, order: order++ };
      drafts.set(key, role);
    }
    for (const [k, v] of Object.entries(patch))
      if (v !== undefined && (role as never)[k] === undefined)
        (role as never as Record<string, unknown>)[k] = v;
    return role;
  };

  for (const node of flatten(tree)) {
    // A heading that is a role name, possibly with its short name: 最高情報セキュリティ責任者(CISO:…、以下「CISO」という。)
    const title = node.title ?? '';
    const short = /以下「([^」]+)」という/.exec(title);
    const bare = stripParens(title.replace(/\(([^()]{1,8})\)$/, '⟨$1⟩')).replace(/⟨([^⟩]*)⟩$/, '($1)');
    if (title && ROLE_AT_END.test(bare) && !/及び|又は|、/.test(bare)) {
      if (short) {
        aliasOf.set(bare, short[1]);
        upsert(short[1], node.path, { aliases: [bare] });
      } else {
        upsert(bare, node.path);
      }
    }
    for (const s of splitSentences(node.text)) {
      let m = /^(.+?)を([^、。を]+?)とする。?$/.exec(s);
      if (m && isPost(m[1]) && roleAtEnd(m[2]) === m[2]) {
        upsert(m[2], node.path, { post: m[1] });
        continue;
      }
      m = /^(.+?)を置き、(.+?)をもって充て/.exec(s);
      if (m) {
        const name = roleAtEnd(m[1]);
        if (name) upsert(name, node.path, { post: m[2], perUnit: perUnitOf(s) });
        continue;
      }
      m = /^([^、。]+?)(?:は|には)、(.+?)をもって充て/.exec(s);
      if (m && roleAtEnd(m[1]) === m[1]) {
        const appointer = /^(.+)が(?:指名|任命|指定)する/.exec(m[2]);
        // 「…課の長が指名する職員をもって充て」: an appointment, not a post (充て職).
        upsert(m[1], node.path, appointer ? { appointedBy: appointer[1] } : { post: m[2] });
        continue;
      }
      m = /^([^、。]+?)は、(?:[^。]*?、)?([^、。]+?)を([^、。を]+?)として置/.exec(s);
      if (m && roleAtEnd(m[3]) === m[3]) {
        upsert(m[3], node.path, { appointedBy: m[1], ...(/必要に応じ/.test(s) ? { optional: true } : {}) });
        continue;
      }
      m = /^([^、。]+?)は、([^、。]+?)を(?:指名|任命|指定)する。?$/.exec(s);
      if (m && roleAtEnd(m[2]) === m[2]) {
        upsert(m[2], node.path, { appointedBy: m[1] });
        continue;
      }
      m = /^(.*?)([^、。]+?)を置く。?$/.exec(s);
      if (m) {
        const name = roleAtEnd(m[2]);
        if (name)
          upsert(name, node.path, {
            perUnit: perUnitOf(s),
            ...(/必要に応じ/.test(s) ? { optional: true } : {}),
          });
      }
    }
  }
  const roles = [...drafts.values()].sort((a, b) => a.order - b.order);
  // An appointer written as a post (課の長) or an alias resolves to the role that post fills.
  for (const r of roles) {
    if (!r.appointedBy) continue;
    const by = r.appointedBy;
    const match =
      roles.find((o) => o.name === by || o.aliases?.includes(by)) ??
      roles.find((o) => o !== r && o.post !== undefined && by.endsWith(o.post));
    if (match) r.appointedBy = match.name;
  }
  return roles.map(({ order: _order, ...role }) => role);
}

/** Sentences of the defining clause whose subject is the role (its duties), appointments excluded. */
export function attachDuties(roles: Role[], tree: ClauseNode[]): void {
  const byPath = new Map(flatten(tree).map((n) => [n.path, n] as const));
  for (const role of roles) {
    const node = byPath.get(role.path);
    if (!node) continue;
    const scope = node.title && node.children.length > 0 ? flatten([node]) : [node, ...node.children];
    const names = [role.name, ...(role.aliases ?? [])];
    const duties: string[] = [];
    for (const n of scope) {
      for (const s of splitSentences(n.text)) {
        if (!names.some((name) => s.startsWith(`${name}は、`))) continue;
        if (/をもって充て/.test(s) || /^[^、。]+を[^、。を]+とする。?$/.test(s)) continue;
        duties.push(s);
      }
    }
    if (duties.length > 0) role.duties = duties;
  }
}
