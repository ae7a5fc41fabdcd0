/**
 * The column of a table of approvers that holds the act (or the place) a sentence is about, where the table has one
 * column per act and one row per level (区分 | 持出し | 複製 | 送信) — or was printed the other way round (行為 |
 * 機密性３の情報資産 | 機密性２の情報資産, one row per act) and has been turned. A column is the sentence's when its
 * head cites the sentence's article (「院外への持出し（第１４条第２項）」), else when the sentence writes its act (持出し in
 * 「持ち出そうとするときは」) or its place (庁外), else when it is of the same kind of act.
 */
import { dittoFilled } from './approvers-ditto.ts';
import { loose, stripParens } from './sentences.ts';
import { topicOf } from './topics.ts';

/** The article and paragraph a clause's path is (第14条/2 → 14, 2; 第3章/第15条 → 15, 1); null outside articles. */
function articleOf(path: string): { article: string; paragraph: number } | null {
  const parts = path.split('/');
  const at = parts.findIndex((p) => /^第[0-9]+条(?:の[0-9]+)?$/.test(p));
  if (at < 0) return null;
  const next = parts[at + 1];
  return { article: parts[at], paragraph: next && /^[0-9]+$/.test(next) ? Number(next) : 1 };
}

/** The articles a column's head cites: 「（第１４条第２項）」, 「（第６条・第７条）」. */
function citedArticles(head: string): { article: string; paragraph?: number }[] {
  return [...head.normalize('NFKC').matchAll(/(第[0-9]+条(?:の[0-9]+)?)(?:第([0-9]+)項)?/g)].map((m) => ({
    article: m[1],
    ...(m[2] ? { paragraph: Number(m[2]) } : {}),
  }));
}

/** The kind of act each column heads, by its words without the articles it cites. */
function columnOfTopic(header: string[], sentence: string): number {
  const topics = header.map((h, i) => (i > 0 ? topicOf([stripParens(h.normalize('NFKC'))]) : undefined));
  if (topics.filter(Boolean).length < 2) return -1;
  const topic = topicOf([sentence]);
  if (!topic) return -1;
  const at = topics.indexOf(topic);
  // Two columns of the same kind (院外への持出し, 院外の者への提供 both read as going out): neither.
  return at >= 0 && topics.indexOf(topic, at + 1) < 0 ? at : -1;
}

/** The columns whose head's last two letters (庁外への持出し → 持出, 写しの作成 → 作成, 庁外) the sentence writes. */
function stemHits(header: string[], sentence: string): { i: number; stem: string }[] {
  const said = loose(stripParens(sentence));
  return header
    .map((h, i) => ({ i, stem: i > 0 ? loose(stripParens(h.normalize('NFKC'))).slice(-2) : '' }))
    .filter((c) => c.stem.length === 2 && said.includes(c.stem));
}

/**
 * The column of the sentence's act among the columns after the first: by the article its head cites, by the act's
 * word, by the act's kind; -1 where the sentence writes the acts of several columns (one sentence covering several
 * acts), -2 where it names none.
 */
export function columnOfSentence(header: string[], sentence: string, path?: string): number {
  const own = path ? articleOf(path) : null;
  if (own) {
    const cited = header.map((h, i) => (i > 0 ? citedArticles(h) : []));
    if (cited.filter((c) => c.length > 0).length >= 2) {
      const cites = (c: { article: string; paragraph?: number }[]) =>
        c.some(
          (x) => x.article === own.article && (x.paragraph === undefined || x.paragraph === own.paragraph),
        );
      const citing = cited.map((c, i) => (i > 0 && cites(c) ? i : -1)).filter((i) => i > 0);
      // Two acts of one article (機器の持込み（第９条）, 記録装置の増設（第９条）): the one the sentence writes.
      const written = stemHits(header, sentence).filter((h) => citing.includes(h.i));
      if (citing.length > 1 && written.length === 1) return written[0].i;
      if (citing.length > 0) return citing[0];
    }
  }
  const hits = stemHits(header, sentence);
  if (hits.length === 1) return hits[0].i;
  // A sentence covering several acts: the column of the kind of act it is about (its approvers stand for it).
  if (hits.length > 1) {
    const topic = topicOf([sentence]);
    const same = hits.filter((h) => topic && topicOf([stripParens(header[h.i].normalize('NFKC'))]) === topic);
    return same.length === 1 ? same[0].i : -1;
  }
  // 「学習系への移動」 written 「学習系に移す」: the place the act goes to, and the act's first letter after it.
  if (hits.length === 0) {
    const said = stripParens(sentence);
    const places = header
      .map((h, i) => ({
        i,
        m: i > 0 ? /^([^、。の]{2,8})への([\u4e00-\u9fff])[\u4e00-\u9fff]$/.exec(h.trim()) : null,
      }))
      .filter(({ m }) => m && (said.includes(`${m[1]}に${m[2]}`) || said.includes(`${m[1]}へ${m[2]}`)));
    if (places.length === 1) return places[0].i;
  }
  const at = columnOfTopic(header, sentence);
  return at >= 0 ? at : -2;
}

/**
 * Whether the columns after the first are acts (or places), each giving its own approvers: two of them at least
 * name roles in their cells, their heads naming neither a role nor the one who allows (許可権者, 承認者).
 */
export function columnsAreActs(table: string[][], namesRole: (cell: string) => boolean): boolean {
  const header = table[0] ?? [];
  let acts = 0;
  for (let i = 1; i < header.length; i++) {
    const head = header[i].replace(/\s+/g, '');
    if (head === '' || namesRole(head) || /者$|権者|備考|摘要|内容|説明|例$/.test(head)) continue;
    if (table.slice(1).some((r) => namesRole(r[i] ?? ''))) acts++;
  }
  return acts >= 2;
}

/** The head of the column of the one who allows: 許可権者, 承認者, 許可をする者. */
export const APPROVER_COLUMN =
  /^(?:許可権者|承認権者|許可者|承認者|決裁者|決裁権者|許可(?:・|又は)承認権者|(?:許可|承認|決裁)を(?:する|行う)者)$/;

/** The one column of a table whose head is the one who allows; -1 where none is, or several are. */
export function approverColumn(header: string[]): number {
  const at = header.map((h, i) => (i > 0 && APPROVER_COLUMN.test(h.replace(/\s+/g, '')) ? i : -1));
  const found = at.filter((i) => i > 0);
  return found.length === 1 ? found[0] : -1;
}

/**
 * A header copied from a word processor over two lines, a merged cell over the columns below it (行為 | 許可権者, then
 * the levels under 許可権者 on the next line, its first cell empty): one header, the lower line's heads where it has
 * them. The table as it is unless the lower line names no role and has more heads than the upper one. Cells written
 * 「〃」「同上」「同左」 are written out first (approvers-ditto.ts).
 */
export function joinedHeader(copied: string[][], namesRole: (cell: string) => boolean): string[][] {
  const table = dittoFilled(copied);
  const [top, second] = table;
  if (!top || !second || (second[0] ?? '').trim() !== '') return table;
  const heads = (row: string[]) => row.slice(1).filter((c) => c.trim() !== '').length;
  if (heads(second) < 2 || heads(second) <= heads(top) || second.some((c) => namesRole(c))) return table;
  const width = Math.max(top.length, second.length);
  const header = Array.from({ length: width }, (_, i) => (second[i] ?? '').trim() || (top[i] ?? ''));
  return [header, ...table.slice(2)];
}
