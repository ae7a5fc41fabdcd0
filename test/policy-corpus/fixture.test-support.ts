/** An empty corpus fixture with the parts a scorer test sets. */
import type { CorpusFixture } from '../../src/modules/policy/fixtures/score.ts';

export const fixtureOf = (parts: Partial<CorpusFixture>): CorpusFixture => ({
  id: 'x',
  layout: 'reiki',
  meta: { title: '', issuer: null, kinds: [], dates: [] },
  headings: [],
  obligations: [],
  roles: [],
  topRole: null,
  committees: [],
  classification: null,
  segments: [],
  permissions: [],
  ...parts,
});
