/** Test support for printed forms: a PDF read back as text (pdftotext) and as page images (pdftoppm). */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

function tmpFile(buf: Buffer, ext: string): { file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-pdf-'));
  const file = path.join(dir, `doc.${ext}`);
  fs.writeFileSync(file, buf);
  return { file, dir };
}

/** The PDF's text laid out as on the page (`pdftotext -layout`). */
export function pdfText(pdf: Buffer): string {
  const { file, dir } = tmpFile(pdf, 'pdf');
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text (as `pdfText` gives it), once it is asserted to show each of `strings`. */
export function pdfShowing(pdf: Buffer, strings: string[]): string {
  const text = pdfText(pdf);
  for (const s of strings) assert.ok(text.includes(s), `${s} missing in:\n${text}`);
  return text;
}

/** Page size in points and page count, from `pdfinfo`. */
export function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const { file, dir } = tmpFile(pdf, 'pdf');
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    return {
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
      width: Number(size?.[1] ?? 0),
      height: Number(size?.[2] ?? 0),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A grey-scale page image: width, height and one byte per pixel (0 black … 255 white). */
export interface PageImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** The PNG itself, for a person to look at (copied into the folder KEEP_PDF_PNG names, when set). */
  png: Buffer;
}

/** Decodes an 8-bit grey-scale or RGB PNG (what `pdftoppm -png` writes) to one grey byte per pixel. */
function decodeGrayPng(png: Buffer): Omit<PageImage, 'png'> {
  let pos = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || (data[9] !== 0 && data[9] !== 2) || data[12] !== 0)
        throw new Error('expected an 8-bit grey-scale or RGB PNG, not interlaced');
      bpp = data[9] === 2 ? 3 : 1;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = new Uint8Array(width * height);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[x - bpp] : 0;
      const b = prev[x];
      const c = x >= bpp ? prev[x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[x] = v & 0xff;
    }
    for (let x = 0; x < width; x++)
      pixels[y * width + x] =
        bpp === 1 ? out[x] : Math.round((out[x * 3] + out[x * 3 + 1] + out[x * 3 + 2]) / 3);
    prev = out;
  }
  return { width, height, pixels };
}

let kept = 0;

/** Renders every page to a grey-scale image at the given resolution (`pdftoppm -gray -png`). */
export function pdfImages(pdf: Buffer, dpi = 50): PageImage[] {
  const { file, dir } = tmpFile(pdf, 'pdf');
  try {
    execFileSync('pdftoppm', ['-gray', '-png', '-r', String(dpi), file, path.join(dir, 'page')]);
    const pages = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort();
    return pages.map((p) => {
      const png = fs.readFileSync(path.join(dir, p));
      if (process.env.KEEP_PDF_PNG)
        fs.copyFileSync(path.join(dir, p), path.join(process.env.KEEP_PDF_PNG, `${++kept}-${p}`));
      return { ...decodeGrayPng(png), png };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Rows of the image that are mostly dark across a span of at least `minRun` pixels: the horizontal
 * rules of a ruled form (table and box lines), as y positions.
 */
export function horizontalRules(img: PageImage, minRun: number, threshold = 128): number[] {
  const rules: number[] = [];
  for (let y = 0; y < img.height; y++) {
    let run = 0;
    let best = 0;
    for (let x = 0; x < img.width; x++) {
      run = img.pixels[y * img.width + x] < threshold ? run + 1 : 0;
      if (run > best) best = run;
    }
    if (best >= minRun) rules.push(y);
  }
  return rules;
}

/** Columns of the image dark over a run of at least `minRun` pixels: vertical rules, as x positions. */
export function verticalRules(img: PageImage, minRun: number, threshold = 128): number[] {
  const rules: number[] = [];
  for (let x = 0; x < img.width; x++) {
    let run = 0;
    let best = 0;
    for (let y = 0; y < img.height; y++) {
      run = img.pixels[y * img.width + x] < threshold ? run + 1 : 0;
      if (run > best) best = run;
    }
    if (best >= minRun) rules.push(x);
  }
  return rules;
}
