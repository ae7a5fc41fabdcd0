/** The words a Japanese policy uses about outsourcing contracts and the laws it cites. */

/** A sentence about outsourcing (委託). */
export const OUTSOURCING = /委託/;

/** A sentence that says what a contract must contain. */
export const CONTRACT = /契約|明記|定め|規定|盛り込|記載/;

/** A law cited with its number: 地方公務員法(昭和25年法律第261号) / 萩・長門清掃一部事務組合個人情報保護条例(平成17年条例第1号). */
export const LAW =
  /([^\s、。,「」『』()（）]{2,80}?(?:法律|法|政令|条例|規則))\s*[(（]((?:明治|大正|昭和|平成|令和)[^()（）]{0,12}?(法律|政令|条例|規則)第[0-9０-９]+号)[)）]/g;

/** Conjunctions a law's name picks up in front when the sentence lists several (及び, 並びに, …). */
export const LEADING_CONJUNCTION = /^(?:及び|並びに|又は|その他|、)+/;
