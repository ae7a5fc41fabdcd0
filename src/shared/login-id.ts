/**
 * The key a login ID is unique by and looked up by: Unicode compatibility form (NFKC, so full-width
 * 「ＨＡＧＩ－ＴＡＮＴＯ」 is 「HAGI-TANTO」) and case folded (so it is 「hagi-tanto」), trimmed.
 * Upper- then lower-casing folds characters whose lower case alone differs (ß → ss).
 */
export function loginKey(loginId: string): string {
  return loginId.normalize('NFKC').trim().toUpperCase().toLowerCase().normalize('NFKC');
}
