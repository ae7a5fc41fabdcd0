/**
 * Whether a person's post is the post a role is given to (充て職). A post given to the head of every unit
 * of a kind (「各課の課長」「各課長」) is held by that head in each unit: 住民課長, 総務課長, or 課長 where the
 * unit is kept apart; 「各課の課長補佐」 by 課長補佐 and 住民課長補佐. Otherwise the posts are the same text.
 */
import { DEPUTY_MARKS, EVERY_UNIT } from './policy-patterns.ts';

/** 「各課の課長」 → kind 課, title 課長; 「各部長」 → kind 部, title 部長; else undefined. */
function everyUnit(post: string): { kind: string; title: string } | undefined {
  if (!post.startsWith(EVERY_UNIT.every)) return undefined;
  const rest = post.slice(EVERY_UNIT.every.length);
  const kind = EVERY_UNIT.kinds.find((k) => rest.startsWith(k));
  if (!kind) return undefined;
  const after = rest.slice(kind.length);
  // 「各課の課長」「各課の庶務担当」: the post in each unit; 「各課長」: the head of each unit.
  const title = after.startsWith(EVERY_UNIT.of) ? after.slice(EVERY_UNIT.of.length) : kind + after;
  return title === kind ? undefined : { kind, title };
}

/** Whether the person holding `userPost` holds the post `rolePost` a role is given to. */
export function postHeldBy(rolePost: string, userPost: string): boolean {
  const role = rolePost.trim();
  const user = userPost.trim();
  if (role === '' || user === '') return false;
  if (role === user) return true;
  const every = everyUnit(role);
  if (!every) return false;
  if (user === every.title) return true;
  // 住民課長 for 課長 (the unit's name, then the post); 住民課の庶務担当 or 住民課庶務担当 for 庶務担当.
  const suffixes = every.title.startsWith(every.kind)
    ? [every.title]
    : [every.kind + every.title, every.kind + EVERY_UNIT.of + every.title];
  return suffixes.some((suffix) => {
    if (!user.endsWith(suffix)) return false;
    const name = user.slice(0, user.length - suffix.length);
    // 副課長 is a deputy's post, not a 課長 of a unit named 副.
    return name !== '' && !DEPUTY_MARKS.includes(name);
  });
}
