/**
 * Roles named only by post. A 議会, a small 村 or an 一部事務組合 often names no role at all and gives
 * its security duties to offices (「議長は、…を総括する」「事務局長は、議長の命を受け、…」「係長は、…」).
 * Then the offices the text charges with those duties are its roles, each held by the office itself:
 * an office that is the subject of a sentence in the organization section (体制, 組織, 役割, 責務, 権限),
 * or anywhere a sentence gives it authority or responsibility (権限, 責任) or states its place among the
 * others (総括, 統括, 補佐, 命を受け, 指示に従い, 指揮). Their rank is left to the tiers stage, which reads
 * the same relations.
 */
import type { ClauseNode, Role } from '../types.ts';
import { splitNames, splitSentences } from './sentences.ts';

/** A clause heading over the body's organization. */
const ORGANIZATION = /体制|組織|役割|責務|権限|職務|任務/;
/** A heading over a committee's own rules: its seats (座長, 委員長) are not the body's offices. */
const COMMITTEE = /委員会|連絡会|協議会|会議|幹事会|部会|本部|チーム|CSIRT|ワーキンググループ/;
/**
 * An office written as one word: 議長, 事務局長, 次長, 総務係長, 参事, 主幹, 教頭, 主査, 主任, and the head of an
 * 一部事務組合 or a 企業団 (管理者, 副管理者, 企業長).
 */
const OFFICE =
  /^(?:[\u4e00-\u9fff]{1,10}(?:長|参事|主幹|理事|参与|技監)|[\u4e00-\u9fff]{0,6}(?:教頭|主査|主任)|副?管理者|公営企業管理者)$/;
/** The body's own name before one of its offices: 「組合の」「本法人の」. */
const OWN_BODY =
  /^(?:本|当)?(?:組合|広域連合|企業団|公社|協議会|連合会|本会|法人|機構|市|町|村|県|区)の(?=[\u4e00-\u9fff]{2,}$)/;
/** Seats of a committee or a team, not offices of the body. */
const SEAT = /(?:委員長|座長|会長|部会長|班長|本部長|幹事長|チーム長)$/;
/** What makes a sentence about an office a statement of its security duty or of its place. */
const DUTY =
  /権限|責任を(?:有|負)|総括|統括|統理|総理|掌理|を補佐|の命を受け|の指示に従|の指揮|を指揮|の職務を代理/;

/**
 * The offices a sentence is about (「議事係長及び総務係長は、」), none when its subject is not offices only,
 * and the short name it gives the office (「議会事務局長（以下「局長」という。）は、」).
 */
function officesOf(sentence: string): { offices: string[]; short?: string } {
  // A bulleted line (「●議長は、…」) is the sentence after its bullet.
  const m = /^(?:[●○■□◆◇・]\s*)?([^、。「」()]+?)(?:\(以下「([^」]+)」という。?\))?は、/.exec(sentence);
  if (!m) return { offices: [] };
  // 「組合の管理者は」「法人の理事長は」: the body the text is the policy of holds the office; its name is no part of it.
  const parts = splitNames(m[1].replace(OWN_BODY, ''));
  // 「所属の長（以下「所属長」という。）は」: the head of a unit, given a short name that is an office, is one too.
  const headOf = (p: string) =>
    parts.length === 1 && !!m[2] && /^[\u4e00-\u9fff]{1,8}の長$/.test(p) && OFFICE.test(m[2]);
  if (parts.length === 0 || !parts.every((p) => (OFFICE.test(p) || headOf(p)) && !SEAT.test(p)))
    return { offices: [] };
  return parts.length === 1 && m[2] ? { offices: parts, short: m[2] } : { offices: parts };
}

/** The offices the text charges with security duties, as roles whose post is the office, in order of first mention. */
export function rolesFromPosts(tree: ClauseNode[]): Role[] {
  const out = new Map<string, Role>();
  const fullName = new Map<string, string>();
  // An office whose permission or approval the text requires (「認定審査課長の許可を得て」) holds authority too.
  const grants = new Set<string>();
  const all = (nodes: ClauseNode[]): void => {
    for (const n of nodes) {
      for (const m of n.text.matchAll(/([\u4e00-\u9fff]{1,12})の(?:許可|承認)/g)) grants.add(m[1]);
      all(n.children);
    }
  };
  all(tree);
  const walk = (nodes: ClauseNode[], organization: boolean, above: string) => {
    for (const n of nodes) {
      const title = n.title ?? '';
      if (COMMITTEE.test(title)) continue;
      const inOrganization = organization || ORGANIZATION.test(title);
      for (const s of splitSentences(n.text)) {
        const { offices, short } = officesOf(s);
        if (offices.length === 0) continue;
        if (short) fullName.set(short, offices[0]);
        if (!(inOrganization || DUTY.test(s) || offices.every((o) => grants.has(o)))) continue;
        for (const written of offices) {
          const o = fullName.get(written) ?? written;
          // 「（２）事務局長　①議会事務局長（以下「事務局長」という。）は、」: a heading that writes the short name names the role.
          const headed = short && o === offices[0] && (title || above) === short;
          if (!out.has(o))
            out.set(
              o,
              headed
                ? { name: short, post: o.endsWith(short) ? short : o, path: n.path, aliases: [o] }
                : { name: o, post: o, path: n.path },
            );
          const role = out.get(o);
          if (role && short && role.name !== short && !role.aliases?.includes(short))
            role.aliases = [...(role.aliases ?? []), short];
        }
      }
      walk(n.children, inOrganization, title);
    }
  };
  walk(tree, false, '');
  return [...out.values()];
}

/** What places a role below the office named: 「Xの命を受け」「Xの指揮を受け」「Xを補佐し」「Xの指示に従い」. */
const underIt = (office: string) =>
  new RegExp(`[、。\\n]${office}(?:の(?:命を受け|命により|指揮|指示に従|監督の下)|を補佐)`);

function allText(nodes: ClauseNode[]): string {
  return nodes.map((n) => `\n${n.text}\n${allText(n.children)}`).join('');
}

/**
 * A sentence giving an office the final say: 「…に関する最終的な権限及び責任を有する」「最終決定権限を有する」
 * 「…の最終責任者とする」「最終的な判断を行う」「最高の責任を負う」「重要事項を最終的に決定する」.
 */
const FINAL =
  /最終的な(?:決定)?(?:権限|責任)|最終決定権|最高責任者|を(?:総理|統理)する|最終(?:的な)?(?:意思)?(?:責任者|判断|決定)|最終的に(?:意思)?(?:決定|判断)|最高の(?:権限|責任)|最終の責任/;
/** A sentence making an office the head of the whole (「…の情報セキュリティ対策を総括する」), where roles are placed under it. */
const WHOLE = /を総括する。?$|を総括し、/;

/**
 * The head of the body written as an office that holds the final authority (the 管理者 of an 一部事務組合, a
 * 広域連合長, a 企業長), even where the text appoints its other roles by name: the first office of which a
 * sentence says it holds the final authority or responsibility.
 */
export function headFromPosts(tree: ClauseNode[]): Role | undefined {
  let whole: string | undefined;
  const walk = (nodes: ClauseNode[]): Role | undefined => {
    for (const n of nodes) {
      if (COMMITTEE.test(n.title ?? '')) continue;
      for (const s of splitSentences(n.text)) {
        if (!FINAL.test(s)) {
          if (!WHOLE.test(s)) continue;
          const { offices, short } = officesOf(s);
          if (offices.length !== 1 || SEAT.test(offices[0])) continue;
          whole ??= allText(tree);
          if (underIt(offices[0]).test(whole))
            return {
              name: offices[0],
              post: offices[0],
              path: n.path,
              ...(short ? { aliases: [short] } : {}),
            };
          continue;
        }
        const { offices, short } = officesOf(s);
        if (offices.length === 1)
          return { name: offices[0], post: offices[0], path: n.path, ...(short ? { aliases: [short] } : {}) };
        // An office the text names in no known form (代表監査委員) heads the body where the roles are placed under it.
        const subject = /^(?:[●○■□◆◇・]\s*)?([\u4e00-\u9fffァ-ヴー]{2,12})は、/.exec(s)?.[1];
        if (!subject || SEAT.test(subject) || /(?:職員|者)$/.test(subject)) continue;
        whole ??= allText(tree);
        if (underIt(subject).test(whole)) return { name: subject, post: subject, path: n.path };
      }
      const found = walk(n.children);
      if (found) return found;
    }
    return undefined;
  };
  return walk(tree);
}

/**
 * Offices that head a clause of their own (「（１）議長」「（７）次長」) and that the clause charges with a duty
 * or a place among the roles (「議長は、…を総括する」「議会事務局次長は、…を補佐し」): roles held by the office
 * itself, even where the text appoints its other roles by name. The office is written in full in the sentence.
 */
export function officeHeadings(tree: ClauseNode[]): Role[] {
  const out: Role[] = [];
  const walk = (nodes: ClauseNode[]) => {
    for (const n of nodes) {
      const title = (n.title ?? '').trim();
      if (COMMITTEE.test(title)) continue;
      if (OFFICE.test(title) && !SEAT.test(title)) {
        for (const s of splitSentences(n.text)) {
          const { offices, short } = officesOf(s);
          if (offices.length !== 1 || !DUTY.test(s)) continue;
          const full = offices[0];
          // 「（所属長）　所属の長（以下「所属長」という。）は、」: the heading writes the short name, which names the role;
          // the post is the office in full, or the name itself where the short name is the title's tail (事務局長).
          if (short === title && full !== title) {
            out.push({
              name: short,
              post: full.endsWith(short) ? short : full,
              path: n.path,
              aliases: [full],
            });
            break;
          }
          if (!full.endsWith(title)) continue;
          out.push({ name: full, post: full, path: n.path, ...(short ? { aliases: [short] } : {}) });
          break;
        }
      }
      walk(n.children);
    }
  };
  walk(tree);
  return out;
}
