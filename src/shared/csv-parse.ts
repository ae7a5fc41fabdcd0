import iconv from 'iconv-lite';

/** Decodes CSV bytes: UTF-8 (BOM dropped) or Shift_JIS (CP932, as Excel writes it). */
export function decodeCsv(bytes: Buffer, encoding: 'utf8' | 'sjis'): string {
  if (encoding === 'sjis') return iconv.decode(bytes, 'cp932');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses CSV text (RFC 4180): quoted fields with commas, doubled quotes and line breaks;
 * CRLF, LF or CR line ends; a leading BOM. Fully empty lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && s[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}

/** Undoes the formula guard of `toCsv` (a leading apostrophe before = + - @). */
export function unguard(v: string): string {
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}
