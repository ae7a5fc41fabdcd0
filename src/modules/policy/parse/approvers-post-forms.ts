/**
 * The shorter forms a text writes an office in once it fills a role, so that an approval or a duty written by the
 * office (「所属課長の承認」, 「校長の許可」) names the role: 「各課長」 (「事務局の各課長」) is each 課長, written 課長, 所属課長
 * (the 課長 of one's own unit) or 所管課長 (of the unit that holds the asset); 学校長 is written 校長; 「所属の長」 is 所属長;
 * 「学校の校長」 is 校長 and 「センター所長」 is 所長.
 */

/** A unit whose head is written 「所属X長」「所管X長」 for the head of one's own unit or of the unit concerned. */
const UNIT_HEAD = /^[課部局室係所署]長$/;

/** The other forms of one office (not the office itself). */
function formsOf(office: string): string[] {
  const out: string[] = [];
  // 「事務局の各課長」「本局の各課長」: the heads of every unit of a kind, wherever they are.
  const each = /^(?:[\u4e00-\u9fff]{1,8}の)?各([\u4e00-\u9fff]{1,6}長)$/.exec(office);
  const head = each?.[1] ?? office;
  if (each) out.push(`各${head}`, head);
  // 「所属の長」「所管課の長」 → 所属長, 所管課長.
  const of = /^([\u4e00-\u9fff]{1,6})の長$/.exec(head);
  if (of) out.push(`${of[1]}長`);
  if (UNIT_HEAD.test(head)) out.push(`所属${head}`, `所管${head}`);
  if (/^(?:各)?学校長$/.test(head)) out.push('学校長', '校長');
  // 「学校の校長」「各施設の施設長」: the head of each unit of a kind, written by the head's title alone (校長, 施設長).
  const unitOf = /^各?[\u4e00-\u9fffァ-ヴー]{1,8}の([\u4e00-\u9fff]{1,6}長)$/.exec(office);
  if (unitOf && unitOf[1].length >= 2) out.push(unitOf[1]);
  // 「センター所長」「教育センター所長」: the head of a unit named by its kind in katakana, written 所長 alone.
  const kana = /^[\u4e00-\u9fff]{0,6}[ァ-ヴー]{2,}([所館園院署]長)$/.exec(head);
  if (kana) out.push(kana[1]);
  return out.filter((f) => f !== office);
}

/**
 * Adds to `offices` (office → the one role it fills) the other forms of each office: their shorter forms. A form that is already an office, a role's name, or a form of offices filling two different
 * roles names no role.
 */
export function withOfficeForms(offices: Map<string, string>, roleNames: ReadonlySet<string>): void {
  const found = new Map<string, string | null>();
  for (const [office, role] of offices) {
    for (const f of formsOf(office)) {
      if (offices.has(f) || roleNames.has(f)) continue;
      const had = found.get(f);
      found.set(f, had === undefined || had === role ? role : null);
    }
  }
  for (const [form, role] of found) if (role) offices.set(form, role);
}
