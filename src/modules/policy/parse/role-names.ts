/**
 * Whether a phrase is a role name: the words a role's name ends with, the parties and staff that are no role, and
 * the role noun at the end of a longer phrase.
 */
/**
 * Words a role name ends with; committees (委員会) and their chairs are handled elsewhere. Names borrowed
 * from English end in the katakana word for the person (情報セキュリティオフィサー, システムアドミニストレーター),
 * never in a device's name (カードリーダー).
 */
export const ROLE_SUFFIX =
  '(?:者|員|アドバイザー|アドバイザ|補佐官|CISO|CIO|オフィサー|マネージャー|マネジャー|アドミニストレーター|アドミニストレータ|(?<!カード)リーダー|ディレクター|コーディネーター|コーディネータ)';
// A role may also end in 監 or 官 where its name says what it oversees: 情報セキュリティ統括監, 情報セキュリティ管理官,
// 情報化推進監, 情報管理副監, 情報安全統括官; a board member's role in 理事 where it names security (情報セキュリティ統括理事);
// a deputy may be named by the role it stands in for: 統括責任者代理, CISO代理.
const ROLE_AT_END = new RegExp(
  `^[^、。]{0,30}?(?:${ROLE_SUFFIX}|(?:セキュリティ|情報)[^、。]{0,8}(?:監|官)|セキュリティ[^、。]{0,8}理事)(?:代理)?(?:\\([^()]{1,8}\\))?$`,
);

/** True for a phrase that is a role name as a whole. */
export function isRoleName(text: string): boolean {
  return (
    ROLE_AT_END.test(text) &&
    (text.length >= 4 || /^[A-Z]{2,6}$/.test(text)) &&
    !/^(?:当該|その|各|本|全)/.test(text) &&
    // 「(5) 委託事業者」「職員及び委託事業者とする」「(1) 承認権者」: a party outside the body, or whoever holds a
    // power (承認権者, 任命権者), is no role the body sets up; nor is a party to a business with the body (加入保険者,
    // 契約者, 申請者).
    !/(?:事業者|受託者|業者|利用者|来訪者|第三者|権者|保険者|契約者|申請者|請求者)$/.test(text) &&
    // 「事務取扱担当者を指定し」: the staff of a business (個人番号関係事務) are staff, not a role; a 情報取扱者 is one.
    !/事務(?:取扱い?)?担当者$/.test(text) &&
    // 「外部サービスの利用（第16条）　CISO」: two cells of a table run together are no name.
    !/\s/.test(text) &&
    !/(?:職員|委員|構成員|組合員|議員|教職員)(?:\([^()]*\))?$/.test(text)
  );
}

/** The role noun at the end of a phrase: `…責任を有する情報セキュリティ管理者` → `情報セキュリティ管理者`. */
export function roleAtEnd(phrase: string): string | null {
  // A role name is a run of kanji, katakana and Latin letters (plus a post in brackets).
  const tail = /[\u4e00-\u9fffァ-ヴーA-Za-z]+(?:\([^()]{1,8}\))?$/.exec(phrase.trim())?.[0] ?? '';
  return isRoleName(tail) ? tail : null;
}

/** A body whose seat a short name would be: 「CSIRTに責任者を置き」. */
const BODY_BEFORE = /(?:委員会|チーム|CSIRT|本部|会議|班|部会|連絡会|協議会|幹事会)に$/;

/**
 * The role an appointment sets up, where a short name of three kanji ending in 者 (統括者, 管理者) is a role too:
 * the appointment itself says it is one.
 */
export function appointedRole(phrase: string): string | null {
  const named = roleAtEnd(phrase);
  if (named) return named;
  // 「係に情報取扱主任を置き」: a 主任 named for the security work it does.
  const chief =
    /(?:^|[^\u4e00-\u9fffァ-ヴーA-Za-z])([\u4e00-\u9fffァ-ヴー]*(?:情報|セキュリティ|システム|ネットワーク)[\u4e00-\u9fffァ-ヴー]*主任)$/.exec(
      phrase.trim(),
    );
  if (chief) return chief[1];
  // Only where the name stands alone or after the place it is set up in (「村に統括者を置き」): 「CSIRTに責任者を置き」
  // 「委員会の責任者は」 name a body's seat.
  const short = /(?:^|、|に)([\u4e00-\u9fff]{2}者)$/.exec(phrase.trim());
  if (!short || /(?:事業者|受託者|利用者|来訪者|第三者|権者|業者)$/.test(short[1])) return null;
  return BODY_BEFORE.test(phrase.trim().slice(0, -short[1].length)) ? null : short[1];
}
