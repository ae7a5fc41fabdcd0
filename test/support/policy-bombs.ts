// Hostile policy files, built at test time: small on disk, huge once opened.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const MB = 1024 * 1024;
const enc = new TextEncoder();

/** A ZIP of deflated entries, each given as chunks (deflated natively, so hundreds of MB take seconds). */
async function zipOf(files: { name: string; chunks: () => Iterable<Uint8Array> }[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const deflate = zlib.createDeflateRaw({ level: 9, memLevel: 9 });
    const out: Buffer[] = [];
    deflate.on('data', (c: Buffer) => out.push(c));
    const ended = new Promise((resolve) => deflate.on('end', resolve));
    let crc = 0;
    let size = 0;
    for (const c of f.chunks()) {
      crc = zlib.crc32(c, crc);
      size += c.length;
      if (!deflate.write(c)) await new Promise((r) => deflate.once('drain', r));
    }
    deflate.end();
    await ended;
    const data = Buffer.concat(out);
    const name = Buffer.from(f.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

/**
 * A .docx whose word/document.xml holds `xmlBytes` of paragraphs (285 MB of XML fits in well under 1 MB).
 * `understate`: the ZIP directory claims each entry is tiny, so only inflating shows the truth.
 */
export async function docxBomb(xmlBytes = 285 * MB, opts: { understate?: boolean } = {}): Promise<Buffer> {
  const para = enc.encode(
    '<w:p><w:r><w:t>第1条 職員は、情報資産を適切に管理しなければならない。</w:t></w:r></w:p>',
  );
  const block = new Uint8Array(Math.floor(MB / para.length) * para.length);
  for (let i = 0; i < block.length; i += para.length) block.set(para, i);
  const zip = await zipOf([
    { name: '[Content_Types].xml', chunks: () => [enc.encode(CONTENT_TYPES)] },
    { name: '_rels/.rels', chunks: () => [enc.encode(RELS)] },
    {
      name: 'word/document.xml',
      *chunks() {
        yield enc.encode(DOC_HEAD);
        for (let n = 0; n < xmlBytes; n += block.length) yield block;
        yield enc.encode(DOC_TAIL);
      },
    },
  ]);
  if (opts.understate) {
    // Local (PK\3\4, size at +22) and central (PK\1\2, at +24) headers claim 1 KB for every entry.
    for (let i = zip.indexOf('PK\u0003\u0004'); i >= 0; i = zip.indexOf('PK\u0003\u0004', i + 4))
      zip.writeUInt32LE(1024, i + 22);
    for (let i = zip.indexOf('PK\u0001\u0002'); i >= 0; i = zip.indexOf('PK\u0001\u0002', i + 4))
      zip.writeUInt32LE(1024, i + 24);
  }
  return zip;
}

/** A minimal PDF from its objects (1-based; `stream` objects are written with their data). */
function pdfOf(objects: (string | { dict: string; data: Buffer })[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const chunk =
      typeof o === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.data.length} >>\nstream\n`, 'latin1'),
            o.data,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const off of offsets) xref.push(`${String(off).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/**
 * A PDF of `levels` nested page-tree nodes of `fanout` kids each, every kid the same node: 10^6 pages
 * that all share one page object, in a few kilobytes.
 */
export function pdfSharedPages(fanout = 10, levels = 6): Buffer {
  // 1 catalog, 2..levels+1 page-tree nodes, then the page, its content and its font.
  const page = levels + 2;
  const objects: (string | { dict: string; data: Buffer })[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let l = 0; l < levels; l++) {
    const kid = l === levels - 1 ? page : l + 3;
    const kids = Array.from({ length: fanout }, () => `${kid} 0 R`).join(' ');
    objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${fanout ** (levels - l)} >>`);
  }
  objects.push(
    `<< /Type /Page /Parent ${levels + 1} 0 R /MediaBox [0 0 595 842] /Contents ${page + 1} 0 R /Resources << /Font << /F1 ${page + 2} 0 R >> >> >>`,
  );
  objects.push({ dict: '', data: Buffer.from('BT /F1 12 Tf 72 720 Td (Article 1) Tj ET') });
  objects.push(FONT);
  return pdfOf(objects);
}

/** A one-page PDF whose content stream inflates to `decodedBytes` of text-showing operators. */
export async function pdfContentBomb(
  decodedBytes = 600 * MB,
  opts: { hexWrapped?: boolean } = {},
): Promise<Buffer> {
  const line = Buffer.from('BT /F1 12 Tf 72 720 Td (A) Tj ET\n');
  const block = Buffer.alloc(Math.floor(MB / line.length) * line.length);
  for (let i = 0; i < block.length; i += line.length) line.copy(block, i);
  const deflate = zlib.createDeflate({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let n = 0; n < decodedBytes; n += block.length)
    if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  let data = Buffer.concat(out);
  let filter = '/Filter /FlateDecode';
  if (opts.hexWrapped) {
    data = Buffer.from(`${data.toString('hex')}>`);
    filter = '/Filter [/ASCIIHexDecode /FlateDecode]';
  }
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    { dict: filter, data },
    FONT,
  ]);
}

/** A plain-text policy of `bytes` bytes: the longest sample, repeated. */
export function bigTextPolicy(bytes = 4.9 * MB): Buffer {
  const sample = fs.readFileSync(
    path.resolve(import.meta.dirname, '../../samples/policies/001-hagi-nagato-seiso.txt'),
  );
  const parts: Buffer[] = [];
  for (let n = 0; n < bytes; n += sample.length) parts.push(sample);
  const all = Buffer.concat(parts);
  // Cut at the end of a line, never inside a character.
  return all.subarray(0, all.lastIndexOf(0x0a, Math.floor(bytes)) + 1);
}
