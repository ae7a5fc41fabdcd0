/**
 * Word and PDF renditions of the corpus and of sample 001 read the same as their text: the Word
 * file numbers its clauses with Word's automatic list numbering (nothing typed), the PDF is laid
 * out with a running header, page numbers, a 目次 with right-aligned page numbers and real tables.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { laidOutPdf, numberedDocx } from '../../../../test/support/policy-renditions.ts';
import { analyzePolicy } from '../analyze.ts';
import { corpusDocs, loadSeed } from '../fixtures/score.ts';
import type { PolicyAnalysis } from '../types.ts';
import { extractPolicyText } from './extract.ts';

/** What must not change between renditions: the tree, the obligations and who must act, roles, scheme. */
function reading(a: PolicyAnalysis) {
  return {
    clauses: a.clauses.map((c) => `${c.path}|${c.title ?? ''}`),
    obligations: a.obligations.map(
      (o) =>
        `${o.path}|${o.modality}|${o.actors.join('・')}|${(o.approver ?? []).join('・')}|${o.text.slice(0, 16)}`,
    ),
    roles: a.roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}|${(r.aliases ?? []).join('・')}`),
    classification: a.classification?.levels.map((l) => `${l.axis}${l.label}:${l.rank}`) ?? null,
    segments: a.segments,
    committees: a.committees.map((c) => `${c.name}|${c.chair?.post ?? ''}|${c.secretariat ?? ''}`),
  };
}

const documents = [
  { id: '001-hagi-nagato-seiso', text: loadSeed('001-hagi-nagato-seiso').text },
  ...corpusDocs('dev').map((d) => ({ id: d.id, text: d.text })),
];

for (const { id, text } of documents) {
  test(`[R-P1] ${id}: a Word file numbered by Word's own list numbering reads the same as the text`, async () => {
    const extracted = await extractPolicyText(await numberedDocx(text));
    assert.equal(extracted.format, 'docx');
    assert.deepEqual(reading(analyzePolicy(extracted.text)), reading(analyzePolicy(text)));
  });
  test(`[R-P1] ${id}: a laid-out PDF (header, page numbers, 目次 page numbers, tables) reads the same as the text`, async () => {
    const expected = analyzePolicy(text);
    const extracted = await extractPolicyText(await laidOutPdf(text, expected.title));
    assert.equal(extracted.format, 'pdf');
    assert.deepEqual(reading(analyzePolicy(extracted.text)), reading(expected));
  });
}

test('[R-P1] sample 001 as a PDF: CISO on top, 重要性 I/II/III from the table, no 目次 page numbers in headings', async () => {
  const { text } = loadSeed('001-hagi-nagato-seiso');
  const a = analyzePolicy((await extractPolicyText(await laidOutPdf(text, '情報セキュリティポリシー'))).text);
  const top = a.roles.filter((r) => r.tier === 1);
  assert.deepEqual(
    top.map((r) => [r.name, r.post]),
    [['CISO', '事務局長']],
  );
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}${l.label}`),
    ['重要性I', '重要性II', '重要性III'],
  );
  assert.ok(!a.clauses.some((c) => /-\s*\d+\s*-$/.test(c.title ?? '')), 'no page number in a heading');
  assert.ok(!a.clauses.some((c) => c.path.includes('#')), 'no duplicate paths');
  assert.equal(a.toc.length, 19);
});
