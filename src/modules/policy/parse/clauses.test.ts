import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PolicyInputError } from '../text/errors.ts';
import { flatten, parseClauses } from './clauses.ts';

const seed = (name: string) =>
  readFileSync(new URL(`../../../../samples/policies/${name}.txt`, import.meta.url), 'utf8');

test('[R-P1] seed 001 imports into a clause tree nested by its own numbering, 目次 excluded', () => {
  const p = parseClauses(seed('001-hagi-nagato-seiso'));
  assert.deepEqual(
    p.tree.map((n) => `${n.label} ${n.title ?? ''}`),
    ['第1章 情報セキュリティ基本方針', '第2章 情報セキュリティ対策基準', '附則 '],
  );
  const paths = new Set(flatten(p.tree).map((n) => n.path));
  for (const path of [
    '第2章/2./(2)/⑦',
    '第2章/2./(2)/⑦/(ア)',
    '第2章/3./①',
    '第2章/8./(1)/②/(ス)',
    '第2章/6./(1)/⑬',
  ]) {
    assert.ok(paths.has(path), path);
  }
  // The 目次 says "3. 物理的セキュリティ"; the body's 3. is 強靱性 and the TOC is not body.
  assert.equal(p.toc.length, 19);
  const third = p.tree[1].children[2];
  assert.equal(third.title, '情報システム全体の強靱性の向上');
  assert.ok(
    p.issues.some((i) => i.code === 'policy.toc_mismatch' && i.message.includes('3. 物理的セキュリティ')),
  );
});

test('[R-P1] seed 001: glued heading, empty heading and the thirteen contract clauses', () => {
  const p = parseClauses(seed('001-hagi-nagato-seiso'));
  const byPath = new Map(flatten(p.tree).map((n) => [n.path, n] as const));
  const glued = byPath.get('第2章/7./(1)/②');
  assert.ok(glued?.text.endsWith('措置を講じなければならない。'), String(glued?.text));
  assert.equal(byPath.get('第2章/7./(2)')?.title, '情報セキュリティポリシーの遵守状況の確認');
  assert.equal(byPath.get('第2章/8./(1)/④')?.title, '業務委託終了時の対策');
  assert.ok(p.issues.some((i) => i.code === 'policy.empty_heading' && i.path === '第2章/8./(1)/④'));
  const contract = byPath.get('第2章/8./(1)/②');
  assert.equal(contract?.list?.length, 13);
  assert.equal(contract?.list?.[12], '情報セキュリティポリシーが遵守されなかった場合の規定(損害賠償等)');
  assert.equal(byPath.get('第2章/7./(3)/②')?.list?.length, 3);
});

test('[R-P1] seed 000: missing sections 3 and 4 are reported, not invented', () => {
  const p = parseClauses(seed('000-saitama-seibu-kankyo-gikai'));
  assert.deepEqual(
    p.tree.map((n) => n.label),
    ['1', '2', '5', '6', '7', '8', '9', '10'],
  );
  assert.ok(p.issues.some((i) => i.code === 'policy.numbering_gap' && i.message.includes('3〜4')));
});

test('[R-P1] seed 003: captions become article titles, paragraphs nest under articles, 別表 is a table', () => {
  const p = parseClauses(seed('003-hanamaki-taisaku-kijun'));
  const byPath = new Map(flatten(p.tree).map((n) => [n.path, n] as const));
  assert.equal(byPath.get('第3')?.title, '情報セキュリティ責任者');
  assert.equal(byPath.get('第6/2/(3)')?.text, 'その他基本方針及び対策基準の実施に関し必要なこと。');
  assert.equal(byPath.get('第9/(1)/イ')?.title, '情報セキュリティに対する脅威への対策');
  assert.equal(byPath.get('第9/(1)/イ/d')?.depth, 4);
  const appendix = byPath.get('別表');
  assert.equal(appendix?.tables?.[0].length, 19);
  assert.deepEqual(appendix?.tables?.[0][2], [
    '総務部',
    '総務課',
    '課長補佐又は課長補佐相当職で課長の指名する者',
  ]);
  assert.ok(!p.issues.some((i) => i.code === 'policy.numbering_gap'));
});

test('[R-P1] seed 004: lines broken by the page width are joined; several 附則 stay apart', () => {
  const p = parseClauses(seed('004-okayama-kyosai'));
  const purpose = p.tree.find((n) => n.label === '1');
  assert.match(
    purpose?.text ?? '',
    /^本基本方針は、岡山県市町村職員共済組合\(以下「組合」という。\)が保有する情報資産を様々な脅威から防御し/,
  );
  assert.deepEqual(
    p.tree.filter((n) => n.style === 'supplementary').map((n) => n.path),
    ['附則', '附則(令和3年12月1日)', '附則(令和4年9月29日)', '附則(令和6年3月8日)'],
  );
});

test('text without any numbering is refused with a clear error', () => {
  assert.throws(
    () => parseClauses('これはただの文章です。\n番号のある条項はありません。\n'),
    (e: unknown) => e instanceof PolicyInputError && e.code === 'policy.unrecognized',
  );
});

test('captioned numbers 「１」「２」… through the whole text under its chapters are its articles, captions their titles', () => {
  const p = parseClauses(`第１章　総則

（目的）
１　この規程は、病院の情報資産を守るための基準を定める。

（適用範囲）
２　この規程は、病院の全ての職員に適用する。
（１）委託先については、契約により準じた取扱いをさせる。

第２章　体制

（責任者）
３　病院に責任者を置き、院長をもって充てる。
（１）責任者は、対策を統括する。
`);
  assert.deepEqual(
    flatten(p.tree).map((n) => `${n.path} ${n.title ?? ''}`),
    [
      '第1章 総則',
      '第1章/1 目的',
      '第1章/2 適用範囲',
      '第1章/2/(1) ',
      '第2章 体制',
      '第2章/3 責任者',
      '第2章/3/(1) ',
    ],
  );
  // A line in brackets over a number that carries its own heading is not that number's caption.
  const q = parseClauses(
    '基本方針\n\n(令和8年3月23日制定)\n\n1 目的\n\n本方針は、対策の基本を定める。\n\n2 定義\n\n用語は次のとおりとする。\n',
  );
  assert.deepEqual(
    q.tree.map((n) => `${n.path} ${n.title ?? ''}`),
    ['1 目的', '2 定義'],
  );
});
