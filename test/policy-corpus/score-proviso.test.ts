/**
 * The scorer counts the permission of a prohibition lifted by its proviso the same whether a fixture labels it
 * on the prohibition or on the proviso: the sets label it both ways.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../../src/modules/policy/analyze.ts';
import { type CorpusFixture, f1, scoreDocument } from '../../src/modules/policy/fixtures/score.ts';
import { fixtureOf } from './fixture.test-support.ts';

const TEXT = `第１条　組に総括責任者を置き、組長をもって充てる。
２　班に管理責任者を置き、班長をもって充てる。
３　管理責任者は、総括責任者を補佐する。
第２条　班員は、班の情報資産を庁舎の外に持ち出してはならない。ただし、管理責任者の許可を得た場合は、この限りでない。
第３条　班員は、端末にソフトウェアを導入するときは、総括責任者の許可を得なければならない。
`;

const fixture = (
  obligations: CorpusFixture['obligations'],
  permissions: CorpusFixture['permissions'],
): CorpusFixture => fixtureOf({ obligations, permissions });

const approvers = (f: CorpusFixture) => f1(scoreDocument(analyzePolicy(TEXT), f).approvers);
const prohibition = {
  path: '第2条',
  starts: '班員は、班の情報資産を庁舎の',
  modality: 'must_not' as const,
  actors: ['班員'],
};
const proviso = {
  path: '第2条',
  starts: 'ただし、管理責任者の許可を得た',
  modality: 'may' as const,
  actors: [],
};

test('a permission labelled on the prohibition is right', () => {
  assert.equal(
    approvers(
      fixture(
        [prohibition],
        [{ path: '第2条', starts: prohibition.starts, topic: 'take_out', approvers: ['管理責任者'] }],
      ),
    ),
    1,
  );
});

test('a permission labelled on the proviso is right too, and a wrong approver is wrong either way', () => {
  assert.equal(
    approvers(
      fixture(
        [prohibition, proviso],
        [{ path: '第2条', starts: proviso.starts, topic: 'take_out', approvers: ['管理責任者'] }],
      ),
    ),
    1,
  );
  assert.equal(
    approvers(
      fixture(
        [prohibition, proviso],
        [{ path: '第2条', starts: proviso.starts, topic: 'take_out', approvers: ['総括責任者'] }],
      ),
    ),
    0,
  );
});

test('a proviso the fixture lists after a duty that is no prohibition is not paired', () => {
  const duty = {
    path: '第3条',
    starts: '班員は、端末にソフトウェアを',
    modality: 'must' as const,
    actors: ['班員'],
  };
  assert.equal(
    approvers(
      fixture(
        [duty, { ...proviso, path: '第3条' }],
        [{ path: '第3条', starts: proviso.starts, topic: 'software_install', approvers: ['総括責任者'] }],
      ),
    ),
    0,
  );
});

test("a proviso the fixture lists after the rest of its clause is paired with the clause's only prohibition", () => {
  const duty = { path: '第2条', starts: 'ただし書の前の務め', modality: 'must' as const, actors: ['班員'] };
  const labelled = (approver: string) =>
    fixture(
      [prohibition, duty, proviso],
      [{ path: '第2条', starts: proviso.starts, topic: 'take_out', approvers: [approver] }],
    );
  assert.equal(approvers(labelled('管理責任者')), 1);
  assert.equal(approvers(labelled('総括責任者')), 0);
  const second = { ...prohibition, starts: '班員は、別の情報資産を' };
  assert.equal(
    approvers(
      fixture(
        [prohibition, second, duty, proviso],
        [{ path: '第2条', starts: proviso.starts, topic: 'take_out', approvers: ['管理責任者'] }],
      ),
    ),
    0,
    'with two prohibitions before it and neither right before it, the proviso is not paired',
  );
});
