/**
 * Offices named together: 「情報セキュリティ責任者は、診療部長、看護部長及び事務局次長（以下「部長」という。）を
 * もって充てる」 fills the role with the offices the text then calls by one name; that name is the post.
 */

const COLLECTIVE = /^([^、。()]+?)は、([^。]+?)\(以下「([^」]+)」という。?\)をもって(?:これに)?充て/;

/** The role (as written) and the name the text gives the offices filling it, or null. */
export function collectivePost(sentence: string): { role: string; post: string } | null {
  const m = COLLECTIVE.exec(sentence);
  if (!m || !/(?:及び|並びに|、)/.test(m[2]) || !/(?:長|長等|職員|理事|参事|主幹|監|官|役)$/.test(m[3]))
    return null;
  return { role: m[1], post: m[3] };
}
