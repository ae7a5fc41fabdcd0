import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Document, Packer, Paragraph, Tab, TextRun } from 'docx';
import iconv from 'iconv-lite';
import pdfmake from 'pdfmake';
import { analyzePolicy } from '../analyze.ts';
import { MAX_POLICY_BYTES } from './decode.ts';
import { PolicyInputError } from './errors.ts';
import { extractPolicyText } from './extract.ts';

const root = new URL('../../../../', import.meta.url);
const seed = (name: string) => readFileSync(new URL(`samples/policies/${name}.txt`, root), 'utf8');
const FONT = new URL(
  'node_modules/@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  root,
).pathname;

/** A .docx with one paragraph per line of the text, tabs kept as Word tabs. */
async function makeDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split('\n').map((line) => {
    const parts = line.split('\t');
    const children = parts.flatMap((p, i) =>
      i === 0 ? [new TextRun(p)] : [new TextRun({ children: [new Tab(), p] })],
    );
    return new Paragraph({ children });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** A PDF laid out by pdfmake with a Japanese font and "- N -" page numbers in the footer. */
async function makePdf(
  content: Parameters<typeof pdfmake.createPdf>[0]['content'],
  pageNumbers = true,
): Promise<Buffer> {
  pdfmake.setFonts({ BIZ: { normal: FONT, bold: FONT, italics: FONT, bolditalics: FONT } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path: string) => path === FONT);
  const doc = pdfmake.createPdf({
    content,
    defaultStyle: { font: 'BIZ', fontSize: 10.5 },
    pageSize: 'A4',
    ...(pageNumbers
      ? { footer: (page: number) => ({ text: `- ${page} -`, alignment: 'center' as const }) }
      : {}),
  });
  return doc.getBuffer();
}

const shape = (a: ReturnType<typeof analyzePolicy>) => a.clauses.map((c) => `${c.path}|${c.title ?? ''}`);

test('[R-P1] a Word file made from seed 001 gives the same clause tree as its text', async () => {
  const text = seed('001-hagi-nagato-seiso');
  const extracted = await extractPolicyText(await makeDocx(text));
  assert.equal(extracted.format, 'docx');
  const fromDocx = analyzePolicy(extracted.text);
  assert.deepEqual(shape(fromDocx), shape(analyzePolicy(text)));
  assert.equal(fromDocx.obligations.length, analyzePolicy(text).obligations.length);
});

test('[R-P1] a PDF made from seed 001 (wrapped lines, page numbers) gives the same clause tree', async () => {
  const text = seed('001-hagi-nagato-seiso');
  const pdf = await makePdf(text.split('\n').map((line) => ({ text: line.replace(/\t/g, '    ') || ' ' })));
  const extracted = await extractPolicyText(pdf);
  assert.equal(extracted.format, 'pdf');
  assert.deepEqual(shape(analyzePolicy(extracted.text)), shape(analyzePolicy(text)));
});

test('[R-P1] a Shift_JIS text file and a UTF-8 file with BOM decode to the same analysis', async () => {
  const text = seed('003-hanamaki-taisaku-kijun');
  const sjis = await extractPolicyText(iconv.encode(text, 'cp932'));
  const bom = await extractPolicyText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  assert.equal(sjis.text, text);
  assert.equal(bom.text, text);
});

const rejects = async (bytes: Uint8Array, code: string) =>
  assert.rejects(extractPolicyText(bytes), (e: unknown) => {
    assert.equal((e as PolicyInputError).code, code);
    assert.ok(e instanceof PolicyInputError);
    assert.equal(e.code, code);
    assert.ok(e.messages.ja.length > 0 && e.messages.en.length > 0);
    return true;
  });

test('bad input: empty, random binary, over the size limit, image-only PDF', async () => {
  await rejects(new Uint8Array(0), 'policy.empty');
  await rejects(Buffer.from('  \n\n  '), 'policy.empty');
  const random = new Uint8Array(4096);
  for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
  await rejects(random, 'policy.binary');
  await rejects(new Uint8Array(MAX_POLICY_BYTES + 1).fill(0x41), 'policy.too_large');
  const imageOnly = await makePdf(
    [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 200, h: 100, color: '#333333' }] }],
    false,
  );
  await rejects(imageOnly, 'policy.no_text_layer');
});

test('bad input: text without numbering is refused; a partly recognized text gives warnings', () => {
  assert.throws(
    () => analyzePolicy('情報セキュリティについて\nしっかり守りましょう。\n'),
    (e: unknown) => e instanceof PolicyInputError && e.code === 'policy.unrecognized',
  );
  const partly = [
    '○○町情報セキュリティ基本方針',
    ...Array.from({ length: 14 }, (_, i) => `前文の説明その${i + 1}。`),
    '1 目的',
    'この方針は、町の情報資産を守ることを目的とする。',
    '3 職員の義務',
    '職員は、この方針を遵守しなければならない。',
  ].join('\n');
  const a = analyzePolicy(partly);
  assert.deepEqual(
    a.clauses.map((c) => c.path),
    ['1', '3'],
  );
  assert.ok(a.warningDetails.some((w) => w.code === 'policy.unnumbered_text'));
  assert.ok(a.warningDetails.some((w) => w.code === 'policy.numbering_gap'));
  assert.deepEqual(a.obligations[0].actors, ['職員']);
});

// Seed 001 has its own tests above.
const SEEDS = [
  '000-saitama-seibu-kankyo-gikai',
  '002-kanagawa-taishoku-teate',
  '003-hanamaki-taisaku-kijun',
  '004-okayama-kyosai',
];

for (const name of SEEDS) {
  test(`[R-P1] seed ${name.slice(0, 3)} imports from Word and from PDF into the same clause tree as from text`, async () => {
    const text = seed(name);
    const expected = shape(analyzePolicy(text));
    assert.ok(expected.length > 5, 'the text itself has a clause tree');
    const docx = await extractPolicyText(await makeDocx(text));
    assert.deepEqual(shape(analyzePolicy(docx.text)), expected, 'Word');
    const pdf = await extractPolicyText(
      await makePdf(text.split('\n').map((line) => ({ text: line.replace(/\t/g, '    ') || ' ' }))),
    );
    assert.deepEqual(shape(analyzePolicy(pdf.text)), expected, 'PDF');
  });
}
