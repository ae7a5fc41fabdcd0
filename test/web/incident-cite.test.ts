/** 「まず行うこと」 cites the clause as the policy writes it, in either language's brackets. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citeText } from '../../web/src/screens/incidents/cite.ts';
import { incidentHomeTexts } from '../../web/src/screens/incidents/i18n.ts';

test('[R-E10] a clause is shown by its number and its title as written, never by its stored path', () => {
  const c = { numbers: '第7条', title: '事故等の報告' };
  assert.equal(citeText(incidentHomeTexts.ja, c), '第7条（事故等の報告）');
  assert.equal(citeText(incidentHomeTexts.en, c), '第7条 (事故等の報告)');
  assert.equal(citeText(incidentHomeTexts.ja, { numbers: '第2章 5. (3)', title: null }), '第2章 5. (3)');
});
