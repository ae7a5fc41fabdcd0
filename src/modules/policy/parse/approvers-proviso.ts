/**
 * A proviso that lifts the prohibition before it by someone's leave: 「…してはならない。ただし、Xの許可を得た場合は、
 * この限りでない。」. The leave is the prohibition's permission; where the proviso gives approvers level by level
 * (「ただし、機密性３の…にあってはXの、機密性２の…にあってはYの許可を得た場合は、この限りでない。」) it is a rule of
 * its own, a `may` naming no actor, and the prohibition keeps none. So is one whose approvers stand in the items
 * below it (「ただし、次の各号に掲げる区分に応じ、当該各号に定める者の許可を得たときは、…」 over 「(1) 機密性３の
 * 情報資産　X」).
 */
import type { Classification, ClauseNode, Obligation, ObligationTopic } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { approversByLevel, approversFromItems, approversOf, levelsOf } from './approvers.ts';

/** 「ただし、CISOが特に必要と認めたときは、この限りでない。」: the prohibition above it may be lifted by that role. */
export const LIFTING_PROVISO =
  /^ただし、.*(?:認め|許可|承認|決裁|了承|同意|判断)[^。]*(?:この限りでない|除く)/;

/**
 * Reads a proviso (a sentence with no modal ending) after the prohibition `last`: either gives `last` the
 * approvers (and a topic from its own words where it had none), or returns the proviso as a permission of its own.
 */
export function provisoLifting(
  sentence: string,
  last: Obligation,
  matcher: ActorMatcher,
  scheme: Classification | null,
  topicOf: (texts: string[]) => ObligationTopic | undefined,
  node?: ClauseNode,
): Obligation | null {
  const byLevel =
    approversByLevel(sentence, matcher, scheme) ??
    (node ? approversFromItems(sentence, node, matcher, scheme) : null);
  if (byLevel) {
    return provisoMay(last, sentence, topicOf([last.text, sentence]), {
      approver: [...new Set(Object.values(byLevel).flat())],
      approverByLevel: byLevel,
      levels: levelsOf(sentence, scheme),
    });
  }
  const by = approversOf(sentence, matcher);
  if (by.length === 0) return null;
  last.approver = [...new Set([...(last.approver ?? []), ...by])];
  // The act is named in the prohibition, which asked no leave of its own and so was given no topic.
  if (!last.topic) {
    const topic = topicOf([last.text]);
    if (topic) last.topic = topic;
  }
  return null;
}

/**
 * A proviso that exempts from a duty what someone approved (「…を遮断しなければならない。ただし、Xが認めたものについて
 * は、この限りでない。」): the duty asks no leave, so the exemption is a `may` of its own, naming no actor, with X as its
 * approver. Null where the proviso names no one who approves.
 */
export function provisoExempting(
  sentence: string,
  last: Obligation,
  matcher: ActorMatcher,
  scheme: Classification | null,
  topicOf: (texts: string[]) => ObligationTopic | undefined,
): Obligation | null {
  const approver = approversOf(sentence, matcher);
  if (approver.length === 0) return null;
  const levels = levelsOf(sentence, scheme);
  return provisoMay(last, sentence, topicOf([sentence]) ?? topicOf([last.text]), {
    approver,
    ...(levels.length > 0 ? { levels } : {}),
  });
}

/** A proviso as a `may` of its own in the clause of the sentence it follows, naming no actor. */
function provisoMay(
  last: Obligation,
  sentence: string,
  topic: ObligationTopic | undefined,
  leave: Pick<Obligation, 'approver' | 'approverByLevel' | 'levels'>,
): Obligation {
  return {
    path: last.path,
    text: sentence,
    modality: 'may',
    actors: [],
    actorFrom: 'unknown',
    ...leave,
    ...(topic ? { topic } : {}),
  };
}

/**
 * A proviso standing as an item of its own (「(1) 職員等は、…してはならない。」 then 「(2) ただし、Xの許可を得たときは、
 * この限りでない。」): a `may` at the proviso's own place, naming no actor, with X as its approver (level by level
 * where it gives them so). The prohibition or duty before it, where it asked no leave, is given X too. Null where
 * the item before neither forbids nor binds, or the proviso names no one who approves.
 */
export function provisoItem(
  sentence: string,
  path: string,
  before: Obligation,
  matcher: ActorMatcher,
  scheme: Classification | null,
  topicOf: (texts: string[]) => ObligationTopic | undefined,
): Obligation | null {
  if (before.modality !== 'must_not' && before.modality !== 'must') return null;
  const byLevel = approversByLevel(sentence, matcher, scheme);
  const approver = byLevel ? [...new Set(Object.values(byLevel).flat())] : approversOf(sentence, matcher);
  if (approver.length === 0) return null;
  if (!before.approver?.length && before.modality === 'must_not' && !byLevel) before.approver = [...approver];
  const topic = before.topic ?? topicOf([before.text, sentence]);
  if (topic && !before.topic && before.approver?.length) before.topic = topic;
  const levels = levelsOf(sentence, scheme);
  return {
    path,
    text: sentence,
    modality: 'may',
    actors: [],
    actorFrom: 'unknown',
    approver,
    ...(byLevel ? { approverByLevel: byLevel } : {}),
    ...(levels.length > 0 ? { levels } : {}),
    ...(topic ? { topic } : {}),
  };
}
