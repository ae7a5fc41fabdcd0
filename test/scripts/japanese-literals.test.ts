import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  countsOutsideCatalogues,
  japaneseLiterals,
  literalProblems,
  readLiteralAllowList,
  serverSources,
} from '../../scripts/japanese-literals.ts';

describe('Japanese literals in server code', () => {
  it('finds strings, templates and regular expressions with Japanese, not comments or English', () => {
    const found = japaneseLiterals(
      'src/x.ts',
      [
        '// 注釈は数えない',
        "/* 注釈 */ const a = '承認依頼';",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test
        'const b = `${a}さん`;',
        'const c = x.replace(/第(\\d+)条/, "");',
        "const d = { ja: '日本語', en: 'English' };",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test
        'const e = `${`入れ子`}`;',
        "const f = 'plain' / 2;",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test
        'const g = { ja: `${t}の承認`, en: `Approve ${t}` };',
      ].join('\n'),
    );
    assert.deepEqual(
      found.map((l) => [l.line, l.text, l.key]),
      [
        [2, "'承認依頼'", ''],
        [3, '}さん`', ''],
        [4, '/第(\\d+)条/', ''],
        [5, "'日本語'", 'ja'],
        [6, '`入れ子`', ''],
        [8, '}の承認`', 'ja'],
      ],
    );
  });

  it('leaves out catalogues, engine patterns and ja halves of pairs; counts the rest per file', () => {
    const counts = countsOutsideCatalogues(
      new Map([
        ['src/modules/a/messages.ts', "export const ja = { 'a.x': '文' };"],
        ['src/modules/policy/parse/roles.ts', 'const r = /責任者/;'],
        ['src/modules/a/labels.ts', "const l = { ja: '台帳', en: 'Ledger' };"],
        ['src/modules/a/policy-patterns.ts', 'export const PLAN = /緊急時対応計画/;'],
        ['src/modules/a/import-patterns.ts', "export const HEADINGS = ['資産名'];"],
        ['src/modules/a/catalogue.ts', "const c = { key: 'x', clausePath: '第2章/6./(4)/②' };"],
        ['src/modules/a/other-patterns.ts', "export const P = ['部'];"],
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test
        ['src/modules/a/service.ts', "notify({ title: '承認されました' }); const t = `却下: ${x}`;"],
      ]),
    );
    assert.deepEqual(
      [...counts],
      [
        ['src/modules/a/other-patterns.ts', 1],
        ['src/modules/a/service.ts', 2],
      ],
    );
  });

  it('fails on a new literal and on a count that went down', () => {
    const allowed = readLiteralAllowList('# why\nsrc/a.ts 2\nsrc/b.ts 1\nsrc/gone.ts 3\n');
    const problems = literalProblems(
      new Map([
        ['src/a.ts', 3],
        ['src/b.ts', 1],
        ['src/new.ts', 1],
      ]),
      allowed,
    );
    assert.equal(problems.length, 3);
    assert.match(problems[0], /src\/a\.ts: 3 Japanese literal\(s\), 2 allowed/);
    assert.match(problems[1], /src\/new\.ts: 1 Japanese literal\(s\), 0 allowed/);
    assert.match(problems[2], /src\/gone\.ts: no Japanese literal left/);
    assert.match(
      literalProblems(new Map([['src/a.ts', 1]]), new Map([['src/a.ts', 2]]))[0],
      /lower its count/,
    );
  });

  it('no Japanese text is added to server code outside the catalogues (scripts/japanese-literals.allow)', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const allowed = readLiteralAllowList(
      readFileSync(path.join(root, 'scripts/japanese-literals.allow'), 'utf8'),
    );
    assert.deepEqual(literalProblems(countsOutsideCatalogues(serverSources(root)), allowed), []);
  });
});
