/**
 * Roles and the posts that fill them. Role names carry no rank by themselves (the same title is
 * the top officer in one body and second tier in another), so only the text decides: every form
 * of appointment (Xを置き、Yをもって充てる / Xは、Yをもって充てる / YをXとする / Zは、Xを指名する /
 * a 別表 of roles and posts), role headings, and the short names the text gives them
 * (以下「CISO」という).
 */
import type { ClauseNode, Role } from '../types.ts';
import { appointments } from './appointments.ts';
import { filling, inOfficeWords, isPost } from './appointments-posts.ts';
import { flatten } from './clauses.ts';
import { headFromPosts, officeHeadings, rolesFromPosts } from './posts.ts';
import { collectivePost } from './posts-collective.ts';
import { appointedRole, isRoleName, roleAtEnd } from './role-names.ts';
import { escapeRe, splitNames, splitSentences, stripParens } from './sentences.ts';

export { isRoleName, ROLE_SUFFIX } from './role-names.ts';

interface Draft extends Role {
  order: number;
}

/**
 * Short names the sentence gives: `最高情報セキュリティ責任者(以下「CISO」という。)` → [name, CISO];
 * `CISO(最高情報セキュリティ責任者、Chief Information Security Officer。以下「CISO」という。)` → the full name inside.
 */
function aliasesIn(sentence: string): [string, string][] {
  const out: [string, string][] = [];
  // 「最高情報セキュリティ責任者（CISO）は」「…（CIO：Chief Information Officer）を置き」: an acronym after the role.
  // Each bracketed acronym is found first and the words before it read back, in one pass over the sentence.
  if (sentence.includes('('))
    for (const m of sentence.matchAll(/\((副?[A-Z]{2,6})(?:[:：][^()]*)?\)/g)) {
      const words = /[^\s、。「」()]+$/.exec(sentence.slice(0, m.index));
      const before = words && roleAtEnd(words[0]);
      if (before && before !== m[1]) out.push([before, m[1]]);
    }
  if (!sentence.includes('「')) return out;
  // 「以下単に「Y」という」「以下この規程において「Y」という」「以下「Y」と略称する」: the same short name.
  for (const m of sentence.matchAll(
    /([^\s、。「」()]+?)\(([^()]*?)以下(?:、|単に|この[^「」()]{1,12}(?:において|では)、?)?「([^」]+)」と(?:いう|略称する|称する|総称する|する)。?\)/g,
  )) {
    const before = roleAtEnd(stripParens(m[1]));
    const inner = roleAtEnd(m[2].split(/[、。:：,]/)[0].trim());
    const short = m[3];
    // 「…に従事する派遣労働者（以下「職員」という。）」: the people a staff term gathers, not a role.
    if (/(?:職員|従業員|従事者)等?$/.test(short)) continue;
    if (before && before !== short) out.push([before, short]);
    else if (inner && inner !== short) out.push([inner, short]);
  }
  // 「XをYと、ZをWという。」「Xを以下「Y」という。」: short names given outside brackets, one or several per sentence.
  if (/を(?:以下)?「[^」]+」と(?:、|いう)/.test(sentence))
    for (const m of sentence.matchAll(/([^\s、。「」()]+?)を(?:以下)?「([^」]+)」と(?=、|いう)/g)) {
      const before = roleAtEnd(stripParens(m[1]));
      if (before && before !== m[2] && !/(?:職員|従業員|従事者)等?$/.test(m[2])) out.push([before, m[2]]);
    }
  return out;
}

/**
 * 「当該組織の長（以下「部長等」という。）をもって充てる」: an office given a short name that is an office too is
 * written by that short name, the one the rest of the text uses.
 */
function shortPost(sentence: string, abbreviated: Map<string, string>): string {
  if (!sentence.includes('以下「')) return sentence;
  // 「副管理者のうち専任の者（以下「専任副管理者」という。）をもって充てる」: some of an office's holders, given a short name
  // that is the office qualified, are written by that name.
  const some = sentence.includes('のうち')
    ? sentence.replace(
        /([\u4e00-\u9fff]{2,})のうち[^、。()「」]*?の?者\(以下「([\u4e00-\u9fff]+)」という。?\)(?=をもって|を充て)/g,
        (all, office: string, short: string) =>
          short.endsWith(office) && short.length > office.length ? short : all,
      )
    : sentence;
  if (some !== sentence) return some;
  // 「課、室及び事務局の長（以下「課長等」という。）」: the heads of units listed are one office by their short name;
  // 「本庁の課室長及び出先機関の長（以下「所属長」という。）」: so are offices listed.
  return sentence.replace(
    /((?:[\u4e00-\u9fff]{1,8}、)*[\u4e00-\u9fff]{1,8}(?:及び|並びに|又は)[\u4e00-\u9fff]{1,8}の長|(?:[\u4e00-\u9fff]+(?:の[\u4e00-\u9fff]+)*(?:、|及び|並びに|又は))*[\u4e00-\u9fff]+(?:の[\u4e00-\u9fff]+)*)\(以下「([\u4e00-\u9fff]+)」という。?\)/g,
    (all, office: string, short: string) => {
      if (!/長等?$/.test(short) || isRoleName(short) || isRoleName(office)) return all;
      const parts = splitNames(office);
      if (parts.length > 1 && parts.every((p) => isPost(p)) && !isRoleName(parts[0])) return short;
      if (!isPost(office)) return all;
      // 「議会事務局長（以下「事務局長」という。）」: an office abbreviated is still the office in full.
      if (office.endsWith(short)) abbreviated.set(office, short);
      return office.endsWith(short) ? all : short;
    },
  );
}

/** Sentences already cleaned: the readers below clean the same sentence several times. Bounded, and pure. */
const cleaned = new Map<string, string>();

/** Removes asides but keeps a short bracket that is part of a name: 情報セキュリティ責任者(次長). */
function clean(sentence: string): string {
  if (!sentence.includes('(')) return sentence;
  const known = cleaned.get(sentence);
  if (known !== undefined) return known;
  if (cleaned.size >= 4096) cleaned.clear();
  const out = withoutAsides(sentence);
  cleaned.set(sentence, out);
  return out;
}

function withoutAsides(sentence: string): string {
  let prev = '';
  let s = sentence;
  // Innermost brackets first, until none is left (a pass over a text without any changes nothing).
  while (s !== prev && s.includes('(')) {
    prev = s;
    // A post in brackets belongs to the name (情報セキュリティ責任者(次長)); an acronym (CISO, 副CISO) is a short name.
    s = s.replace(/\(([^()]*)\)/g, (_all, inner: string) =>
      inner.length <= 8 && !/[「、:以]/.test(inner) && !ACRONYM.test(inner) ? `⟨${inner}⟩` : '',
    );
  }
  return s.includes('⟨') ? s.replace(/⟨([^⟩]*)⟩/g, '($1)') : s;
}

/**
 * The columns of a 別表 of roles: the role's and the office's, as the heading row names them (「役割 | 職務 | 充てる職」,
 * 「充てる職 | 役割」); the first two where it names neither.
 */
function roleColumns(table: string[][]): [number, number] {
  const [role, post] = namedColumns(table[0] ?? []);
  // 「役職名 | 充てる者 | 役割」: where the column the heading calls the role's holds no role names (the duties), the
  // column that does is the role's.
  const names = (k: number) => table.slice(1).filter((r) => isRoleName(clean(r[k]?.trim() ?? ''))).length;
  if (table.length < 3 || names(role) * 2 >= table.length - 1) return [role, post];
  const width = Math.max(...table.map((r) => r.length));
  const other = Array.from({ length: width }, (_, k) => k).find(
    (k) => k !== post && names(k) * 2 >= table.length - 1,
  );
  return other === undefined ? [role, post] : [other, post === other ? role : post];
}

/** The heading of a column of what fills each role (「充てる職」「充てる者」). */
const FILLING_HEADING = /^(?:充てる(?:職|者|職員)|充て職)$/;
/** The heading of a 別表's column of offices (「充てる職」「職名」). */
const POST_HEADING = /^(?:充てる(?:職|者|職員)|充て職|職名|職|担当(?:する)?職|指定する職|該当する職)$/;

/** The role's and the office's columns as the heading row names them. */
function namedColumns(heading: string[]): [number, number] {
  const cells = heading.map((c) => c.replace(/\s/g, ''));
  // 「職名 | 充てる者」: the column headed as what fills the role is the offices', and 職名 then names the roles.
  const filledBy = cells.findIndex((c) => FILLING_HEADING.test(c));
  const post = filledBy >= 0 ? filledBy : cells.findIndex((c) => POST_HEADING.test(c));
  const role = cells.findIndex(
    (c, k) => /^(?:役割|役職|名称|区分|役割名|職務上の役割)$/.test(c) || (k !== post && c === '職名'),
  );
  if (post < 0 && role < 0) return [0, 1];
  if (post >= 0 && role >= 0) return [role, post];
  if (post >= 0) return [post === 0 ? 1 : 0, post];
  return [role, role === 0 ? 1 : 0];
}

/**
 * 「Xは、次に掲げる者をもって充てる。（１）各部長（２）…」: the offices listed under the sentence fill the role; the
 * first is the post, written in the sentence in place of 「次に掲げる者」.
 */
function listedOffice(sentence: string, list: string[] | undefined): string {
  if (!list || list.length === 0 || !sentence.includes('次に掲げる')) return sentence;
  const first = list[0].trim();
  if (!isPost(first) || !inOfficeWords(first) || isRoleName(first)) return sentence;
  return sentence.replace(
    /次に掲げる(?:者|職(?:にある者)?|職員)(?=をもって|を充て|のうちから|の中から)/,
    first,
  );
}

/**
 * 「統括情報セキュリティ責任者（総務部長をもって充てる。）は、…」: the office in a bracket after the role fills it; the
 * bracket may give the role its short name too (「（副知事をもって充てる。以下「ＣＩＳＯ」という。）」).
 */
function bracketPosts(sentence: string): [string, Partial<Role>][] {
  if (!sentence.includes('充てる')) return [];
  const out: [string, Partial<Role>][] = [];
  for (const m of sentence.matchAll(
    /([\u4e00-\u9fffァ-ヴーA-Za-z]+)\(([^()、。]+?)をもって(?:これに)?充てる。?(?:以下同じ。?|以下「[^」()]+」という。?)?\)/g,
  )) {
    const role = roleAtEnd(m[1]);
    const fill = filling(m[2]);
    if (role && fill.post && isPost(fill.post) && !isRoleName(fill.post) && inOfficeWords(fill.post))
      out.push([role, fill]);
  }
  return out;
}

/**
 * A 別表 cell 「課管理者が指名する主任」: an office whose holder someone picks; the cell, as the table writes it, is
 * the post. Staff picked (「…が指名する職員」) are no office.
 */
function pickedOffice(cell: string): Partial<Role> | null {
  const m = /^([^、。]+?)が(?:指名|任命|指定)する([\u4e00-\u9fff]{2,})$/.exec(cell);
  if (!m || /^(?:[\u4e00-\u9fff]{0,4}職員|教員|者)$|職員$/.test(m[2])) return null;
  return { post: cell, appointedBy: m[1] };
}

/**
 * 「…の決定は、情報セキュリティ統括監（以下「統括監」という。）が行い、統括監の職には、副知事が就く」: a clause after the
 * first that says who holds a role the text has named, as a sentence of its own with the role's name in full.
 */
function laterClauses(sentence: string, known: (written: string) => string | undefined): string[] {
  if (!sentence.includes('の職')) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(/、([\u4e00-\u9fffァ-ヴーA-Za-z]+)の職(?:は|には)、/g)) {
    const full = known(m[1]);
    if (full && m.index > 0) out.push(`${full}${sentence.slice(m.index + 1 + m[1].length)}`);
  }
  return out;
}

/** A sentence as a bulleted line writes it (「●Xは、Yをもって充て、…」), without its bullet. */
const unbulleted = (s: string) => s.replace(/^[●○■□◆◇・]\s*/, '');

/** An acronym the text adopts (CISO, 副CISO, CSIRT) becomes the role's name; other short names stay aliases. */
const ACRONYM = /^副?[A-Z]{2,6}$/;

/**
 * 「CISOは、…知識及び経験を有する者をXとして置く（委嘱する）ことができる」: someone engaged in a capacity, named by what
 * they know.
 */
const ENGAGED = /(?:知識|経験|見識)を有する(?:外部の)?(?:者|専門家)を、?([^、。を]+?)として(?:置|委嘱)/;

/** Finds roles defined in the text, in order of definition. */
export function findRoles(tree: ClauseNode[]): Role[] {
  const engaged = new Set<string>();
  const drafts = new Map<string, Draft>();
  const keyOf = new Map<string, string>();
  let order = 0;
  const upsert = (written: string, path: string, patch: Partial<Role> = {}): Draft => {
    const key = keyOf.get(written) ?? written;
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
  const alias = (name: string, short: string, path: string) => {
    const acronym = ACRONYM.test(short);
    const key = keyOf.get(name) ?? (acronym ? short : name);
    const other = key === short ? name : short;
    // A role met before its short name (a caption above the article, written in either form:
    // 「(統括責任者)」 above 「…統括責任者(以下「統括責任者」という。)を置き」) moves under the name it keeps.
    for (const written of [name, short]) {
      const earlier = drafts.get(written);
      if (!earlier || written === key) continue;
      drafts.delete(written);
      const kept = drafts.get(key);
      if (kept) {
        kept.order = Math.min(kept.order, earlier.order);
        for (const [k, v] of Object.entries(earlier)) (kept as never as Record<string, unknown>)[k] ??= v;
      } else drafts.set(key, { ...earlier, name: key });
    }
    keyOf.set(name, key);
    keyOf.set(short, key);
    const role = upsert(key, path);
    role.aliases = [...new Set([...(role.aliases ?? []), other])];
  };

  const known = (written: string) => keyOf.get(written) ?? (drafts.has(written) ? written : undefined);
  // Short names a 定義 item gives a role term, and the sentence as the term's full name would write it
  // (「推進監は、総務課長をもって充てる」 → 「情報セキュリティ推進監は、…」).
  const definedShort = new Map<string, string>();
  const fullNamed = (sentence: string) => {
    if (definedShort.size === 0) return sentence;
    const m = /^([^\s、。「」()]+?)(?=(?:の職)?(?:は|には)、)/.exec(sentence);
    const full = m ? definedShort.get(m[1]) : undefined;
    return full ? `${full}${sentence.slice(m?.[1].length)}` : sentence;
  };
  // Terms defined under 定義 (「(12) 外部委託事業者」) are not roles.
  const defined = new Set(flatten(flatten(tree).filter((n) => /定義|用語/.test(n.title ?? ''))));
  // 「X　…Yをもって充てる者をいい、以下「Z」という。」「X　Yをもって充て、…する者をいう。」: a term the
  // 定義 article defines as the holder of an office is a role, filled by that office.
  const definedRole = (node: ClauseNode) => {
    const m = /^([^\s、。「」()]+)[ \u3000]+(.+)$/.exec(node.text);
    if (!m || !isRoleName(m[1]) || roleAtEnd(m[1]) !== m[1]) return;
    const body = clean(m[2]);
    // 「X　Yを補佐し、…する者（以下「推進監」という。）をいう。」: the short name the text then appoints the role by.
    const given = /以下「([^」]+)」という/.exec(m[2]);
    if (given && given[1] !== m[1]) definedShort.set(given[1], m[1]);
    // 「X　総務部長の職にある者をいう。」「X　課長をいう。」: the term is the holder of an office.
    const filled =
      /^(?:[^。]*として)?([^。]+?)をもって(?:これに)?充て(?:る(?:者|職員)|、)/.exec(body) ??
      /^([^ぁ-ん、。]+(?:の[^ぁ-ん、。]+)*の職にある(?:者|職員))をいう。?$/.exec(body) ??
      /^([^ぁ-ん、。]+(?:の[^ぁ-ん、。]+)*)をいう。?$/.exec(body);
    if (!filled || !isPost(filling(filled[1]).post ?? '')) return;
    upsert(m[1], node.path, filling(filled[1]));
    const short = /以下「([^」]+)」という/.exec(m[2]);
    if (short && short[1] !== m[1]) alias(m[1], short[1], node.path);
  };
  // 「次のとおりとする。（１）最高情報セキュリティ責任者　副市長」: an item that is a role and the office filling it.
  const listedRole = (node: ClauseNode) => {
    if (node.number === 0 || node.children.length > 0) return;
    if (!/[ \t:.…‥]/.test(node.text)) {
      bracketedItem(node);
      return;
    }
    // 「X：Yをもって充てる。」「X（ＣＩＳＯ）……Y」「X<tab>Y」: a separator, a dotted leader, an acronym after the role.
    const m =
      /^([^\s、。「」():.…‥]+)(?:\((副?[A-Z]{2,6})\))?(?:[ \t:]+|[ .…‥・]{2,})([^\s、。「」():.…‥]+?)(?:をもって(?:これに)?充てる。?)?$/.exec(
        node.text.trim(),
      );
    if (!m || !isRoleName(m[1]) || roleAtEnd(m[1]) !== m[1] || !inOfficeWords(m[3])) return;
    const fill = filling(m[3]);
    if (!fill.post || !isPost(fill.post) || isRoleName(fill.post)) return;
    upsert(m[1], node.path, fill);
    if (m[2]) alias(m[1], m[2], node.path);
  };
  // 「（１）最高情報セキュリティ責任者（副市長）」 listed: the office in brackets fills the role, unless the text writes
  // the role with brackets elsewhere too (「情報セキュリティ責任者（次長）」「…（課長）」 are two names).
  const bracketedItem = (node: ClauseNode) => {
    const m = /^([^\s、。「」()]+)\(([^()、。]+)\)$/.exec(clean(node.text.trim()));
    if (!m || !isRoleName(m[1]) || roleAtEnd(m[1]) !== m[1] || ACRONYM.test(m[2])) return;
    const fill = filling(m[2]);
    if (!fill.post || !isPost(fill.post) || isRoleName(fill.post) || !inOfficeWords(fill.post)) return;
    body ??= flatten(tree)
      .map((n) => clean(n.text))
      .join('\n');
    if (body.split(`${m[1]}(`).length - 1 > 1) return;
    upsert(m[1], node.path, fill);
  };
  // 「（１）統括情報セキュリティ責任者（総務部長）」 over the role's duties, which the text then writes without the
  // bracket: the bracket names the office that fills the role. A name the text writes with its bracket
  // (「情報セキュリティ責任者(次長)は、」) keeps it.
  let body: string | undefined;
  const officeInHeading = (heading: string): { role: string; post: string } | null => {
    const m = /^(.+)\(([^()]+)\)$/.exec(heading);
    if (!m || !isRoleName(m[1]) || roleAtEnd(m[1]) !== m[1] || ACRONYM.test(m[2])) return null;
    const post = filling(m[2]).post;
    if (!post || !isPost(post) || isRoleName(post) || !inOfficeWords(post)) return null;
    body ??= flatten(tree)
      .map((n) => clean(n.text))
      .join('\n');
    return body.includes(heading) || !body.includes(m[1]) ? null : { role: m[1], post };
  };
  const captions = new Map<string, string>();
  // 「議会事務局長（以下「事務局長」という。）」: an office abbreviated, and the short name the text then writes it by.
  const abbreviated = new Map<string, string>();
  const heldAs = (post: string | undefined) => (post ? (abbreviated.get(post) ?? post) : post);
  const officeAt = new Map(officeHeadings(tree).map((r) => [r.path, r] as const));
  const officeRoles = new Set<string>();
  for (const node of flatten(tree)) {
    const office = defined.has(node) ? undefined : officeAt.get(node.path);
    if (office && !drafts.has(keyOf.get(office.name) ?? office.name)) {
      upsert(office.name, office.path, { post: office.post });
      for (const short of office.aliases ?? []) alias(office.name, short, office.path);
      officeRoles.add(office.name);
    }
    const title = defined.has(node) ? '' : (node.title ?? '');
    // A heading that is a role name, possibly with its short name: 最高情報セキュリティ責任者(CISO:…、以下「CISO」という。)
    const bare = clean(title);
    const heldBy = title ? officeInHeading(bare) : null;
    // 「（１）最高情報セキュリティ責任者（CISO：副町長）」: the short name and the office in one bracket.
    const both = title.includes(':')
      ? /^([^()]+)\((副?[A-Z]{2,6}):\s*([^()、。:]+)\)$/.exec(title.trim())
      : null;
    const bothPost =
      both && isRoleName(both[1]) && roleAtEnd(both[1]) === both[1] ? filling(both[3]).post : undefined;
    if (both && bothPost && isPost(bothPost) && !isRoleName(bothPost)) {
      alias(both[1], both[2], node.path);
      upsert(both[1], node.path, { post: bothPost });
    } else if (heldBy) {
      upsert(heldBy.role, node.path, { post: heldBy.post });
    } else if (title && isRoleName(bare) && !/及び|又は|、|の/.test(bare)) {
      // The short name may be a deputy's acronym: 「副最高情報セキュリティ責任者(副CISO)」.
      const short = /以下「([^」]+)」という/.exec(title) ?? /\((副?[A-Z]{2,6})\)$/.exec(title);
      if (short) alias(bare, short[1], node.path);
      else if (!drafts.has(keyOf.get(bare) ?? bare)) {
        upsert(bare, node.path);
        captions.set(bare, node.path);
      }
    }
    if (defined.has(node)) definedRole(node);
    else listedRole(node);
    for (const line of splitSentences(node.text)) {
      const raw = unbulleted(line);
      for (const [name, short] of aliasesIn(raw)) if (name !== short) alias(name, short, node.path);
      appointments(clean(shortPost(listedOffice(fullNamed(raw), node.list), abbreviated)), node.path, upsert);
      for (const tail of laterClauses(raw, known)) appointments(clean(tail), node.path, upsert);
      for (const [role, fill] of bracketPosts(raw)) upsert(role, node.path, fill);
      const expert = raw.includes('として') ? ENGAGED.exec(clean(raw)) : null;
      const engagedAs = expert ? roleAtEnd(expert[1]) : null;
      if (engagedAs) engaged.add(engagedAs);
      const together = collectivePost(raw);
      const filled = together && drafts.get(keyOf.get(together.role) ?? together.role);
      if (filled && together) filled.post = together.post;
    }
    for (const table of node.tables ?? []) {
      // 別表: 役割 | 充てる職 (| 職務), or its columns in another order where the heading row names them.
      const [at, postAt] = roleColumns(table);
      // A table whose heading row names a column of offices appoints: each row sets up a role, even one named like
      // an office (情報管理監, 情報取扱主任), and a row whose holder someone picks (「…が指名する職員」) is one too.
      const appoints = (table[0] ?? []).some((c) => POST_HEADING.test(c.replace(/\s/g, '')));
      for (const row of appoints ? table.slice(1) : table) {
        // The role's cell may give its short name (以下「…」という。).
        const name = clean(row[at]?.trim() ?? '');
        const written = clean(row[postAt]?.trim() ?? '');
        const picked = pickedOffice(written);
        const fill = written ? filling(written) : {};
        const post = picked ? picked.post : fill.post;
        const role = name && (isRoleName(name) || (appoints && appointedRole(name) === name));
        if (role && !post && appoints && fill.appointedBy) {
          upsert(name, node.path, { appointedBy: fill.appointedBy });
          continue;
        }
        // The cell is an office even where it reads like a role (副管理者), unless the table's role column has it.
        const office = post && (!isRoleName(post) || !table.some((r) => clean(r[at]?.trim() ?? '') === post));
        if (name && post && role && (isPost(post) || picked) && office) {
          upsert(name, node.path, picked ?? { post });
          for (const [full, short] of aliasesIn(row[at].trim()))
            if (full === name) alias(full, short, node.path);
          // 「最高情報セキュリティ責任者（ＣＩＳＯ）」: an acronym after the role is its short name.
          const acronym = /\((副?[A-Z]{2,6})\)$/.exec(row[at].trim());
          if (acronym) alias(name, acronym[1], node.path);
        }
      }
    }
  }
  // 「（最高情報セキュリティ責任者）第５条　…に企業庁情報セキュリティ最高責任者を置き、…」: a caption over an article
  // that sets up a role under another name is that article's caption, not a role of its own.
  for (const [name, path] of captions) {
    const role = drafts.get(name);
    if (!role || role.path !== path || role.post || role.appointedBy || role.aliases) continue;
    if ([...drafts.values()].some((r) => r !== role && r.path === path && (r.post || r.appointedBy)))
      drafts.delete(name);
  }
  for (const [short, full] of definedShort)
    if (drafts.has(full) && !keyOf.has(short)) alias(full, short, drafts.get(full)?.path ?? '');
  teamsInChain(tree, drafts, keyOf, upsert, alias);
  // A role that acts (「統括情報セキュリティ責任者は、CISOを補佐する。」) but that no sentence appoints is still a role.
  for (const node of flatten(tree)) {
    if (defined.has(node)) continue;
    for (const raw of splitSentences(node.text)) {
      const m = /^([\u4e00-\u9fffァ-ヴーA-Za-z]+(?:\([^()]{1,8}\))?)は、/.exec(unbulleted(raw));
      if (!m || keyOf.has(m[1]) || drafts.has(m[1]) || !isRoleName(m[1])) continue;
      if (
        !/(?:者|官)(?:\([^()]*\))?$/.test(m[1]) ||
        /(?:事業者|受託者|業者|利用者|来訪者|第三者)$/.test(m[1])
      )
        continue;
      // 「機情報セキュリティ責任者(次長)は」: a known role behind a short garbled prefix is a typo, not a new role.
      const known = [...drafts.keys(), ...keyOf.keys()];
      if (known.some((k) => m[1].endsWith(k) && m[1].length - k.length <= 2)) continue;
      upsert(m[1], node.path, { unappointed: true });
    }
  }
  // An outside expert engaged as an adviser is no role, even under a heading of its own with duties.
  for (const name of engaged) {
    const key = keyOf.get(name) ?? name;
    if (!drafts.get(key)?.post) drafts.delete(key);
  }
  // An office heading its own clause, or written as the subject of a sentence and appointed nowhere (「病院事業管理者は、
  // Xとして、…」), is no role of its own where it fills a role appointed by name.
  const unappointed = [...drafts.values()].filter((r) => r.unappointed).map((r) => r.name);
  for (const name of [...officeRoles, ...unappointed]) {
    const role = drafts.get(name);
    if (role && [...drafts.values()].some((r) => r !== role && heldAs(r.post) === name)) drafts.delete(name);
  }
  // A text that fills no role with an office gives its duties to offices: those offices are its roles
  // (beside the roles an office designates, 「事務局長は、…のうちから担当者を指名する」). An office met
  // earlier as a role that nothing appoints (副管理者) is held by the office itself.
  const isRole = (name: string | undefined) => !!name && drafts.has(keyOf.get(name) ?? name);
  // A text that names roles but puts offices in their chain (「本庁主管課長は、ＣＩＳＯの指揮監督を受け」) gives its
  // duties to those offices too.
  const offices = [...drafts.values()].every(
    (r) => r.unappointed || officeRoles.has(r.name) || (!r.post && !isRole(r.appointedBy)),
  )
    ? rolesFromPosts(tree)
    : officesInChain(tree, [...keyOf.keys(), ...drafts.keys()], (o) =>
        [...drafts.values()].some((r) => heldAs(r.post) === o || r.name === o),
      );
  for (const r of offices) {
    const role = upsert(r.name, r.path, { post: r.post });
    if (role.post === role.name) delete role.unappointed;
    for (const short of r.aliases ?? []) alias(r.name, short, r.path);
  }
  // The head written as an office with the final authority (組合の管理者) is a role beside the roles appointed by name.
  const head = headFromPosts(tree);
  if (head && !isRole(head.name) && ![...drafts.values()].some((r) => heldAs(r.post) === head.name)) {
    const role = upsert(head.name, head.path, { post: head.post });
    role.order = -1;
    for (const short of head.aliases ?? []) alias(head.name, short, head.path);
  }
  // 「本市に統括情報セキュリティ責任者（総務部長）を置く」, the text then writing the role without the bracket: the
  // bracket names the office that fills the role. A name the text keeps writing with its bracket keeps it.
  for (const d of [...drafts.values()]) {
    const m = /^(.+)\(([^()]+)\)$/.exec(d.name);
    if (!m || !isRoleName(m[1]) || roleAtEnd(m[1]) !== m[1] || ACRONYM.test(m[2])) continue;
    const post = filling(m[2]).post;
    if (!post || !isPost(post) || isRoleName(post) || !inOfficeWords(post)) continue;
    body ??= flatten(tree)
      .map((n) => clean(n.text))
      .join('\n');
    const bracketed = body.split(d.name).length - 1;
    const alone = new RegExp(`(?<![\\u4e00-\\u9fffァ-ヴー])${escapeRe(m[1])}(?!\\()`).test(body);
    if (bracketed > 1 || !alone) continue;
    drafts.delete(d.name);
    const key = keyOf.get(m[1]) ?? m[1];
    const kept = drafts.get(key);
    if (kept) {
      kept.post ??= post;
      kept.order = Math.min(kept.order, d.order);
      if (kept.unappointed) kept.path = d.path;
      delete kept.unappointed;
    } else drafts.set(key, { ...d, name: key, post: d.post ?? post });
  }
  // 「ＣＩＳＯは、情報セキュリティ監査統括責任者を指名し、監査を行わせる」: someone a role picks for an audit, whom the
  // text names nowhere else, is no standing role.
  const picked = [...drafts.values()].filter(
    (r) => r.appointedBy && !r.post && !r.unappointed && r.name.includes('監査'),
  );
  if (picked.length > 0) {
    const everything = flatten(tree)
      .map((n) => [n.title ?? '', n.text, ...(n.tables ?? []).flat(2)].join('\n'))
      .join('\n');
    for (const r of picked) {
      const names = [r.name, ...(r.aliases ?? [])];
      const mentions = names.reduce((k, name) => k + everything.split(name).length - 1, 0);
      if (mentions <= 1) drafts.delete(r.name);
    }
  }
  const roles = [...drafts.values()].sort((a, b) => a.order - b.order);
  unitHeads(roles);
  // An appointer written as a post (課の長) or an alias resolves to the role that post fills.
  for (const r of roles) {
    if (!r.appointedBy) continue;
    const by = keyOf.get(r.appointedBy) ?? r.appointedBy;
    const match =
      roles.find((o) => o.name === by || o.aliases?.includes(by)) ??
      roles.find((o) => o !== r && o.post !== undefined && by.endsWith(o.post));
    r.appointedBy = match ? match.name : by;
  }
  return roles.map(({ order: _order, ...role }) => role);
}

/** The words that place one office under another (指揮, 指示, 命, 補佐). */
const CHAIN = 'の指揮|の指示を受け|の命を受け|を補佐';
const CHAIN_WORD = new RegExp(CHAIN);

/**
 * Offices a text puts in the chain of its named roles (「本庁主管課長は、ＣＩＳＯの指揮監督を受け」) that fill none of
 * them, and that stand in a chain of their own (「課長は、所長の指揮監督を受け」): the text gives its duties to those
 * offices, so the offices its organization charges with duties are its roles, each held by the office itself. None
 * where no such office is placed under a named role.
 */
function officesInChain(tree: ClauseNode[], names: string[], held: (office: string) => boolean): Role[] {
  if (names.length === 0) return [];
  // Read first where an office is placed under a role (few texts have one), the offices themselves only then.
  const roleWords = [...new Set(names)].map(escapeRe).join('|');
  const under = new RegExp(`^([\\u4e00-\\u9fff]{1,12}長)は、(?:[^。]*?、)?(?:${roleWords})(?:${CHAIN})`);
  const subjects = new Set<string>();
  for (const n of flatten(tree)) {
    if (!CHAIN_WORD.test(n.text)) continue;
    for (const s of splitSentences(n.text)) {
      const m = under.exec(s);
      if (m && !held(m[1])) subjects.add(m[1]);
    }
  }
  if (subjects.size === 0) return [];
  const candidates = rolesFromPosts(tree).filter((r) => !held(r.name));
  if (!candidates.some((r) => subjects.has(r.name))) return [];
  // The offices form a chain of their own (「課長は、所長の指揮監督を受け」「次長は、所長を補佐し」): one office assisting a
  // role (「総務課長は、Xを補佐する」) is only that office's work.
  const own = candidates.map((r) => escapeRe(r.name)).join('|');
  const among = new RegExp(`^(?:${own})は、(?:[^。]*?、)?(?:${own})(?:${CHAIN})`);
  const chained = flatten(tree).some(
    (n) => CHAIN_WORD.test(n.text) && splitSentences(n.text).some((x) => among.test(x)),
  );
  return chained ? candidates : [];
}

/**
 * 「当該情報システムを所管する課の長」: the head of one kind of unit is that unit's office (「課の長」), unless another
 * role is filled by the heads of that unit (「課長」「当該課の長」); then the clause is what tells the two apart.
 */
function unitHeads(roles: Role[]): void {
  for (const r of roles) {
    const unit = r.post ? /^当該[^、。]*?する([^、。の])の長$/.exec(r.post)?.[1] : undefined;
    if (!unit) continue;
    const heads = new Set([`${unit}長`, `${unit}の長`, `${unit}長等`, `${unit}等の長`]);
    const shared = roles.some((o) => o !== r && o.post && heads.has(o.post.replace(/^(?:各|当該)/, '')));
    if (!shared) r.post = `${unit}の長`;
  }
}

type Upsert = (name: string, path: string, patch?: Partial<Role>) => Draft;

/** A team the text sets up: 「…に、インシデント対応チーム（以下「CSIRT」という。）を置く」. */
const TEAM_SET_UP =
  /^(?:[^。]*?(?:に|ため)、?)?([\u4e00-\u9fffァ-ヴーA-Za-z]*(?:チーム|CSIRT))(?:\(以下「([^」]+)」という。?\))?を置/;
/** A subject placed under a role: 「…は、ISOの指揮を受け」「…は、CISOを補佐し」. */
const UNDER = '(?:の指揮を受け|の指揮の下|の指揮監督を受け|の命を受け|を補佐し|の指示に従い|の指示を受け)';

/**
 * A team that the text puts in the chain of roles itself (「CSIRTは、ISOの指揮を受け、…を行う」) acts as one of
 * the roles: it is a role, held by its head where an office heads it (「情報システム課長を責任者とし」). A team
 * that is only set up under a role (「Xの下にCSIRTを置く」) stays a body with its head and members.
 */
function teamsInChain(
  tree: ClauseNode[],
  drafts: Map<string, Draft>,
  keyOf: Map<string, string>,
  upsert: Upsert,
  alias: (name: string, short: string, path: string) => void,
): void {
  const teams: { name: string; short?: string; path: string }[] = [];
  const sentences = flatten(tree).flatMap((n) => splitSentences(n.text).map((s) => ({ s, path: n.path })));
  for (const { s, path } of sentences) {
    if (!s.includes('を置')) continue;
    const m = TEAM_SET_UP.exec(s);
    if (m && m[1].length >= 4 && !drafts.has(m[1])) teams.push({ name: m[1], short: m[2], path });
  }
  if (teams.length === 0) return;
  const known = [...new Set([...drafts.keys(), ...keyOf.keys()])];
  if (known.length === 0) return;
  const roleWords = known.map(escapeRe).join('|');
  for (const team of teams) {
    const own = [team.name, ...(team.short ? [team.short] : [])].map(escapeRe).join('|');
    const placed = new RegExp(`^(?:${own})は、(?:[^。]*?、)?(?:${roleWords})${UNDER}`);
    if (!sentences.some(({ s }) => placed.test(s))) continue;
    let post: string | undefined;
    for (const { s } of sentences) {
      const head =
        new RegExp(`^(?:${own})は、([^、。]+?)を(?:責任者|長|リーダー)とし`).exec(s) ??
        new RegExp(
          `(?:^|、)(?:(?:${own})の|その)(?:長|責任者|リーダー)は、?([^、。]+?)(?:をもって充て|とする|とし、)`,
        ).exec(s);
      if (!head) continue;
      const filled = filling(stripParens(head[1])).post;
      if (filled && isPost(filled) && !known.includes(filled)) post = filled;
      break;
    }
    upsert(team.name, team.path, post ? { post } : {});
    if (team.short && team.short !== team.name) alias(team.name, team.short, team.path);
  }
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
