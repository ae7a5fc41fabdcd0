/** Any supported file (text, .docx, PDF with a text layer) → plain text, chosen by content sniffing. */
import { decodeText, MAX_POLICY_BYTES } from './decode.ts';
import { docxText } from './docx.ts';
import { PolicyInputError } from './errors.ts';
import { type PdfTextItem, pageText } from './pdf-lines.ts';

export type PolicyFileFormat = 'text' | 'docx' | 'pdf';

export interface ExtractedText {
  format: PolicyFileFormat;
  text: string;
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** A ZIP whose entries include word/document.xml (the name is stored uncompressed in the header). */
function isDocx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 'PK\u0003\u0004')) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

async function extractDocx(bytes: Uint8Array): Promise<string> {
  // Read directly (not through a converter) so that Word's automatic list numbers come back.
  return docxText(bytes);
}

async function extractPdf(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as PdfTextItem[]));
    }
    await pdf.destroy();
  } catch (err) {
    throw new PolicyInputError('policy.unreadable', String(err));
  }
  const text = pages.join('\n\f\n');
  if (text.replace(/\s/g, '').length === 0) throw new PolicyInputError('policy.no_text_layer');
  return text;
}

/** Extracts the text of a policy file; throws `PolicyInputError` for empty, binary, huge or image-only input. */
export async function extractPolicyText(bytes: Uint8Array): Promise<ExtractedText> {
  if (bytes.length === 0) throw new PolicyInputError('policy.empty');
  if (bytes.length > MAX_POLICY_BYTES) throw new PolicyInputError('policy.too_large');
  if (startsWith(bytes, '%PDF-')) return { format: 'pdf', text: await extractPdf(bytes) };
  if (isDocx(bytes)) {
    const text = await extractDocx(bytes);
    if (text.trim() === '') throw new PolicyInputError('policy.empty');
    return { format: 'docx', text };
  }
  if (startsWith(bytes, 'PK\u0003\u0004')) throw new PolicyInputError('policy.binary');
  return { format: 'text', text: decodeText(bytes) };
}
