/**
 * Roles written as alternatives to one permission, put in the form the approver patterns read: 「XとYのいずれかの許可」
 * 「X又はYのいずれか一方の承認」 (either gives it: 「X又はYの許可」), and 「X（Xが不在のときはY）の許可」 (the deputy who stands
 * in when X is away is no approver of its own: 「Xの許可」).
 */
import type { ActorMatcher } from './actors.ts';

const res = new WeakMap<ActorMatcher, { either: RegExp; joined: RegExp; deputy: RegExp }>();

/** The sentence with the roles of 「いずれか」 joined by 又は and a deputy's bracket left out. */
export function alternativesJoined(sentence: string, matcher: ActorMatcher): string {
  if (!matcher.pattern || !(sentence.includes('いずれか') || /不在|事故|欠けた/.test(sentence)))
    return sentence;
  let re = res.get(matcher);
  if (!re) {
    const role = `(?:${matcher.pattern})`;
    re = {
      either: new RegExp(
        `(${role}(?:(?:、|と|又は|若しくは|及び)${role})*)(?:と|又は|若しくは|及び)(${role})と?のいずれか(?:一方|一人|の者)?の`,
        'g',
      ),
      joined: new RegExp(`(${role})と(?=${role})`, 'g'),
      deputy: new RegExp(
        `(${role})\\((?:${role}|当該[^()、。]{1,8}?)?(?:が|に)?(?:不在|事故がある|欠けた)(?:の)?(?:とき|場合|時)(?:は|には)?、?${role}(?:とする)?\\)`,
        'g',
      ),
    };
    res.set(matcher, re);
  }
  const { joined } = re;
  return sentence
    .replace(re.either, (_, first: string, last: string) => `${first.replace(joined, '$1又は')}又は${last}の`)
    .replace(re.deputy, '$1');
}
