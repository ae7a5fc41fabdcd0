/**
 * The exception by level written in brackets after the permission, 「Xの許可（機密性３の情報資産にあっては、Yの許可）」
 * 「Xの承認（ただし、機密性３の…については、Y）」: written again in the form the reader takes, with the brackets
 * after the role, 「X（機密性３の情報資産にあっては、Y）の許可」 (the levels in the brackets by Y, the others by X).
 */

const LEAVE = '許可|承認|決裁|了承|同意';

const AFTER = new RegExp(
  `の(${LEAVE})\\((?:ただし、)?([^()、。]*?)(?:にあっては|については|の場合は|の場合には)、?([^()、。]*?)(?:の(?:${LEAVE}))?\\)`,
  'g',
);

/** The sentence with each exception bracket after a permission moved before it; the sentence as it is otherwise. */
export function leaveBracketFirst(sentence: string): string {
  if (!sentence.includes('(')) return sentence;
  return sentence.replace(AFTER, (_, leave: string, when: string, who: string) =>
    who === '' ? _ : `(${when}にあっては、${who})の${leave}`,
  );
}
