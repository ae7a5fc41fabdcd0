/**
 * What an appointment names as the holder of a role: an office (「部長」), the first of two offices, a pool
 * someone picks from. Shared by every appointment form (sentences, 別表 rows, listed items).
 */
import type { Role } from '../types.ts';

/**
 * Written as an office's name is: no kana but the の joining its parts (「総務部の情報政策課長」), not a phrase with a verb
 * (「情報システムを所管する課長」).
 */
export function inOfficeWords(text: string): boolean {
  return /^[^ぁ-ん]+(?:の[^ぁ-ん]+)*$/.test(text);
}

/** An office: 課長, 理事, 管理者 …, and offices whose name does not end in 長: a prefecture's 知事, a school's 教頭. */
export function isPost(text: string): boolean {
  return (
    /(?:長|長等|長補佐|職員|者|理事|参事|主幹|主査|主事|監|官|役|知事|教頭)$/.test(text) &&
    text.length <= 60 &&
    !/[。]/.test(text)
  );
}

/**
 * What an appointment says fills a role: an office (「部長」), the first of two offices
 * (「各課長及び各浄水場長」 → 各課長), or a pool someone picks from (「副知事のうちから知事が指名する者」 →
 * post 副知事, appointed by 知事). A description of what the holder does is no post.
 */
export function filling(text: string): Partial<Role> {
  // 「副村長の職にある者をもって充てる」「部長の職を占める者」: the post is the office itself; an aside
  // that narrows it (「課長（担当課長を除く。）」) is not part of the office's name.
  // 「各部局の長」: the distributive 各 says one holder per unit, the office is 部局の長.
  // 「それぞれ診療部長、看護部長…をもって充てる」: one office per unit named before, the first is the post.
  // 「組合の管理者をもって充て」: the body the text is the policy of holds the office; its name is no part of the post.
  // 「事務局にあっては各課長を、消防本部にあっては消防総務課長をもって充てる」: one office per kind of unit, the
  // first is the post.
  const perKind = /^[^、。を]*?にあっては、?([^、。を]+?)を、[^。]*にあっては、?[^、。を]+$/.exec(text);
  const written = (perKind ? perKind[1] : text)
    .replace(/^それぞれ(?:の(?=[\u4e00-\u9fff]))?、?/, '')
    .replace(
      /^(?:本|当)?(?:組合|広域連合|企業団|公社|協議会|連合会|本会|市|町|村|県|区)の(?=[^、。の]{2,}$)/,
      '',
    )
    .replace(/^各(?=[\u4e00-\u9fff])/, '')
    .replace(/の職(?:にある|を占める)(?:者|職員)$/, '')
    // 「副村長たる者」: an office written as whoever holds it.
    .replace(/(?<=[長官監役理事])たる(?:者|職員)$/, '')
    .replace(/\([^()]*(?:を|。)[^()]*\)$/, '');
  // 「副市長のうちから市長が指名する者」「副市長のうち市長が指定する者」: the pool is the post, the appointer appoints.
  const pool = /^(.+?)の(?:(?:うち|中)から|うち)(.+?)が(?:指名|任命|指定|委嘱)する(?:者|職員)?$/.exec(
    written,
  );
  if (pool) return { post: ofOwnUnit(pool[1]), appointedBy: pool[2] };
  // 「理事長が理事のうちから指名する者」: the appointer first, then the pool.
  const pool2 = /^([^、。]+?)が([^、。]+?)の(?:うち|中)から(?:指名|任命|指定|委嘱)する(?:者|職員)?$/.exec(
    written,
  );
  // 「情報システム管理者が所管する課室の職員のうちから指名する」: the unit is named by whose it is, so its staff are
  // no office; the one whose unit it is picks from them.
  if (pool2 && /[ぁ-ん]/.test(pool2[2].replace(/の/g, '')) && /(?:職員|従業員)$/.test(pool2[2]))
    return { appointedBy: pool2[1] };
  if (pool2) return { post: ofOwnUnit(pool2[2]), appointedBy: pool2[1] };
  // 「学長が指名する副学長」: an office the appointer picks the holder of. Staff picked (「…が指名する教職員」) are
  // no office: anyone of them may be picked.
  const picked = /^([^、。]+?)が(?:指名|任命|指定)する([^、。]+)$/.exec(written);
  if (picked && isPost(firstOffice(picked[2])) && !/^(?:者|[\u4e00-\u9fff]{0,4}職員|教員)$/.test(picked[2]))
    return { post: picked[2], appointedBy: picked[1] };
  // 「…課の長が指名する職員」: an appointment, not a post (充て職).
  const appointer = /^(.+)が(?:指名|任命|指定|委嘱)する/.exec(written);
  if (appointer) return { appointedBy: appointer[1] };
  const first = firstOffice(written);
  return { post: concerned(first, first !== written) };
}

/**
 * 「所属の係長等の中から指名する」: 所属 is the appointer's own unit, so the office picked from is the post (係長等). The
 * head of it (「所属の長」) is an office of its own and keeps its unit.
 */
function ofOwnUnit(post: string): string {
  const office = /^所属の([^、。の]{2,})$/.exec(post)?.[1];
  return office && isPost(office) ? office : post;
}

/**
 * 当該 (the one concerned) before an office. 「当該学校の校長」「当該部局の長」: the unit the text means, with its office,
 * as written. Where a list follows (「当該所属の課長又は施設の長」), 当該 qualifies the whole list and the first office
 * is the post (課長). Where a clause says which unit (「当該情報システムを所管する課の課長補佐」), the office after the
 * unit is the post (課長補佐); a bare 長 keeps the clause (「…を所管する係の長」, see unitHeads in roles.ts). Where the
 * office follows the clause with no unit between (「当該情報システムを所管する課長」), the clause is what says whose office it is: the
 * post is written in full.
 */
function concerned(post: string, listed: boolean): string {
  if (!post.startsWith('当該')) return post;
  const relative = /^当該[^、。]*?する([^、。]+)$/.exec(post);
  if (!relative && !listed) return post;
  const rest = relative ? relative[1] : post.slice(2);
  // 「…を所管する課の課長補佐」: the unit's own office (named by the unit) is the post; 「…を所管する課の係長」: an office
  // of a unit below it, one of several in that unit, is said by the clause in full.
  const office = /^([^、。]+)の([^、。の]{2,})$/.exec(rest);
  if (office && isPost(office[2]))
    return !relative || office[2].startsWith(office[1].slice(-1)) ? office[2] : post;
  // 「当該…を所管する課室の長」「…課等の長」: the head of a class of units is said by the clause, kept in full; so is
  // the head of one kind of unit (「…を所管する係の長」), which the roles read as that unit's office (「係の長」) unless
  // another role is filled by the heads of that unit (unitHeads in roles.ts).
  if (relative && /^[^、。の]+の長$/.test(rest)) return post;
  return relative && rest.includes('の') ? rest : post;
}

/** The first of offices joined by 及び/又は/並びに, when each is an office of its own. */
export function firstOffice(written: string): string {
  // 「課長、看護部長その他これらに準ずる部門の長」: the offices listed before 「その他」 name the post.
  // 「各課の長及びこれに相当する職にある者」: an office and its equivalents is the office.
  const parts = written
    .replace(/(?<=.)(?:その他|(?:及び|又は|並びに)これら?に(?:相当|準ず|準じ))[^、。]*$/, '')
    .split(/及び|又は|並びに|、/);
  // 「課長及び保養施設の支配人」「診療部長、看護部長及び事務局次長」: offices, where no part is a phrase with a verb.
  return (parts.length > 1 || parts[0] !== written) &&
    isPost(parts[0]) &&
    parts.every((p) => inOfficeWords(p))
    ? parts[0]
    : written;
}
