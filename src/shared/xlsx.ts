// Loaded on first use: exceljs costs ~35 MB of resident memory that an idle server should not hold.
const excel = async () => (await import('exceljs')).default;

export interface SheetSpec {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
  /** Column widths in characters; defaults from the header length. */
  widths?: number[];
}

/** Writes a workbook of simple tables (bold frozen header, auto-filter) to an .xlsx buffer. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'mamori';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.header);
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(r.map((v) => (v === null ? '' : v)));
    s.header.forEach((h, i) => {
      ws.getColumn(i + 1).width = s.widths?.[i] ?? Math.max(10, h.length * 2 + 2);
    });
    if (s.header.length)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.header.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads the first sheet of an .xlsx buffer back as rows of strings (for tests and imports). */
export async function readXlsx(buf: Buffer): Promise<string[][]> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws?.eachRow((row) => {
    const vals = (row.values as unknown[]).slice(1);
    out.push(vals.map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return out;
}
