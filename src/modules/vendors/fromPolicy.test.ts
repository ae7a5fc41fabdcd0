import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzePolicy } from '../policy/analyze.ts';
import { contractClausesFromAnalysis, lawsFromAnalysis } from './fromPolicy.ts';

const seed = (f: string) =>
  analyzePolicy(readFileSync(`samples/policies/${f}`, 'utf8'), { omitOriginal: true });

describe('lists read from the policy', () => {
  test('[R-H2] seed 001 8.(1)② gives the thirteen contract clauses ア to ス', () => {
    const list = contractClausesFromAnalysis(seed('001-hagi-nagato-seiso.txt'));
    assert.ok(list);
    assert.equal(list.path, '第2章/8./(1)/②');
    assert.equal(list.clauses.length, 13);
    assert.equal(list.clauses[0], '情報セキュリティポリシー及び情報セキュリティ実施手順の遵守');
    assert.equal(list.clauses[6], '業務上知り得た情報の守秘義務');
    assert.match(list.clauses[12], /損害賠償/);
  });

  test('[R-H2] a policy without such a list gives none (the administrator enters it)', () => {
    assert.equal(contractClausesFromAnalysis(seed('003-hanamaki-taisaku-kijun.txt')), null);
  });

  test("[R-G5] seed 001 cites its laws with numbers, including the body's own ordinance", () => {
    const laws = lawsFromAnalysis(seed('001-hagi-nagato-seiso.txt'));
    const byName = Object.fromEntries(laws.map((l) => [l.name, l]));
    assert.equal(byName.地方公務員法.number, '昭和25年法律第261号');
    assert.equal(byName.地方公務員法.path, '第2章/7./(4)');
    assert.equal(byName.サイバーセキュリティ基本法.kind, 'act');
    const ordinance = laws.find((l) => l.kind === 'ordinance');
    assert.ok(ordinance);
    assert.match(ordinance.name, /^萩・長門清掃一部事務組合/);
    assert.equal(new Set(laws.map((l) => l.name)).size, laws.length);
  });
});
