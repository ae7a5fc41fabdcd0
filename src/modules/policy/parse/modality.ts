/** The modality of a sentence, read from its ending (and, for declaratives, from its subject). */
import type { Modality } from '../types.ts';

/** Endings of declaratives that state a fact, not a duty: definitions, authority, scope, enactment, appointment, deeming (みなす). */
const NOT_A_DUTY =
  /(?:いう|有する|負う|置く|充てる|組織する|施行する|適用する|準用する|よる|属する|含む|除く|廃止する|改正する|とする|限りでない|掲げる|構成する|兼ねる|兼務する|代理する|指名する|任命する|委嘱する|該当する|ある|いる|なる|できる|おそれがある|みなす)$/;

/** The sentence without the 。 and spaces it ends with. */
function trimEnd(sentence: string): string {
  let end = sentence.length;
  while (end > 0 && (sentence[end - 1] === '。' || /\s/.test(sentence[end - 1]))) end--;
  return end === sentence.length ? sentence : sentence.slice(0, end);
}

/** A duty written in です・ます (「守らなければなりません」「持ち出してはなりません」) read as its plain ending. */
function plain(sentence: string): string {
  return sentence.endsWith('なりません') ? `${sentence.slice(0, -5)}ならない` : sentence;
}

/** Modality from the sentence ending; null when the sentence imposes nothing. */
export function modalityOf(sentence: string): Modality | null {
  const s = plain(trimEnd(sentence));
  // The endings below are at most 16 characters long: they are looked for in the last 16 only.
  const end = s.length > 16 ? s.slice(-16) : s;
  if (/努め(?:る|なければならない|るものとする|ること|ねばならない)$/.test(end)) return 'endeavor';
  if (/(?:て|で)はならない$|ないこと$|ないものとする$|ことは(?:でき|認められ)ない$/.test(end))
    return 'must_not';
  // 「…の許可を得なければ…立ち入ることができない」: not allowed unless the condition is met.
  if (/ことができない$/.test(end) && /(?:なければ|なくては|ない限り)[^。]*ことができない$/.test(s))
    return 'must_not';
  if (/(?:なければ|ねば)ならない$/.test(end)) return 'must';
  if (/ことができる(?:ものとする)?$/.test(end)) return 'may';
  if (/(?:もの|こと)とする$/.test(end)) return 'shall';
  // 「本基本方針は公開するものとし、…は非公開とする」: the duty is in the first half.
  if (/(?:もの|こと)とし、/.test(s)) return 'shall';
  if (/(?:なければ|ねば)ならず、/.test(s)) return 'must';
  if (/(?:て|で)はならず、/.test(s)) return 'must_not';
  // 「…に関すること」 (contents) and 「…であること」 (conditions) enumerate; they oblige nobody.
  // 「…再発防止策を定めること」 with its object is a directive; 「…に定めること」 is a content.
  if (
    /[うくすつぬむぶぐる]こと$/.test(end) &&
    !/(?:関する|係る|掲げる|属する|である|がある|ている|でいる|られる|できる)こと$/.test(end) &&
    !/(?<!を)定めること$/.test(end)
  )
    return 'must';
  return null;
}

/**
 * A declarative sentence that gives someone a task (「委員会は、…を審議する。」「庶務は、総務課において処理する。」
 * 「…必要な事項は、別に定める。」) sets a rule: `shall`. It needs a topic (…は、) that is not a condition,
 * and an ending that is not a definition, authority, scope or appointment.
 */
export function declarative(sentence: string): boolean {
  const s = trimEnd(sentence);
  // 「CISOに事故があるときは、統括…がその職務を代理する。」: acting for another role is a task, also for part
  // of its duties (「その職務のうち事務局に係るものを代理する」).
  if (/(?:職務|事務)(?:のうち[^、。]*?もの)?を(?:代理|代行)する$/.test(s)) return true;
  // 「情報資産は、…分類し、許可をする者は、同表に定めるとおりとする」: the first of two clauses sets the rule.
  const first = /^([^。]*?[\u4e00-\u9fff])し、[^、。]+?は、/.exec(s);
  if (first && declarative(`${first[1]}する`)) return true;
  if (!/[うくすつぬむぶぐる]$/.test(s) || NOT_A_DUTY.test(s)) return false;
  if (
    /^(?:この|本)[^、。]{0,20}?(?:訓令|規程|規則|要綱|要領|基準|方針|ポリシー|改正)[^、。]{0,6}は、/.test(s)
  )
    return false;
  // 「委員長は、委員の互選により定める」: how a seat is filled, not a task.
  if (/互選に(?:より|よって)/.test(s)) return false;
  // 「本学は、…対策を講ずる。」: the body stating what it does is a statement of intent, not a rule.
  if (/^(?:本|当)(?:学|市|町|村|区|県|府|都|組合|法人|協議会|企業団|公社|機構|病院|社)は、/.test(s))
    return false;
  for (const m of s.matchAll(/は、/g)) {
    const before = s.slice(0, m.index);
    // 「…場合は、」 is a condition; 「…においては、」 names a place, not who acts.
    if (!/(?:場合|とき|際|ところ)(?:に)?$|(?:において|に関して|にとって|として|にあって)$/.test(before))
      return true;
  }
  return false;
}
