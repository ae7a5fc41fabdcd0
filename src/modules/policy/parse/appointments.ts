/**
 * Every form an appointment sentence can take (Xを置き、Yをもって充てる / Xは、Yをもって充てる / YをXとする /
 * Zは、Xを指名する …): which role it sets up, the office that fills it, who appoints.
 */
import type { Role } from '../types.ts';
import { filling, firstOffice, inOfficeWords, isPost } from './appointments-posts.ts';
import { appointedRole, isRoleName, roleAtEnd } from './role-names.ts';
import { escapeRe, splitNames, stripParens } from './sentences.ts';

/** Whether an office (no role's name, no phrase) fills the role named in full. */
function officeBecomes(office: string, role: string): boolean {
  return roleAtEnd(role) === role && isPost(office) && !isRoleName(office) && inOfficeWords(office);
}

/** Offices listed with 、 and 及び / 並びに / 又は (「診療部長、看護部長及び事務局次長」), each an office of its own. */
function isOfficeList(text: string): boolean {
  const parts = text.split(/、|及び|並びに|又は/);
  return (
    parts.length > 1 &&
    parts.every((p) => inOfficeWords(p)) &&
    isPost(parts[0]) &&
    isPost(parts[parts.length - 1])
  );
}

/**
 * 「Yの下に置き、総務部長」「各課に１人置き、当該課の長」: a clause ending in a verb before the office is no part of
 * it; the office after it is what fills the role.
 */
function afterClause(text: string): string {
  const i = text.lastIndexOf('、');
  if (i < 0 || text.includes('にあっては')) return text;
  const head = text.slice(0, i);
  const tail = text.slice(i + 1);
  return /[ぁ-ゖ]$/.test(head) &&
    !/[をのはもとが]$|^(?:それぞれ|いずれも)$/.test(head) &&
    isPost(firstOffice(tail)) &&
    inOfficeWords(tail)
    ? tail
    : text;
}

/**
 * Roles each paired with its office in one sentence: 「AはYを、BはZを（もって）充てる」「AはY、BはZをもって充てる」
 * 「AはYとし、BはZとする」「A及びBは、それぞれY及びZをもって充てる」. Every pair must be a role and an office.
 */
function paired(s: string, path: string, upsert: Upsert): boolean {
  const plain = (p: string) => isPost(p) && inOfficeWords(p);
  const each = s.includes('は、それぞれ')
    ? /^(.+?)は、それぞれ、?([^。]+?)(?:をもって(?:これに)?充て|を充て|とする)/.exec(s)
    : null;
  if (each) {
    const names = splitNames(each[1]);
    const offices = splitNames(each[2]);
    if (
      names.length < 2 ||
      names.length !== offices.length ||
      !names.every((n) => appointedRole(n) === n) ||
      !offices.every(plain)
    )
      return false;
    names.forEach((n, i) => {
      upsert(n, path, filling(offices[i]));
    });
    return true;
  }
  if (!s.includes('充て') && !s.includes('とする')) return false;
  const m =
    /^((?:[^、。を]+?(?:は|には)、?[^、。を]+?(?:を、|とし、|、))+[^、。を]+?(?:は|には)、?[^、。を]+?)(?:を(?:もって)?(?:これに)?(?:それぞれ)?充て|とする。?$|をもって充て)/.exec(
      s,
    );
  if (!m) return false;
  const pairs = m[1]
    .split(/(?:を|とし)?、(?=[^、。を]+?(?:は|には))/)
    .map((p) => /^([^、。を]+?)(?:は|には)、?([^、。を]+)$/.exec(p));
  if (pairs.length < 2 || !pairs.every((p) => p && appointedRole(p[1]) === p[1] && plain(p[2]))) return false;
  for (const p of pairs) if (p) upsert(p[1], path, filling(p[2]));
  return true;
}

/**
 * 「AにYを、BにZを、それぞれ充てる」「AにYを、BにZをもって充てる」: each role with に, the office after it. An office
 * that is itself a role's name (a committee's seats: 「議長にXを、委員にYを充てる」) pairs no role.
 */
function pairedWithNi(s: string, path: string, upsert: Upsert): boolean {
  if (!s.includes('充てる')) return false;
  const m =
    /^((?:[^、。を]+?に、?[^、。を]+?を、)+[^、。を]+?に、?[^、。を]+?)を、?(?:それぞれ)?、?(?:もって)?(?:これに)?充てる/.exec(
      s,
    );
  if (!m) return false;
  const pairs = m[1].split('を、').map((p) => /^([^、。を]+?)に、?([^、。を]+)$/.exec(p));
  const office = (p: string) => isPost(p) && !isRoleName(p) && inOfficeWords(p);
  if (pairs.length < 2 || !pairs.every((p) => p && appointedRole(p[1]) === p[1] && office(p[2])))
    return false;
  for (const p of pairs) if (p) upsert(p[1], path, filling(p[2]));
  return true;
}

/**
 * 「Xには、所長の職を指定する」「Xに、A課長及びB課長の職並びにC所長の職を充てる」: the offices (職) named for a role;
 * the first is the post.
 */
function officesDesignated(s: string, path: string, upsert: Upsert): boolean {
  if (!s.includes('の職を')) return false;
  const m =
    /^([^、。を]+?)(?:の職)?(?:には|に)、?([^。を]+?)の職を(?:(?:指定|指名)する|(?:もって)?充てる)/.exec(s);
  if (!m || appointedRole(m[1]) !== m[1]) return false;
  const offices = m[2].replace(/の職(?=及び|並びに|又は|、)/g, '');
  const parts = offices.split(/及び|並びに|又は|、/);
  if (!parts.every((p) => inOfficeWords(p)) || !isPost(parts[0])) return false;
  upsert(m[1], path, filling(offices));
  return true;
}

/** The head of a body, named like a role: 管理者 of a 組合, 病院事業管理者, 公営企業管理者. */
const OFFICE_NAMED_LIKE_ROLE = /^(?:副?管理者|[\u4e00-\u9fff]{0,6}(?:事業|企業)管理者)$/;

/** Records a role the sentence sets up, with what it says of it. */
export type Upsert = (name: string, path: string, patch?: Partial<Role>) => unknown;

function perUnitOf(sentence: string): string | undefined {
  const m = /(課|部|局|係|室|所属|支所)(?:等)?(?:\([^()]*\))?に[^。]*?を置/.exec(sentence);
  return m ? m[1] : undefined;
}

/** 「前項の」「第３条第１項の」「各課等に置く」 before the role a sentence is about. */
const QUALIFIED =
  /^(?:(?:前|同|第[0-9一二三四五六七八九十]+)(?:条|項)(?:第[0-9一二三四五六七八九十]+項)?(?:に規定する|に定める|の)|(?:各)?[\u4e00-\u9fff]{1,10}?等?に置く)([\u4e00-\u9fffァ-ヴーA-Za-z]+)(は|には|の職)/;

/**
 * An appointment as the other forms read it: the older kana 「もつて」 as 「もって」, a head count (「X１人を置き」) left
 * out, the comma a role's 「は」 may go without (「Xは総務課長とする」) put back.
 */
function spelled(s: string): string {
  let t = s.includes('もつて') ? s.replace(/もつて/g, 'もって') : s;
  // 「…をもってあてる」「…があたる」: the verb in kana; 「…とします」「…を置きます」: the polite endings; 「Xを置くものとし、」:
  // the set-up written as a rule.
  if (/あて|あた|ます|を置くもの|を置くこと/.test(t))
    t = t
      .replace(/(もって|を)あて(?=る|、|ます)/g, '$1充て')
      .replace(/が(これに)?あた(?=る|り)/g, 'が$1当た')
      .replace(/(と|指名|任命|指定)します(?=。?$|、)/g, '$1する')
      .replace(/となります(?=。?$)/, 'となる')
      .replace(/を置きます(?=。?$)/, 'を置く')
      .replace(/を置く(?:もの|こと)とし、/g, 'を置き、');
  // 「Yをもって、これに充てる」「Yが、これを兼ねる」: 「これに」 set off by a comma.
  if (t.includes('、これ')) t = t.replace(/(をもって|が)、(?=これ[にを])/g, '$1');
  // 「前項のXは」「各課等に置くXは」: what says which one the role is goes before its name.
  const which = QUALIFIED.exec(t);
  if (which && isRoleName(which[1])) t = t.slice(which[0].length - which[1].length - which[2].length);
  if (t.includes('人を置'))
    t = t.replace(/(?<=[^、。])(?:[0-9]+|[一二三四五六七八九十]+|若干)人(?=を置)/g, '');
  // 「…のうちからXを一人指名する」「Xを若干名置く」: the head count after を.
  if (/を(?:[0-9]+|[一二三四五六七八九十]+|若干)[人名]/.test(t))
    t = t.replace(/(?<=を)(?:[0-9]+|[一二三四五六七八九十]+|若干)[人名](?=指名|任命|指定|置)/g, '');
  const bare = /^([\u4e00-\u9fffァ-ヴーA-Za-z]+)は(?=[^、])/.exec(t);
  return bare && isRoleName(bare[1]) ? `${bare[1]}は、${t.slice(bare[0].length)}` : t;
}

/** Every appointment form a sentence can take (see the file comment). */
export function appointments(written: string, path: string, upsert: Upsert): void {
  // 「部長のうちから、CISOが指名する者」: the comma after the pool changes nothing.
  const s = spelled(written.includes('から、') ? written.replace(/(の(?:うち|中)から)、/g, '$1') : written);
  if (!/とする|とし、|となる|を置|充て|として|指名|任命|指定|委嘱|当た|務め|兼|就|担|命/.test(s)) return;
  const optional = /必要に応じ/.test(s) ? { optional: true } : {};
  // Each form below is tried only on a sentence with the words it needs: most sentences have none of them, and the
  // forms are slow on long sentences.
  const fills = s.includes('充て');
  const sets = s.includes('を置き、');
  const picks = /指名|任命|指定|委嘱/.test(s);
  // 「CISOは、…知識及び経験を有する者をXとして置く（委嘱する）ことができる」: an outside expert engaged in a capacity,
  // named by what they know, is no role of the body's own.
  if (/(?:知識|経験|見識)を有する(?:外部の)?(?:者|専門家)を、?[^、。を]+?として(?:置|委嘱)/.test(s)) return;
  // 「管理者は、その指名する職員を情報セキュリティ推進者とし、…」: the subject picks who holds the role.
  let m = picks
    ? /^([^、。]+?)は、(?:その|自ら)?(?:指名|任命|指定)する(?:職員|者)を、?([^、。を]+?)と(?:し、|する。?$)/.exec(
        s,
      )
    : null;
  const chosen = m ? roleAtEnd(m[2]) : null;
  if (m && chosen === m[2]) {
    upsert(chosen, path, { appointedBy: m[1], ...optional });
    return;
  }
  // 「総務部長をCISO直属の統括情報セキュリティ責任者とする」「…作業を行う者を、情報システム担当者とする」
  // 「AをXとし、BをYとする」: the first office is the post (the first is given when two fill it).
  // 「当該情報システムを所管する課長をXとし、」: the office may be said by a clause with its own object.
  m =
    (s.includes('とし、') ? /^([^、。]+?)を、?([^、。を]+?)とし、/.exec(s) : null) ??
    (s.includes('とする') ? /^(.+?)を、?([^、。を]+?)とする。?$/.exec(s) : null);
  const named = m ? roleAtEnd(m[2]) : null;
  // 「学校にあっては教頭を、事務局の各課にあっては課長が指名する係長を、Xとする」: one office per kind of unit,
  // the first is the post.
  const perKind = m && named ? /^[^、。を]*?にあっては、?([^、。を]+?)を、/.exec(m[1]) : null;
  if (m && named === m[2] && perKind && isPost(perKind[1]) && /^[^ぁ-ん]+$/.test(perKind[1])) {
    upsert(named, path, { post: firstOffice(perKind[1]) });
    return;
  }
  // The role may follow a modifier: 「CISO直属の…」「当該情報システムに関する…」.
  if (m && named && (named === m[2] || /[ぁ-ん]$/.test(m[2].slice(0, -named.length)))) {
    // Only an office is a post; a description of what the holder does is not. 「総務部長の職にある者」 is the office.
    const holder = m[1].replace(/の職(?:にある|を占める)(?:者|職員)$/, '');
    // 「情報システム管理者が指名する職員をXとし」: whoever the appointer picks, no office.
    const pickedBy = /^([^、。を]+?)が(?:指名|任命|指定|委嘱)する(?:職員|者)$/.exec(holder);
    if (pickedBy) {
      upsert(named, path, { appointedBy: pickedBy[1], ...optional });
      return;
    }
    const office =
      (isPost(holder) || isOfficeList(holder)) &&
      (!/[、]/.test(holder) || isOfficeList(holder)) &&
      holder.length <= 60 &&
      !/(?:う|る|た)者$/.test(holder);
    upsert(named, path, office ? { post: firstOffice(holder) } : {});
    return;
  }
  // 「…を行う者を情報システム担当者とし、情報システム管理者が指名する」: a role someone picks, no office named.
  m = picks ? /を、?([^、。を]+?)とし、([^、。]+?)が(?:指名|任命|指定)する。?$/.exec(s) : null;
  const picked = m ? roleAtEnd(m[1]) : null;
  if (m && picked === m[1]) {
    upsert(picked, path, { appointedBy: m[2], ...optional });
    return;
  }
  // 「…専門家を、CISOの下に置く最高情報セキュリティアドバイザーに委嘱することができる」
  m =
    (s.includes('の下に置く')
      ? /^([^、。]+?)は、(?:[^。]*?)の下に置く([^、。]+?)に(?:委嘱|任命|指名)/.exec(s)
      : null) ?? (s.includes('委嘱') ? /^([^、。]+?)は、[^。]*?を([^、。を]+?)に委嘱/.exec(s) : null);
  if (m) {
    const name = roleAtEnd(m[2]);
    if (name) {
      upsert(name, path, { appointedBy: m[1], ...optional });
      return;
    }
  }
  // 「部にXを、課にYを置き、それぞれ部長及び課長をもって充てる」: roles and offices paired in order;
  // 「X及びYを置き、いずれも総務部長をもって充てる」: one office fills each.
  m = sets && fills ? /^(.+)を置き、(それぞれ|いずれも)、?([^。]+?)をもって(?:これに)?充て/.exec(s) : null;
  if (m) {
    const parts = m[1].split(/を、|及び|並びに|、/).map((part) => part.trim());
    const names = parts.map((part) => appointedRole(part));
    const offices = m[3].split(/及び|並びに|、/);
    const each = m[2] === 'いずれも';
    if (names.length > 1 && names.every((n) => n) && (each || offices.length === names.length)) {
      const all = m[3];
      names.forEach((name, i) => {
        if (name)
          upsert(name, path, { ...filling(each ? all : offices[i]), perUnit: perUnitOf(`${parts[i]}を置`) });
      });
      return;
    }
  }
  // 「…を置き、課長補佐又は係長のうちから管理者が指名する」「…を置き、管理者が係長職にある者のうちから指名する」:
  // the pool picked from is the post, whoever picks appoints.
  m =
    sets && picks
      ? /(?:^|、)([^、。]*?)を置き、([^、。]+?の(?:うち|中)から[^、。]*?(?:指名|任命|指定|委嘱)する)(?:者とする)?。?$/.exec(
          s,
        )
      : null;
  if (m) {
    const name = appointedRole(m[1]);
    const fill = filling(m[2].replace(/する$/, 'する者'));
    // 「所属の職員のうちから指名する」: anyone of the staff may be picked, so the pool is no office.
    const staff = /(?:^|の)(?:職員|教職員|従業員|者)等?$/.test(fill.post ?? '');
    if (name && fill.post && isPost(fill.post) && !staff) {
      upsert(name, path, { ...fill, perUnit: perUnitOf(s) });
      return;
    }
  }
  // 「…を置き、総務課長の職にある者を町長が指名する」「…を置き、総務課電算係長を指名する」: the office named is the
  // post, whoever names it appoints; staff named (「職員を課長が指名する」) are no office.
  m = /(?:^|、)([^、。]*?)を置き、([^、。を]+?)を(?:([^、。を]+?)が)?(?:指名|任命|指定)する。?$/.exec(s);
  if (m) {
    const name = appointedRole(m[1]);
    const fill = filling(m[2]);
    const staff = /(?:^|の)(?:職員|教職員|従業員|者)等?$/.test(fill.post ?? '');
    if (name && fill.post && isPost(fill.post) && !staff && inOfficeWords(fill.post)) {
      upsert(name, path, { ...fill, ...(m[3] ? { appointedBy: m[3] } : {}), perUnit: perUnitOf(s) });
      return;
    }
  }
  // 「…を置き、総務課長が兼ねる」「…を置き、その職は、Yが兼務する」「…を置き、Yの職にある者がこれに当たる」
  // 「…を置き、副市長がその職に就く」「…を置き、Yがその任に当たる」 fill the role like 「…をもって充てる」.
  m = sets
    ? /(?:^|、)([^、。]*?)を置き、(?:その職は、)?(.+?)(?:をもって(?:これに)?充て|を充て|が兼ね|が兼務|をもって兼ね|がこれに当たる|が(?:これを)?務め|が(?:その(?:職|任)|これ)に(?:就|当た))/.exec(
        s,
      )
    : null;
  if (m) {
    const name = appointedRole(m[1]);
    if (name) upsert(name, path, { ...filling(withoutRestated(m[2], name, m[1])), perUnit: perUnitOf(s) });
    return;
  }
  // 「…に統括監を置き、次長を統括監に充てる」: the office is named before the role it fills.
  m = sets && fills ? /(?:^|、)([^、。]*?)を置き、([^、。]+?)を[^、。を]+?に充てる/.exec(s) : null;
  if (m) {
    const name = roleAtEnd(m[1]);
    if (name) upsert(name, path, { ...filling(m[2]), perUnit: perUnitOf(s) });
    return;
  }
  // 「…にXを置き、X（or its short name）は、事務局長の職にある者とする」.
  m = sets ? /(?:^|、)([^、。]*?)を置き、([^、。]+?)は、([^、。]+?)とする。?$/.exec(s) : null;
  if (m && /^[\u4e00-\u9fffァ-ヴーA-Za-z]+$/.test(m[2])) {
    const name = roleAtEnd(m[1]);
    const fill = filling(m[3]);
    // Set up in the same sentence, what it 「とする」 is who fills it, even an office named like a role (交通事業管理者).
    if (name && (fill.appointedBy || (fill.post && isPost(fill.post)))) {
      upsert(name, path, { ...fill, perUnit: perUnitOf(s) });
      return;
    }
  }
  // 「本市にXを置き、総務部長とする」「各課にXを置き、課長補佐又は係長のうちから課長が指名する者とする」: what the
  // sentence makes of the role it set up is who fills it.
  m = sets ? /(?:^|、)([^、。]*?)を置き、([^、。]+?)とする。?$/.exec(s) : null;
  if (m) {
    const name = appointedRole(m[1]);
    const fill = name ? filling(m[2]) : {};
    const office = fill.post && isPost(fill.post) && !isRoleName(fill.post) && inOfficeWords(fill.post);
    if (name && (office || fill.appointedBy)) {
      upsert(name, path, { ...fill, perUnit: perUnitOf(s) });
      return;
    }
  }
  // 「副市長をもって最高情報セキュリティ責任者に充てる」: the office first, the role it fills after 「をもって」.
  // A purpose written first (「…を管理させるため、課長をもって…に充てる」) is no part of the office.
  m = s.includes('をもって')
    ? /^(?:[^。]*?(?:ため|ように)、)?([^。]+?)をもって、?([^、。を]+?)(?:に充てる|とする。?$)/.exec(s)
    : null;
  if (m && roleAtEnd(m[2]) === m[2] && !/(?:は|には)、/.test(m[1])) {
    upsert(m[2], path, { ...filling(m[1]), perUnit: perUnitOf(s) });
    return;
  }
  // 「AはYを、BはZを充てる」「AにはYを、BにはZをもって充てる」: each role with the office written after it.
  if (paired(s, path, upsert) || pairedWithNi(s, path, upsert)) return;
  if (officesDesignated(s, path, upsert)) return;
  // 「Xは、…を充ててはならない」 forbids, it appoints no one.
  m = fills
    ? /^([^、。]+?)(?:の職)?(?:は|には)、(.+?)(?:をもって(?:これに)?充て|を充て)(?!てはならない)/.exec(s)
    : null;
  if (m && appointedRole(m[1]) === m[1]) {
    // 「副校長又は教頭のうちから校長が指名する者をもって充てる」: the pool is the post, the appointer appoints.
    upsert(m[1], path, filling(afterClause(m[2])));
    return;
  }
  // 「Xは、副市長が務める」「Xには、各課長が当たる」「Xは、Yがこれを務めるものとし、…」「Xは、Yが兼ねる」
  // 「Xは、Yをもって兼ねる」「Xの職には、Yが就く」「Xの職は、Yが担う」: Y fills X.
  m =
    /^([^、。]+?)(?:の職)?(?:は|には)、([^、。]+?)(?:が(?:これを|これに)?(?:務め|当た|兼ね|兼務す|就|担)|をもって兼ね)/.exec(
      s,
    );
  // 「Xの職には、副知事のうち知事が指名する者が就く」: the pool picked from is the post.
  const holder = m ? m[2].replace(/の職(?:にある|を占める)(?:者|職員)$/, '') : '';
  const pool = /^[^ぁ-ん]+の(?:うち|中)(?:から)?[^、。]+が(?:指名|任命|指定)する(?:者|職員)$/.test(holder);
  // 「区役所の各課長及び各出張所長の職にある者がこれに当たる」: offices listed are offices too.
  const plain = inOfficeWords(holder.replace(/及び|並びに|又は/g, '、'));
  if (m && appointedRole(m[1]) === m[1] && (pool || plain)) {
    const fill = filling(holder);
    if (fill.post && isPost(fill.post)) {
      upsert(m[1], path, fill);
      return;
    }
  }
  // 「市長は、副市長を最高情報セキュリティ責任者に任命する」: the office named before the role fills it; Z appoints.
  m = picks ? /^([^、。]+?)は、([^、。を]+?)を([^、。を]+?)に(?:任命|指名|指定|委嘱)する/.exec(s) : null;
  if (m && roleAtEnd(m[3]) === m[3] && isPost(m[2]) && inOfficeWords(m[2])) {
    upsert(m[3], path, { post: firstOffice(m[2]), appointedBy: m[1] });
    return;
  }
  // 「統括情報セキュリティ責任者に総務部長を充てる」: the role first, with に, then the office.
  m = fills ? /^([^、。を]+?)に、?([^、。を]+?)を(?:もって)?(?:これに)?充てる/.exec(s) : null;
  if (m && roleAtEnd(m[1]) === m[1] && isPost(m[2]) && inOfficeWords(m[2])) {
    upsert(m[1], path, filling(m[2]));
    return;
  }
  // 「総務課長を情報システム管理者に指定する」「Xを補佐する者として、総務部長をYに指定する」: no appointer named. A
  // subject written first (「Xは、…ため、総務課長をYに指定することができる」) is the other form's.
  m = picks
    ? /^(?:(?:(?!は、)[^。])*?(?:として|ため)、)?([^、。を]+?)を([^、。を]+?)に(?:任命|指名|指定)する/.exec(s)
    : null;
  if (m && officeBecomes(m[1], m[2])) {
    upsert(m[2], path, { post: firstOffice(m[1]) });
    return;
  }
  // 「総務課長は、情報システム管理者となる」「情報システム管理者として総務課長を充てる」: the office becomes the role.
  m = s.includes('となる') ? /^([^、。]+?)は、([^、。を]+?)となる(?:ものとする)?。?$/.exec(s) : null;
  const becomes = m && !/(?:^|の)(?:職員|教職員|者)$/.test(m[1]);
  if (m && becomes && officeBecomes(m[1], m[2])) {
    upsert(m[2], path, { post: firstOffice(m[1]) });
    return;
  }
  // 「Xとして、Yをもって充てる」「各課に、Xとして、Yを充てる」.
  m = fills ? /(?:^|、)([^、。]+?)として、?([^、。を]+?)を(?:もって)?(?:これに)?充てる/.exec(s) : null;
  if (m && roleAtEnd(m[1]) === m[1] && isPost(m[2]) && inOfficeWords(m[2])) {
    upsert(m[1], path, { ...filling(m[2]), perUnit: perUnitOf(s) });
    return;
  }
  // 「企画課長を、情報資産管理者に充てる」: the office first, without 「もって」.
  m = fills ? /^([^、。を]+?)を、?([^、。を]+?)に充てる/.exec(s) : null;
  if (m && officeBecomes(m[1], m[2])) {
    upsert(m[2], path, { post: firstOffice(m[1]) });
    return;
  }
  // 「企画係長が、情報資産管理者となる」.
  m = s.includes('となる') ? /^([^、。]+?)が、?([^、。を]+?)となる(?:ものとする)?。?$/.exec(s) : null;
  if (m && officeBecomes(m[1], m[2]) && !/(?:^|の)(?:職員|教職員|者)$/.test(m[1])) {
    upsert(m[2], path, { post: firstOffice(m[1]) });
    return;
  }
  // 「村長は、総務課長に情報資産管理者を命ずる」「市長は、Yに対し、Xを命ずる」: Z appoints the office Y to X.
  m = /^([^、。]+?)は、([^、。を]+?)に(?:対し(?:て)?、?)?([^、。を]+?)を命(?:ず|じ)る/.exec(s);
  if (m && officeBecomes(m[2], m[3])) {
    upsert(m[3], path, { post: firstOffice(m[2]), appointedBy: m[1] });
    return;
  }
  // 「市に、最高情報セキュリティ責任者として副市長を置く」.
  m = s.includes('として') ? /(?:^|、)([^、。]+?)として、?([^、。を]+?)を置/.exec(s) : null;
  const setAs = m ? roleAtEnd(m[1]) : null;
  if (m && setAs && isPost(m[2]) && inOfficeWords(m[2])) {
    upsert(setAs, path, { post: firstOffice(m[2]), perUnit: perUnitOf(s) });
    return;
  }
  // 「Xに充てる者は、副市長とする」.
  m = fills ? /^([^、。]+?)に充てる(?:者|職)は、([^、。]+?)とする/.exec(s) : null;
  if (m && appointedRole(m[1]) === m[1]) {
    upsert(m[1], path, filling(m[2]));
    return;
  }
  // 「統括情報セキュリティ責任者は、デジタル推進局長とする。」「…は、常務理事のうちから理事長が指名する者とする。」
  // The subject may carry its short name: 「X（以下「Z」という。）は、副管理者とする。」
  m = /^([^、。]+?)は、([^、。]+?)とする。?$/.exec(stripParens(s));
  if (m && roleAtEnd(m[1]) === m[1]) {
    const fill = filling(m[2]);
    // 「…は、常勤の副管理者とする」: an office with a qualifier is a post even where its noun reads like a role.
    const roleItself = isRoleName(m[2]) && roleAtEnd(m[2]) === m[2];
    if (fill.appointedBy || (fill.post && isPost(fill.post) && !roleItself)) {
      upsert(m[1], path, fill);
      return;
    }
  }
  // 「情報システム管理者は、情報政策課長とし、…」: filled and tasked in one sentence.
  // 「Xは、会計管理者の職にある者とし、」: the office said to be held is one, even named like a role.
  m = s.includes('とし、') ? /^([^、。]+?)は、([^、。]+?)とし、/.exec(s) : null;
  const held = m ? /^([^ぁ-ん]+)の職にある(?:者|職員)$/.exec(m[2]) : null;
  if (m && roleAtEnd(m[1]) === m[1] && isPost(m[2]) && (held || !isRoleName(m[2])) && m[2].length <= 25) {
    upsert(m[1], path, filling(m[2]));
    return;
  }
  // 「総務課長は、村の全ての情報システムについて、情報システム管理者を兼ねる」「会計管理者は、Xを兼務する」: the office
  // takes on the role. A role taking on another (「情報システム担当者は、…担当者を兼ねる」) names no office.
  m = s.includes('兼')
    ? /^([^、。]+?)は、(?:[^。]*?、)?([^、。を]+?)を(?:兼ね|兼務す|兼任す)る(?:ものとする)?。?$/.exec(s)
    : null;
  if (m && isPost(m[1]) && !isRoleName(m[1]) && /^[^ぁ-ん]+$/.test(m[1]) && roleAtEnd(m[2]) === m[2]) {
    upsert(m[2], path, { post: m[1] });
    return;
  }
  // 「施設課長は、防災システム管理者として、…」「各課長は、それぞれXとして、…」「総務部長は、XとしてYを補佐し」
  // 「病院事業管理者は、病院局のXとして、…」: the office fills the role it acts as; the body whose role it is (「病院局の」)
  // is no part of the name. An office named like a role (病院事業管理者, 管理者) is an office still.
  m = s.includes('として')
    ? /^([^、。]+?)は、(?:それぞれ、?)?(?:[\u4e00-\u9fff]{1,8}の)?([^、。をの]+?)として(?:、|[^、。を]+?を)/.exec(
        s,
      )
    : null;
  if (
    m &&
    isPost(m[1]) &&
    (!isRoleName(m[1]) || OFFICE_NAMED_LIKE_ROLE.test(m[1])) &&
    !/(?:^|の)(?:職員|教職員|従業員)等?$/.test(m[1]) &&
    roleAtEnd(m[2]) === m[2]
  ) {
    upsert(m[2], path, { post: filling(m[1]).post ?? m[1] });
    return;
  }
  // 「情報セキュリティ監査責任者は、CIOが任命する。」: appointed by a role, no post named;
  // 「Xは、Zが副町長のうちから委嘱する」 also names the office.
  m = picks
    ? /^([^、。]+?)は、([^、。]+?が(?:[^、。]+?の(?:うち|中)から)?(?:任命|指名|指定|委嘱)する)。?$/.exec(s)
    : null;
  if (m && roleAtEnd(m[1]) === m[1]) {
    upsert(m[1], path, filling(m[2]));
    return;
  }
  // 「Xは、…者をYとして置く」「Xは、Wが指名する者をYとして、…に当たらせる」: X designates Y.
  m = s.includes('として')
    ? /^([^、。]+?)は、(?:[^。]*?、)?([^、。]+?)を([^、。を]+?)として(?:置|、)/.exec(s)
    : null;
  if (m && roleAtEnd(m[3]) === m[3]) {
    upsert(m[3], path, { appointedBy: m[1], ...optional });
    return;
  }
  m = picks
    ? /^([^、。]+?)は、(?:[^。]*?)([^、。を]+?)を(?:指名|任命|指定|委嘱)(?:する。?$|しなければならない。?$|することができる。?$|するものとする。?$|し、)/.exec(
        s,
      )
    : null;
  if (m) {
    const name = roleAtEnd(m[2]);
    if (name && !/者のうちから$/.test(m[2])) {
      // 「…は、所属の職員のうちから推進員を指名する」: a designation, the pool is no post (充て職); but a pool of the
      // holders of an office (「…課の係長の職にある者のうちからXを指名する」) is that office.
      const held = new RegExp(
        `(?:^|、)([^、。]+?)の職にある(?:者|職員)の(?:うち|中)から、?${escapeRe(name)}を`,
      ).exec(s.slice(m[1].length));
      const fill = held ? filling(held[1]) : {};
      const office = fill.post && isPost(fill.post) && !/(?:^|の)(?:職員|者)$/.test(fill.post);
      upsert(name, path, { ...(office ? { post: fill.post } : {}), appointedBy: m[1], ...optional });
      return;
    }
  }
  m = s.includes('を置く') ? /^(.*?)([^、。]+?)を置く(?:ものとする|ことができる)?。?$/.exec(s) : null;
  if (m) {
    const name = roleAtEnd(m[2]);
    if (name) upsert(name, path, { perUnit: perUnitOf(s), ...optional });
  }
}

/**
 * 「Xを置き、Xには、Yの職にある者を充てる」「Xを置き、Xは（or its short name は）、Yをもって充てる」: the role named again
 * before its office is not part of what fills it.
 */
function withoutRestated(fill: string, name: string, setUp: string): string {
  const m = /^([^、。]+?)(?:には|は)、(.+)$/.exec(fill);
  if (!m) return fill;
  const short = /以下「([^」]+)」/.exec(setUp)?.[1];
  // the short name: given in brackets, or the end of the name (責任者 for 情報管理責任者)
  return m[1] === name || m[1] === short || (m[1].length >= 3 && name.endsWith(m[1])) ? m[2] : fill;
}
