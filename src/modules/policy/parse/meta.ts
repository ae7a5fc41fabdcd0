/** Title, issuing body, document kinds and dates (制定・施行・改正) of a policy. */
import { findDates } from '../../../shared/wareki.ts';
import type { ClauseNode, DateKind, PolicyDate, PolicyKind } from '../types.ts';
import { flatten } from './clauses.ts';

const TITLE_WORDS = /(?:ポリシー|基本方針|対策基準|規程|規則|要綱|要領|方針)/;
const ORG_END = /(?:都|道|府|県|市|町|村|区|組合|議会|広域連合|委員会|事務局|公社|機構|企業団|共済組合)$/;

/** The policy's title: the first preamble line that names a policy (○ of 例規 removed). */
export function findTitle(preamble: string[], tree: ClauseNode[]): string {
  const line = preamble.find((l) => TITLE_WORDS.test(l) && !findDates(l).length && l.length <= 80);
  if (line) return line.replace(/^[○◯●◎]\s*/, '').trim();
  return preamble[0]?.replace(/^[○◯●◎]\s*/, '').trim() ?? tree[0]?.title ?? '';
}

/** The issuing body: the part of the title before 情報セキュリティ…, or an organization-like preamble line. */
export function findIssuer(title: string, preamble: string[]): string | null {
  const m = /^(.+?)(?:情報セキュリティ|セキュリティ|情報)/.exec(title);
  if (m && ORG_END.test(m[1])) return m[1];
  const line = preamble.find((l) => l !== title && ORG_END.test(l) && l.length <= 40 && !findDates(l).length);
  return line ?? null;
}

/** 基本方針 and/or 対策基準, from the title and the top-level headings. */
export function findKinds(title: string, tree: ClauseNode[]): PolicyKind[] {
  const texts = [title, ...tree.map((n) => n.title ?? '')];
  const kinds: PolicyKind[] = [];
  if (texts.some((t) => t.includes('基本方針'))) kinds.push('基本方針');
  if (texts.some((t) => t.includes('対策基準'))) kinds.push('対策基準');
  // A title naming one kind decides, even if the text mentions the other in passing.
  if (title.includes('基本方針') && !title.includes('対策基準')) return ['基本方針'];
  if (title.includes('対策基準') && !title.includes('基本方針')) return ['対策基準'];
  return kinds;
}

/** A preamble line that names who issued the document (a body or an office), nothing else. */
const ISSUER_LINE =
  /^[^、。\s]{2,30}(?:長|管理者|者|議会|組合|委員会|企業団|広域連合|公社|[都道府県市町村区])$/;

function kindIn(text: string): DateKind | null {
  if (/改正/.test(text)) return '改正';
  // A revision history (改訂履歴): 「第2版　…　…を追加」, a later version or a change made, is an amendment;
  // so is 「令和３年３月２６日　改定」 under 「…策定」, as a policy revised as a whole says it.
  if (/^\s*第(?:[2-9]|[1-9][0-9])版|改訂|改定|追加|変更|修正|削除|見直/.test(text)) return '改正';
  if (/施行/.test(text)) return '施行';
  // 「令和5年9月29日　企業長決定」「令和5年3月24日　村長決裁」: the date the body adopted it.
  if (/制定|公布|告示|訓令|策定|決定|決裁/.test(text)) return '制定';
  // 「第1版　2024年4月1日　作成」: the date the document was written, as the text says.
  if (/作成/.test(text)) return '作成';
  return null;
}

/**
 * Dates of the document: the short date lines of the preamble (the kind written on the same
 * line, on the next line, or continuing a list of 改正 dates) and the 施行 dates of the 附則.
 */
export function findPolicyDates(preamble: string[], tree: ClauseNode[]): PolicyDate[] {
  const dates: PolicyDate[] = [];
  let previous: DateKind | null = null;
  // 「（令和６年３月２２日改正）」 right above the first article reads as its caption: it is a date line.
  const caption = flatten(tree).find((n) => n.title)?.title ?? '';
  if (
    caption.length <= 40 &&
    findDates(caption).length > 0 &&
    kindIn(caption.replace(findDates(caption)[0].text, ''))
  )
    preamble = [...preamble, caption];
  for (let i = 0; i < preamble.length; i++) {
    const line = preamble[i];
    const found = findDates(line);
    if (found.length === 0 || line.length > 40) {
      // 「改正」 alone on its line, over the amendments one a line (「令和２年３月３１日訓令第４号」).
      previous = /^\s*(?:改正|一部改正|改正経過)\s*[:：]?\s*$/.test(line) ? '改正' : null;
      continue;
    }
    const rest = line.replace(found[0].text, '');
    // 「改正　令和2年…訓令第6号」 then 「令和4年…訓令第11号」 on the next lines: further amendments.
    let kind: DateKind | null =
      previous === '改正' && !/制定|施行|策定|決定|決裁/.test(rest) ? '改正' : kindIn(rest);
    const next = preamble[i + 1];
    if (!kind && next && findDates(next).length === 0 && next.length <= 6) kind = kindIn(next);
    // 「令和6年3月28日」 over 「教育委員会訓令第3号」「西峰市告示第124号」: the date the instrument was made.
    if (!kind && next && /(?:訓令|告示|規則|規程|条例|要綱)第[0-9一二三四五六七八九十百]+号$/.test(next))
      kind = '制定';
    // 「令和7年2月14日」 over 「朝凪市選挙管理委員会決定」: the date the body decided it.
    if (!kind && next && findDates(next).length === 0 && /決定$/.test(next) && next.length <= 40)
      kind = '制定';
    // 「令和6年11月1日」 over 「潮見市病院事業管理者」: the date the issuer signed it.
    if (!kind && dates.length === 0 && next && findDates(next).length === 0 && ISSUER_LINE.test(next))
      kind = '制定';
    kind ??= previous === '改正' ? '改正' : '作成';
    for (const f of found) {
      // 「改正　令和7年9月22日（令和7年10月1日施行）」: the date in brackets is when the amendment took effect.
      const after = line.slice(line.indexOf(f.text) + f.text.length);
      const own: DateKind = f !== found[0] && /^\s*施行/.test(after) ? '施行' : kind;
      dates.push({ kind: own, iso: f.iso, text: f.text, path: '' });
    }
    previous = kind;
  }
  // Every 附則 gives its 施行 date: the original's and each amendment's (附則（令和2年…訓令第6号）), and an
  // amendment's 附則 the date of the amendment in its brackets where the preamble does not list it.
  const amended = new Set(dates.filter((d) => d.kind === '改正').map((d) => d.iso));
  for (const node of flatten(tree.filter((n) => n.style === 'supplementary'))) {
    const bracket = /^附\s*則\s*\(([^()]*)\)/.exec(`${node.label}${node.title ?? ''}${node.text}`.trim());
    for (const f of bracket ? findDates(bracket[1]) : [])
      if (!amended.has(f.iso)) {
        amended.add(f.iso);
        dates.push({ kind: '改正', iso: f.iso, text: f.text, path: node.path });
      }
    // 「…から施行する。ただし、第N条の規定は、同年7月1日から施行する」: 同年 is the year of the date before it,
    // also of the amendment's date in the 附則's brackets (「附則（令和6年3月29日規程第3号）…同年4月1日から」).
    let year =
      (bracket ? findDates(bracket[1]) : []).map((f) => /^.*?年/.exec(f.text)?.[0] ?? '').pop() ?? '';
    for (const sentence of node.text.split('。')) {
      // 「この告示は、公布の日から施行する」: in force on the day it was made — the amendment's date in the
      // 附則's brackets, or the date the original was made.
      if (
        /(?:公布|告示|公表|決裁|決定|制定|発出)の日から施行/.test(sentence) &&
        !/起算|経過/.test(sentence)
      ) {
        const made = bracket
          ? findDates(bracket[1])[0]
          : dates.find((d) => d.kind === '制定' && d.path === '');
        if (made && !dates.some((d) => d.kind === '施行' && d.iso === made.iso))
          dates.push({ kind: '施行', iso: made.iso, text: made.text, path: node.path });
        continue;
      }
      // 「この要領は、令和５年４月１日から実施する」「この基準は、…から適用する」: the document's own start is its 施行.
      const m =
        /(.{0,20}?)から施行/.exec(sentence) ??
        /^\s*この[^、。]{1,12}は、(.{0,20}?)から(?:適用|実施)する/.exec(sentence);
      if (!m) continue;
      const said = year ? m[1].replace(/同年(?=\s*[0-9０-９一二三四五六七八九十]+月)/, year) : m[1];
      for (const f of findDates(said)) {
        year = /^.*?年/.exec(f.text)?.[0] ?? year;
        if (!dates.some((d) => d.kind === '施行' && d.iso === f.iso))
          dates.push({ kind: '施行', iso: f.iso, text: f.text, path: node.path });
      }
    }
  }
  return dates;
}

/** The body the policy is of: its issuer, else the title's words before 「情報セキュリティ」 (「南浜地区衛生組合情報セキュリティ基本方針」). */
export function bodyOf(title: string, issuer: string | null): string | null {
  return issuer ?? (/^(.+?)情報セキュリティ/.exec(title)?.[1] || null);
}
