/**
 * A .docx as plain text, one line per paragraph: the numbers Word draws from its list numbering
 * put back in front of their paragraphs (docx-numbering.ts), tabs kept, and each table row on one
 * line with its cells separated by tabs. Headers, footers and deleted text are left out.
 */
import type * as Saxes from 'saxes';
import { onFirstUse } from '../../../shared/on-first-use.ts';

import { unzipEntries } from '../../../shared/xlsx/unzip.ts';
import { type Level, ListNumberer, type Numbering } from './docx-numbering.ts';
import { PolicyInputError } from './errors.ts';

const saxes = onFirstUse<typeof Saxes>('saxes');

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];
const LIMITS = { maxBytes: 64 * 1024 * 1024, maxEntries: 5000 };

type Attrs = Record<string, string>;
const local = (name: string) => name.slice(name.indexOf(':') + 1);
const val = (a: Attrs) => a['w:val'] ?? a.val;

/** Streams an XML part through saxes with local tag names; malformed XML is an unreadable file. */
function walk(
  xml: string,
  open: (name: string, a: Attrs) => void,
  close?: (name: string) => void,
  text?: (t: string) => void,
) {
  const p = new (saxes().SaxesParser)();
  p.on('error', (e) => {
    throw new PolicyInputError('policy.unreadable', String(e.message));
  });
  p.on('opentag', (tag) => open(local(tag.name), tag.attributes as Attrs));
  if (close) p.on('closetag', (tag) => close(local(tag.name)));
  if (text) p.on('text', text);
  p.write(xml).close();
}

function readNumbering(xml: string): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map(), styleLevels: new Map() };
  let abstract: Map<number, Level> | null = null;
  let lvl: Level | null = null;
  let ilvl = 0;
  let num: { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> } | null = null;
  let override: { start?: number; level?: Level } | null = null;
  const newLevel = (): Level => ({ start: 1, numFmt: 'decimal', lvlText: '', suff: 'tab' });
  walk(
    xml,
    (name, a) => {
      if (name === 'abstractNum') {
        abstract = new Map();
        numbering.abstracts.set(a['w:abstractNumId'], abstract);
      } else if (name === 'num') {
        num = { abstractId: '', overrides: new Map() };
        numbering.nums.set(a['w:numId'], num);
      } else if (name === 'abstractNumId' && num) num.abstractId = val(a);
      else if (name === 'lvlOverride' && num) {
        override = {};
        num.overrides.set(Number(a['w:ilvl']), override);
      } else if (name === 'startOverride' && override) override.start = Number(val(a));
      else if (name === 'lvl') {
        ilvl = Number(a['w:ilvl'] ?? 0);
        lvl = newLevel();
        if (override) override.level = lvl;
        else abstract?.set(ilvl, lvl);
      } else if (lvl) {
        if (name === 'start') lvl.start = Number(val(a));
        else if (name === 'numFmt') lvl.numFmt = val(a);
        else if (name === 'lvlText') lvl.lvlText = val(a) ?? '';
        else if (name === 'lvlRestart') lvl.restart = Number(val(a));
        else if (name === 'isLgl') lvl.isLgl = val(a) !== '0' && val(a) !== 'false';
        else if (name === 'suff') lvl.suff = (val(a) as Level['suff']) ?? 'tab';
        else if (name === 'pStyle') numbering.styleLevels.set(val(a), ilvl);
      }
    },
    (name) => {
      if (name === 'lvl') lvl = null;
      else if (name === 'lvlOverride') override = null;
      else if (name === 'abstractNum') abstract = null;
      else if (name === 'num') num = null;
    },
  );
  return numbering;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

function readStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let current: StyleNumbering | null = null;
  walk(
    xml,
    (name, a) => {
      if (name === 'style') {
        current = {};
        styles.set(a['w:styleId'], current);
      } else if (current && name === 'basedOn') current.basedOn = val(a);
      else if (current && name === 'numId') current.numId = val(a);
      else if (current && name === 'ilvl') current.ilvl = Number(val(a));
    },
    (name) => {
      if (name === 'style') current = null;
    },
  );
  return styles;
}

/** The list a paragraph style carries, following basedOn. */
function styleList(
  styles: Map<string, StyleNumbering>,
  id: string | undefined,
): { numId?: string; ilvl?: number } {
  const seen = new Set<string>();
  let s = id ? styles.get(id) : undefined;
  let ilvl: number | undefined;
  while (s && id && !seen.has(id)) {
    seen.add(id);
    ilvl ??= s.ilvl;
    if (s.numId !== undefined) return { numId: s.numId, ilvl };
    id = s.basedOn;
    s = id ? styles.get(id) : undefined;
  }
  return {};
}

/** Extracts the text of a .docx (see file comment); throws `PolicyInputError` when it is not readable. */
export function docxText(bytes: Uint8Array): string {
  let parts: Map<string, Uint8Array>;
  try {
    parts = unzipEntries(bytes, (n) => PARTS.includes(n), LIMITS);
  } catch (err) {
    throw new PolicyInputError('policy.unreadable', String(err));
  }
  const decode = (name: string) => {
    const b = parts.get(name);
    return b ? new TextDecoder('utf-8').decode(b) : '';
  };
  const document = decode('word/document.xml');
  if (document === '') throw new PolicyInputError('policy.unreadable', 'word/document.xml missing');
  const numberingXml = decode('word/numbering.xml');
  const numbering = numberingXml
    ? readNumbering(numberingXml)
    : { abstracts: new Map(), nums: new Map(), styleLevels: new Map() };
  const stylesXml = decode('word/styles.xml');
  const styles = stylesXml ? readStyles(stylesXml) : new Map<string, StyleNumbering>();
  const numberer = new ListNumberer(numbering);

  const lines: string[] = [];
  let para = '';
  let pStyle: string | undefined;
  let numId: string | undefined;
  let ilvl: number | undefined;
  let inText = false;
  let skip = 0;
  let inPPr = false;
  let inRPr = false;
  const rows: string[][][] = [];
  walk(
    document,
    (name, a) => {
      if (skip > 0) {
        if (name === 'del' || name === 'tabs' || name === 'instrText' || name === 'delText') skip++;
        return;
      }
      switch (name) {
        case 'del':
        case 'tabs':
        case 'instrText':
        case 'delText':
          skip++;
          break;
        case 'tbl':
          rows.push([]);
          break;
        case 'tr':
          rows.at(-1)?.push([]);
          break;
        case 'tc':
          rows.at(-1)?.at(-1)?.push('');
          break;
        case 'p':
          para = '';
          pStyle = undefined;
          numId = undefined;
          ilvl = undefined;
          break;
        case 'pPr':
          inPPr = true;
          break;
        case 'rPr':
          inRPr = true;
          break;
        case 'pStyle':
          if (inPPr && !inRPr) pStyle = val(a);
          break;
        case 'numId':
          if (inPPr && !inRPr) numId = val(a);
          break;
        case 'ilvl':
          if (inPPr && !inRPr) ilvl = Number(val(a));
          break;
        case 't':
          inText = true;
          break;
        case 'tab':
          if (!inPPr) para += '\t';
          break;
        case 'br':
        case 'cr':
          para += a['w:type'] === 'page' ? '\n\f\n' : '\n';
          break;
        case 'noBreakHyphen':
          para += '-';
          break;
      }
    },
    (name) => {
      if (skip > 0) {
        if (name === 'del' || name === 'tabs' || name === 'instrText' || name === 'delText') skip--;
        return;
      }
      if (name === 't') inText = false;
      else if (name === 'pPr') inPPr = false;
      else if (name === 'rPr') inRPr = false;
      else if (name === 'p') {
        const fromStyle = numId === undefined ? styleList(styles, pStyle) : {};
        const id = numId ?? fromStyle.numId;
        // A level tied to the paragraph's style (w:lvl/w:pStyle) gives the level when numPr does not.
        const level = ilvl ?? fromStyle.ilvl ?? (pStyle ? numbering.styleLevels.get(pStyle) : undefined) ?? 0;
        const number = id && id !== '0' ? numberer.next(id, level) : '';
        const text = number + para;
        const row = rows.at(-1)?.at(-1);
        // Inside a table a paragraph adds to its cell; a cell's paragraphs run on.
        if (row) row[row.length - 1] += (row[row.length - 1] ? ' ' : '') + text.replace(/\t/g, ' ');
        else lines.push(text);
      } else if (name === 'tbl') {
        const table = rows.pop() ?? [];
        const out = table.map((r) => r.map((c) => c.trim()).join('\t'));
        // A nested table's rows join the cell of the table around it.
        const outer = rows.at(-1)?.at(-1);
        if (outer) outer[outer.length - 1] += out.join(' ');
        else lines.push(...out);
      }
    },
    (t) => {
      if (inText && skip === 0) para += t;
    },
  );
  return lines.join('\n');
}
