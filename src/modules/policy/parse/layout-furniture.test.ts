/**
 * Page furniture of PDF copies (documents invented for these tests, laid out on pages here): a running
 * header after a form feed, headers and footers with no page number beside them, the short last page's
 * number, and a document of two pages. The tree of the laid-out copy is the tree of the plain text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flatten, parseClauses } from './clauses.ts';

const tree = (text: string) => flatten(parseClauses(text).tree).map((n) => `${n.path} ${n.title ?? ''}`);

/** A 例規-style standard: chapters, captioned articles, 項 and 号. */
function standard(body: string, chapters: string[][]): string {
  const lines = [`${body}情報セキュリティ対策基準`, ''];
  let article = 0;
  chapters.forEach((captions, c) => {
    lines.push(`第${c + 1}章　${captions[0]}`);
    for (const caption of captions.slice(1)) {
      article++;
      lines.push(`（${caption}）`);
      lines.push(`第${article}条　職員等は、${caption}に関し、定められた手順に従わなければならない。`);
      if (article % 3 === 0) {
        lines.push(`２　${body}の管理者は、${caption}について次の措置を講ずる。`);
        for (const k of ['一', '二', '三']) lines.push(`${k}　${caption}に係る措置`);
      }
    }
  });
  lines.push('附　則', 'この基準は、令和７年４月１日から施行する。');
  return lines.join('\n');
}

interface Layout {
  per: number;
  page?: (n: number) => string;
  header?: string;
  footer?: string;
  formFeed?: boolean;
}

/** Cuts the text into pages of `per` lines and sets the furniture around each. */
function laidOut(text: string, o: Layout): string {
  const lines = text.split('\n');
  const pages: string[] = [];
  for (let k = 0; k * o.per < lines.length; k++) {
    const page = [
      ...(o.header && k > 0 ? [o.header] : []),
      ...lines.slice(k * o.per, (k + 1) * o.per),
      ...(o.footer ? [o.footer] : []),
      ...(o.page ? [o.page(k + 1)] : []),
    ];
    pages.push(page.join('\n'));
  }
  return pages.join(o.formFeed ? '\n\f' : '\n');
}

const CHAPTERS = [
  ['総則', '目的', '定義', '適用範囲', '職員等の責務'],
  ['組織体制', '最高責任者', '統括責任者', '管理者', '担当者', '委員会'],
  ['情報資産', '分類', '管理', '持出し', '廃棄', '記録媒体'],
  ['技術的対策', 'アクセス制御', 'パスワード', '不正プログラム', 'ログ', '外部接続'],
  ['評価', '監査', '自己点検', '見直し'],
];
const full = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

for (const [body, header] of [
  ['北山町', '北山町情報セキュリティ対策基準'],
  ['南川村', '南川村情報セキュリティポリシー（第２編　対策基準）'],
]) {
  const plain = standard(body, CHAPTERS);
  const want = tree(plain);

  test(`a running header after a form feed is dropped, and no caption loses its article (${body})`, () => {
    for (const per of [11, 13, 17]) {
      const text = laidOut(plain, { per, page: (n) => `－${full(n)}－`, header, formFeed: true });
      assert.deepEqual(tree(text), want, `${per} lines a page`);
    }
  });

  test(`a running header and footer with no page number are dropped when they come once a page (${body})`, () => {
    for (const per of [16, 19, 23]) {
      const text = laidOut(plain, { per, header, footer: `令和７年４月１日　${body}総務課` });
      assert.deepEqual(tree(text), want, `${per} lines a page`);
    }
  });

  test(`the number of a short last page, standing alone, is dropped (${body})`, () => {
    for (const page of [(n: number) => `${n}`, (n: number) => `(${n})`]) {
      const text = laidOut(`${plain}\n（経過措置）\n２　この基準の施行前の措置は、この基準による。`, {
        per: 20,
        page,
      });
      const got = tree(text);
      assert.equal(got[got.length - 1], '附則/2 経過措置');
      assert.equal(got.length, want.length + 1);
    }
  });
}

for (const [body, header] of [
  ['東浜町', '東浜町情報セキュリティ基本方針'],
  ['西岡市', '西岡市情報セキュリティ基本方針'],
]) {
  const plain = standard(body, [CHAPTERS[0], CHAPTERS[1]]);
  const want = tree(plain);
  test(`a document of two pages: the title repeated once over page 2, a footer twice (${body})`, () => {
    for (const per of [17, 20]) {
      for (const page of [(n: number) => `- ${n} -`, (n: number) => `${n}`]) {
        const withHeader = laidOut(plain, { per, page, header });
        assert.deepEqual(tree(withHeader), want, `header, ${per} lines a page`);
        const withFooter = laidOut(plain, { per, page, footer: `${body}総務部情報政策課` });
        assert.deepEqual(tree(withFooter), want, `footer, ${per} lines a page`);
      }
    }
  });
}

for (const [body, header] of [
  ['北浜町', '北浜町総務部情報政策課'],
  ['南岡市', '南岡市情報セキュリティポリシー（対策基準編）'],
]) {
  const plain = standard(body, [CHAPTERS[0], CHAPTERS[1], CHAPTERS[4]]);
  const want = tree(plain);
  test(`a document of three pages split by form feeds: a header twice, a footer three times (${body})`, () => {
    const per = Math.ceil(plain.split('\n').length / 3);
    for (const page of [(n: number) => `- ${n} -`, (n: number) => `${n}/3`]) {
      const withHeader = laidOut(plain, { per, page, header, formFeed: true });
      assert.deepEqual(tree(withHeader), want, 'header');
      const withFooter = laidOut(plain, { per, page, footer: header, formFeed: true });
      assert.deepEqual(tree(withFooter), want, 'footer');
    }
  });
}
