/**
 * Forms of the 目次 met in PDF and Word copies (documents invented for these tests): with or without
 * its heading, pages at the right margin with no leader, leaders of spaced dots, article ranges in
 * 〔〕, 節 with no page under 章 with one, titles worded otherwise than in the body, a running header
 * between its two pages. Whatever the form, the body keeps the tree it has without a 目次.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatten, parseClauses } from './clauses.ts';

const tree = (text: string) => flatten(parseClauses(text).tree).map((n) => `${n.path} ${n.title ?? ''}`);
const tocOf = (text: string) => parseClauses(text).toc.map((e) => e.label);
const full = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

interface Chapter {
  title: string;
  sections?: string[];
  articles: string[];
}

/** A 例規-style text: chapters (some with 節), captioned articles, 附則 with its 項, 別表. */
function standard(body: string, chapters: Chapter[]): { text: string; entries: string[] } {
  const lines: string[] = [];
  const entries: string[] = [];
  let article = 0;
  chapters.forEach((c, k) => {
    const first = article + 1;
    const last = article + c.articles.length;
    entries.push(`第${full(k + 1)}章　${c.title}（第${full(first)}条―第${full(last)}条）`);
    lines.push(`第${full(k + 1)}章　${c.title}`);
    c.articles.forEach((caption, a) => {
      if (c.sections && a % 2 === 0) lines.push(`第${full(a / 2 + 1)}節　${c.sections[a / 2]}`);
      article++;
      lines.push(
        `（${caption}）`,
        `第${full(article)}条　${body}の職員等は、${caption}に関し必要な措置を講じなければならない。`,
      );
      if (article % 2 === 0) {
        lines.push(`２　${caption}の手順は、次に掲げるとおりとする。`);
        for (const n of ['一', '二', '三']) lines.push(`${n}　${caption}の手順その${n}`);
      }
    });
  });
  lines.push(
    '附　則',
    '（施行期日）',
    '１　この基準は、令和７年４月１日から施行する。',
    '（経過措置）',
    '２　この基準の施行前の措置は、この基準によるものとみなす。',
    `別表第１（第${full(3)}条関係）`,
    '区分\t内容',
    '機密性３\t個人情報を含む情報',
  );
  entries.push('附則', `別表第１（第${full(3)}条関係）`);
  return { text: lines.join('\n'), entries };
}

const BODIES: [string, Chapter[]][] = [
  [
    '北川町',
    [
      { title: '総則', articles: ['目的', '定義', '適用範囲'] },
      { title: '組織体制', articles: ['最高責任者', '統括責任者', '管理者', '委員会'] },
      { title: '情報資産の管理', articles: ['分類', '持出し', '廃棄'] },
      { title: '評価及び見直し', articles: ['監査', '見直し'] },
    ],
  ],
  [
    '南野村',
    [
      { title: '通則', articles: ['趣旨', '用語の意義'] },
      {
        title: '推進体制',
        sections: ['責任者', '会議'],
        articles: ['統括者', '管理者', '推進会議', '事務局'],
      },
      { title: '物理的セキュリティ', articles: ['サーバ', '端末', '記録媒体'] },
      { title: '人的セキュリティ', articles: ['研修', '報告'] },
      { title: '技術的セキュリティ', articles: ['アクセス制御', 'ログ'] },
    ],
  ],
];

const noRange = (entry: string) => entry.replace(/（第.*?）$/, '');

for (const [body, chapters] of BODIES) {
  const { text: main, entries } = standard(body, chapters);
  const title = `${body}情報セキュリティ対策基準`;
  const want = tree(`${title}\n\n${main}`);
  const labels = entries
    .map((e) => e.replace(/　.*$/, '').replace(/（.*$/, ''))
    .map((l) => l.normalize('NFKC'));
  const withToc = (heading: string, toc: string[]) =>
    [title, '', ...(heading ? [heading] : []), ...toc, '', main].join('\n');
  const check = (text: string, note: string) => {
    assert.deepEqual(tree(text), want, note);
    assert.deepEqual(tocOf(text), labels, note);
  };

  test(`目次: pages at the right margin with no leader, 附則 and 別表 listed too (${body})`, () => {
    const toc = entries.map((e, k) => `${noRange(e)}　　　　　${full(k + 1)}`);
    for (const heading of ['目　次', '']) check(withToc(heading, toc), `heading 「${heading}」`);
    const tabbed = entries.map((e, k) => `${e}\t${k + 1}`);
    for (const heading of ['目次', '']) check(withToc(heading, tabbed), `tab, heading 「${heading}」`);
  });

  test(`目次 with no heading: a plain list of the headings, the body repeating them (${body})`, () => {
    check(withToc('', entries.map(noRange)), 'plain titles');
    check(withToc('', entries), 'with article ranges');
  });

  test(`目次: leaders of spaced dots, ranges in 〔〕 (${body})`, () => {
    const dots = entries.map((e, k) => `${e} . . . . . . . . ${k + 1}`);
    for (const heading of ['目次', '']) check(withToc(heading, dots), `spaced dots, heading 「${heading}」`);
    const brackets = entries.map((e) => e.replace(/（(第.*?条)―(第.*?条)）$/, '〔$1―$2〕'));
    check(withToc('目　次', brackets), 'ranges in 〔〕');
  });

  test(`目次: a 目次 without pages whose titles differ from the body's keeps the body's chapters (${body})`, () => {
    const reworded = entries.map((e, k) =>
      k === 0 ? noRange(e).replace(/　.*$/, '　一般事項') : noRange(e),
    );
    assert.deepEqual(tree(withToc('目次', reworded)), want);
    const issues = parseClauses(withToc('目次', reworded)).issues.filter(
      (i) => i.code === 'policy.toc_mismatch',
    );
    assert.equal(issues.length, 1);
  });

  test(`目次: a running header between its two pages, with no page number to mark the break (${body})`, () => {
    const led = entries.map((e, k) => `${e}……………${full(k + 1)}`);
    const split = [...led.slice(0, 3), title, ...led.slice(3)];
    for (const heading of ['目次', '']) check(withToc(heading, split), `heading 「${heading}」`);
  });
}

const WITH_SECTIONS: [string, Chapter[]][] = [
  BODIES[1],
  [BODIES[0][0], BODIES[0][1].map((c) => ({ ...c, sections: ['一般', '特則'] }))],
];

test('目次 with no heading: 節 with no page under 章 with one (two bodies)', () => {
  for (const [body, chapters] of WITH_SECTIONS) {
    const { text: main, entries } = standard(body, chapters);
    const title = `${body}情報セキュリティ対策基準`;
    const want = tree(`${title}\n\n${main}`);
    const toc: string[] = [];
    entries.forEach((e, k) => {
      toc.push(`${e}・・・・・・・・${full(k + 1)}`);
      const c = chapters[k];
      const sections = c?.sections?.slice(0, Math.ceil(c.articles.length / 2)) ?? [];
      for (const [n, s] of sections.entries()) toc.push(`　第${full(n + 1)}節　${s}`);
    });
    assert.deepEqual(tree([title, '', ...toc, '', main].join('\n')), want, body);
  }
});
