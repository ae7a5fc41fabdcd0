/** One register of request records as a file: CSV (UTF-8 BOM or Shift_JIS), Excel, or a PDF like the paper book. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { bodyName, type ExportFile } from '../../http/download.ts';
import { badInput } from '../../http/errors.ts';
import { t } from '../../i18n/index.ts';
import { todayJst } from '../../shared/business-days.ts';
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { writeXlsx } from '../../shared/xlsx.ts';
import { effectiveLayout } from './layouts.ts';
import { visibleRecords } from './queries.ts';
import { csvDates, fieldMap, paperDates, paperIsoDates } from './registers.ts';

/** The file of one book as the body lays it out, with the name parts it is saved under. */
export async function recordsExport(
  db: Kysely<DB>,
  auth: AuthContext,
  query: { kind?: string; from?: string; to?: string; format: 'csv' | 'csv-sjis' | 'pdf' | 'xlsx' },
  lang: 'ja' | 'en',
): Promise<{
  kind: string;
  book: string;
  file: ExportFile;
  name: { body: string; book: string; date: string };
}> {
  const kind = query.kind;
  if (!kind) throw badInput('request.invalid', {}, [{ field: 'kind', code: 'field.required' }]);
  const rows = await visibleRecords(db, auth, query);
  const layout = await effectiveLayout(db, auth.organizationId, kind, rows, lang);
  const header = layout.columns.map((c) => c.heading);
  const paper = query.format === 'pdf';
  const data = rows.map((r) => {
    const f = fieldMap(r);
    return layout.columns.map((c) =>
      c.value(r, f, paper ? (lang === 'ja' ? paperDates : paperIsoDates) : csvDates),
    );
  });
  const book = layout.title;
  const today = todayJst();
  const name = { body: await bodyName(db, auth.organizationId), book, date: today };
  let file: ExportFile;
  if (paper) {
    const pdf = await ledgerPdf({
      title: book,
      subtitle: t(lang, 'requests.book.subtitle', {
        body: name.body,
        date: lang === 'ja' ? formatWareki(today) : today,
      }),
      header,
      rows: data,
      widths: layout.columns.map((c) => c.width ?? 1),
      dates: layout.columns.map((c) => c.dates),
      stamps: layout.stamps,
    });
    file = { pdf, count: data.length };
  } else if (query.format === 'xlsx') {
    file = { xlsx: await writeXlsx([{ name: book, header, rows: data }]), count: data.length };
  } else {
    file = { csv: { header, rows: data, encoding: query.format === 'csv-sjis' ? 'sjis' : 'utf8' } };
  }
  return { kind, book, file, name };
}
