/**
 * Obligations: every sentence that imposes a duty, a prohibition, an effort or a permission,
 * with who must act (and why the engine thinks so), the approver, condition, levels and topic.
 */
import type {
  ActorSource,
  Classification,
  ClauseNode,
  Modality,
  Obligation,
  ObligationTopic,
} from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import {
  approversByLevel,
  approversFromItems,
  approversFromTable,
  approversOf,
  approversOfNamedLevels,
  approversOfPreviousParagraph,
  approversPerActFromTable,
  GIVES_PREVIOUS,
  levelsOf,
  referencedTables,
  tablesBelow,
  topicOf,
} from './approvers.ts';
import { levelsOfNamedThings } from './approvers-content-levels.ts';
import { approversByDelegation, delegationsOf } from './approvers-delegation.ts';
import { approversFromDestination, DESTINATION_ALLOWS } from './approvers-destination.ts';
import { approversFromForm } from './approvers-form.ts';
import { approversOfLevelAfter } from './approvers-level-after.ts';
import { approversInNote, approversNamedInNote } from './approvers-note.ts';
import { levelsSetAside } from './approvers-overridden.ts';
import {
  approversFromPowers,
  HOLDER_IN_TABLE,
  HOLDER_OF_POWER,
  type Power,
  powersOf,
} from './approvers-powers.ts';
import { LIFTING_PROVISO, provisoExempting, provisoItem, provisoLifting } from './approvers-proviso.ts';
import { approversOfProvisoLevels } from './approvers-proviso-levels.ts';
import { powersOfTables } from './approvers-table-of-acts.ts';
import { flatten } from './clauses.ts';
import { declarative, modalityOf } from './modality.ts';
import { splitSentences, stripParens } from './sentences.ts';

export { modalityOf } from './modality.ts';

/** The document speaking about itself (この基準は…定めるものとする) imposes nothing on anyone. */
const SELF_REFERENCE =
  /^(?:この|本)[^、。]*?(?:基本方針|対策基準|基準|方針|規程|ポリシー|要綱|規則|訓令)(?:の[^、。]{0,8})?は、/;
/** A bracketed note after a sentence's 。, kept with the sentence (sentences.ts). */
const NOTE_AFTER = /。\([^()]*\)$/;
/** A thing the sentence before named, taken up with この as the topic (not a case: この場合, この際). */
const THING_TOPIC = /^(?:この|当該)(?!場合|際|とき|ため|限り)[\u4e00-\u9fff]{1,8}(?:に|で)?は、/;
/** A sentence that introduces the items below it. */
const LEAD = /次の|以下の|次に掲げる|各号/;
/** A proviso that allows by someone's leave what the sentence before forbids or restricts (「ただし、…の許可を得た場合は、…できる」). */
const MAY_PROVISO = /^ただし、[^。]*(?:許可|承認|決裁|了承|同意|認め)[^。]*できる/;
/** A sentence that restricts (「…に限るものとする」), which a proviso can lift like a prohibition. */
const RESTRICTS = /に限る(?:もの)?(?:とする)?。?$|に限り/;

/** Actors named in a heading (① 情報セキュリティ管理者(係長)及び情報システム担当者の措置事項, ② 職員の順守事項). */
function actorsInTitle(title: string, matcher: ActorMatcher): string[] {
  const roles = matcher.before(title, 'の');
  if (roles.length > 0) return roles;
  // 「議員用タブレット端末」 names a thing the 議員 use, not the 議員.
  const staff = [...matcher.staffTerms, '職員等', '職員'].find(
    (t) => title.startsWith(t) && title.charAt(t.length) !== '用',
  );
  return staff ? [staff] : [];
}

/** The roles named in the first column of a 別表 of roles (役割 | 充てる職 | 職務). */
function rolesOfTable(tables: string[][][] | undefined, matcher: ActorMatcher): string[] {
  const out: string[] = [];
  for (const row of tables?.[0] ?? []) {
    const role = matcher.resolve(stripParens(row[0] ?? ''));
    if (role && !out.includes(role)) out.push(role);
  }
  return out;
}

/** The one kind of act the items of a list name (every item naming one names the same), else none. */
function itemsTopic(items: ClauseNode[]): ObligationTopic | undefined {
  const topics = new Set(items.map((c) => topicOf([c.text])).filter((t) => t !== undefined));
  return topics.size === 1 ? [...topics][0] : undefined;
}

/** What a clause hands down to the items of the list it introduces. */
interface Lead {
  modality: Modality | null;
  actors: string[];
}

/** The modality of a sentence: its ending, a declarative with a subject (shall), or the lead's prohibition. */
function modalityIn(sentence: string, lead: Lead | null): Modality | null {
  let modality = modalityOf(sentence) ?? (declarative(sentence) ? 'shall' : null);
  // 「次に掲げる行為をしてはならない。」 then 「…すること。」: each item is a prohibition.
  if (lead?.modality === 'must_not' && (modality === 'must' || modality === 'shall')) modality = 'must_not';
  return modality;
}

/** Extracts the obligations of a clause tree, in document order. */
export function extractObligations(
  tree: ClauseNode[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): Obligation[] {
  let out: Obligation[] = [];
  // Sentences with no modal ending read only for the approver they give another sentence (dropped at the end).
  const statements = new Set<Obligation>();
  // Every clause, listed only when a sentence refers to a table elsewhere (「2.1の表」).
  let all: ClauseNode[] | undefined;
  const everyClause = () => {
    if (!all) all = flatten(tree);
    return all;
  };
  // The roles' powers (「次に掲げる許可の権限を有する」), listed only when a sentence asks for 「許可権者の許可」.
  let powers: Power[] | undefined;
  const powersOfRoles = () => {
    if (!powers) powers = powersOf(everyClause(), matcher, scheme);
    return powers;
  };
  // Whether the text makes the 申請先 the 許可権者 (「申請先は、当該行為の許可権者とする」), asked once.
  let destination: boolean | undefined;
  const destinationAllows = () => {
    destination ??= everyClause().some((n) => n.text.includes('申請先') && DESTINATION_ALLOWS.test(n.text));
    return destination;
  };
  const walk = (nodes: ClauseNode[], ancestors: ClauseNode[], lead: Lead | null) => {
    // The last obligation of the item before: a proviso standing as an item of its own lifts it.
    let before: Obligation | null = null;
    for (const node of nodes) {
      const above = before;
      before = null;
      // Definitions (…を確保すること) describe terms; they impose nothing.
      if (/定義|用語/.test(node.title ?? '')) continue;
      // A 項 (2, 3 … of an article) is a paragraph of its own, not an item of the list above it.
      // So is a ②, ③ under an article whose first 項 is unlabelled (項 numbered with circled digits).
      const parent = ancestors.at(-1);
      const paragraph =
        !!parent?.style.startsWith('article') &&
        (node.style === 'arabic' ||
          (node.style === 'circled' &&
            !parent.children.some((c) => c.style === 'circled' && c.number === 1)));
      const itemLead = paragraph ? null : lead;
      let previous: string[] = [];
      let last: Obligation | null = null;
      let nextLead: Lead | null = null;
      for (const sentence of splitSentences(node.text)) {
        // A note in brackets after the sentence's end (「…得なければならない。（許可権者　…）」) is not its ending.
        const modality = modalityIn(
          sentence.endsWith(')') ? sentence.replace(NOTE_AFTER, '。') : sentence,
          itemLead,
        );
        if (!modality) {
          // 「(2) ただし、Xの許可を得たときは、この限りでない。」 as an item of its own after the prohibition in
          // the item before: a permission of its own at its own place, X its approver.
          if (!last && previous.length === 0 && above && LIFTING_PROVISO.test(sentence)) {
            const own = provisoItem(sentence, node.path, above, matcher, scheme, (texts) =>
              topicOf([...texts, node.title ?? '', ...ancestors.map((a) => a.title ?? '').reverse()]),
            );
            if (own) {
              out.push(own);
              last = own;
              continue;
            }
          }
          if (LIFTING_PROVISO.test(sentence) && last?.modality === 'must_not') {
            const own = provisoLifting(
              sentence,
              last,
              matcher,
              scheme,
              (texts) =>
                topicOf([...texts, node.title ?? '', ...ancestors.map((a) => a.title ?? '').reverse()]),
              node,
            );
            if (own) {
              out.push(own);
              last = own;
            } else if (!last.approver?.length && destinationAllows()) {
              // 「ただし、…許可を受けたときは、この限りでない。」 over a 「申請先：X」 line: X gives the leave.
              const sent = approversFromDestination(sentence, node, matcher, scheme);
              if (sent) {
                last.approver = sent.approver;
                if (sent.byLevel) last.approverByLevel = sent.byLevel;
                const topic = last.topic ?? topicOf([last.text, sentence]);
                if (topic) last.topic = topic;
              }
            }
          } else if (LIFTING_PROVISO.test(sentence) && last?.modality === 'must') {
            const own = provisoExempting(sentence, last, matcher, scheme, (texts) =>
              topicOf([...texts, node.title ?? '', ...ancestors.map((a) => a.title ?? '').reverse()]),
            );
            if (own) {
              out.push(own);
              last = own;
            }
          }
          // 「前項の許可をする者は、Xとする。」 states who gives the 項 before's permission: no duty, but its approver.
          if (GIVES_PREVIOUS.test(sentence)) {
            const by = approversOf(sentence, matcher);
            if (by.length > 0) {
              const statement: Obligation = {
                path: node.path,
                text: sentence,
                modality: 'shall',
                actors: [],
                actorFrom: 'unknown',
                approver: by,
              };
              out.push(statement);
              statements.add(statement);
            }
          }
          if (LEAD.test(sentence)) nextLead = { modality: null, actors: matcher.subject(sentence).actors };
          continue;
        }
        // 「この規程は、公表するものとする。」: what is to be done with the document is a duty all the same.
        const bare = stripParens(sentence);
        if (SELF_REFERENCE.test(bare) && !/は、(?:公表|公開|周知)する(?:もの|こと)とする/.test(bare))
          continue;
        const subject = matcher.subject(sentence);
        let actors = subject.actors;
        let from: ActorSource = 'subject';
        // 「前項の者は、別表第１の右欄に掲げる職務を行う」: the roles the 別表 sets up, one per row.
        if (actors.length === 0 && /^前項の者は、別表/.test(sentence))
          actors = rolesOfTable(referencedTables(sentence, everyClause()), matcher);
        // 「何人も、…してはならない」 binds anyone: no one named before is its actor.
        // A sentence that binds no one named (who gives a leave, the auditor's independence) takes no one's either.
        // 「この研修には、…を含めるものとする」: a thing named by この as the topic binds no one named before.
        const anyone = /^何人も/.test(sentence) || !!subject.unbound || THING_TOPIC.test(sentence);
        if (actors.length === 0 && previous.length > 0 && !anyone) [actors, from] = [previous, 'previous'];
        if (actors.length === 0 && itemLead && itemLead.actors.length > 0 && !anyone)
          [actors, from] = [itemLead.actors, 'list'];
        if (actors.length === 0 && !anyone) {
          for (const a of [...ancestors].reverse()) {
            const named = a.title ? actorsInTitle(a.title, matcher) : [];
            if (named.length > 0) {
              [actors, from] = [named, 'heading'];
              break;
            }
          }
        }
        if (actors.length === 0) from = 'unknown';
        previous = actors;
        const ob: Obligation = { path: node.path, text: sentence, modality, actors, actorFrom: from };
        const tables = () =>
          node.tables ??
          referencedTables(sentence, everyClause(), node) ??
          tablesBelow(sentence, node, nodes);
        // The holder of the power: a row of the table of 申請 the sentence refers to, else a role's listed powers.
        const holder = HOLDER_OF_POWER.test(sentence);
        const tablePowers =
          holder || HOLDER_IN_TABLE.test(sentence) ? powersOfTables(tables(), matcher, scheme) : [];
        const held =
          holder || tablePowers.length > 0
            ? approversFromPowers(
                sentence,
                tablePowers.length > 0 ? tablePowers : powersOfRoles(),
                matcher,
                scheme,
              )
            : null;
        // A table of acts the sentence refers to answers before a reading of the same table as levels and roles.
        const byLevel =
          approversInNote(sentence, matcher, scheme) ??
          approversByLevel(sentence, matcher, scheme) ??
          (tablePowers.length > 0
            ? (held?.byLevel ?? null)
            : approversFromTable(sentence, tables(), matcher, scheme, node.path)) ??
          approversFromItems(sentence, node, matcher, scheme) ??
          approversFromForm(sentence, everyClause, matcher, scheme) ??
          held?.byLevel ??
          null;
        const perAct = byLevel ? approversPerActFromTable(sentence, tables(), matcher, scheme) : null;
        if (perAct) ob.approvalsByAct = perAct;
        let approver = byLevel ? [...new Set(Object.values(byLevel).flat())] : approversOf(sentence, matcher);
        // 「…許可を得なければならない。（許可権者：X）」: the note names who gives it.
        if (approver.length === 0) approver = approversNamedInNote(sentence, matcher);
        if (approver.length === 0 && held) approver = held.approver;
        // 「申請先：X」 on the line below, where the text makes the 申請先 the one who allows.
        const sent =
          approver.length === 0 && /許可|承認/.test(sentence) && destinationAllows()
            ? approversFromDestination(sentence, node, matcher, scheme)
            : null;
        if (sent) approver = sent.approver;
        if (approver.length > 0) ob.approver = approver;
        const levels = levelsOf(sentence, scheme);
        const given = byLevel ?? sent?.byLevel;
        // A row of a table that gives every level the same approvers, for an act asked with no level: one approver.
        if (given && !(levels.length === 0 && sameForEveryLevel(given))) ob.approverByLevel = given;
        const when = sentence.includes('場合')
          ? /(?:^|、)([^、。]*?場合)(?:に|には|は)?、/.exec(sentence)
          : null;
        const condition = subject.condition ?? when?.[1];
        if (condition) ob.condition = condition;
        if (levels.length > 0) ob.levels = levels;
        // A 別表 row where one level only asks the permission (「送信不可」「許可不要」 in the other cells), for a sentence
        // naming no level: the permission is that level's.
        else if (ob.approverByLevel && Object.keys(ob.approverByLevel).length === 1)
          ob.levels = Object.keys(ob.approverByLevel);
        if (approver.length > 0 || /許可|承認|決裁|了承|同意/.test(sentence)) {
          // 「次に掲げる場合は、Xの許可を得なければならない。」: the act is in the items below, where they name one.
          const listed =
            LEAD.test(sentence) && node.children.length > 0 ? itemsTopic(node.children) : undefined;
          const topic =
            topicOf([sentence]) ??
            listed ??
            topicOf([node.title ?? '', ...ancestors.map((a) => a.title ?? '').reverse()]);
          if (topic) ob.topic = topic;
        }
        // The leave the proviso requires is a permission of the prohibition or restriction before it.
        if (
          modality === 'may' &&
          approver.length > 0 &&
          MAY_PROVISO.test(sentence) &&
          last &&
          !last.approver?.length &&
          (last.modality === 'must_not' || RESTRICTS.test(last.text))
        ) {
          last.approver = [...approver];
          // The act is named in the prohibition, which asked no leave of its own and so was given no topic.
          const topic = last.topic ?? topicOf([last.text, node.title ?? '']) ?? ob.topic;
          if (topic) last.topic = topic;
        }
        if (node.list && LEAD.test(sentence)) ob.list = node.list;
        if (LEAD.test(sentence)) nextLead = { modality, actors };
        out.push(ob);
        last = ob;
      }
      before = last;
      // The items below an item of a list (②, then (a)(b) under it) are still items of the lead above it.
      // An item that only gives a title (「（１）盗難の防止」 with ア, イ under it) hands the lead on to them.
      const inherited =
        itemLead && last
          ? { modality: itemLead.modality, actors: last.actors }
          : itemLead && !node.text.trim()
            ? itemLead
            : null;
      if (node.children.length > 0) walk(node.children, [...ancestors, node], nextLead ?? inherited);
    }
  };
  walk(tree, [], null);
  approversOfPreviousParagraph(out);
  if (statements.size > 0) out = out.filter((o) => !statements.has(o));
  levelsOfNamedThings(out, scheme);
  approversOfNamedLevels(out, scheme);
  approversOfProvisoLevels(out);
  levelsSetAside(out);
  if (everyClause().some((n) => n.text.includes('専決') || n.text.includes('委任')))
    approversByDelegation(out, delegationsOf(everyClause(), matcher, scheme), matcher, scheme);
  return approversOfLevelAfter(out, matcher, scheme);
}

/** Whether approvers by level name two levels at least, each with the same approvers. */
function sameForEveryLevel(byLevel: Record<string, string[]>): boolean {
  const sets = Object.values(byLevel).map((r) => [...new Set(r)].sort().join('・'));
  return sets.length >= 2 && new Set(sets).size === 1;
}
