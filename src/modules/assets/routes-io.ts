import type { FastifyInstance } from 'fastify';
import { bodyName, sendExport } from '../../http/download.ts';
import { AppError } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import { t } from '../../i18n/index.ts';
import { todayJst } from '../../shared/business-days.ts';
import type { CsvEncoding } from '../../shared/csv.ts';
import { decodeCsv, parseCsv } from '../../shared/csv-parse.ts';
import { writeXlsx } from '../../shared/xlsx.ts';
import { exportRecorder } from '../audit/index.ts';
import { activeScheme } from '../classification/index.ts';
import type { AppContext } from '../module.ts';
import { seesAllUnits } from './access.ts';
import { registerHeader, registerRows } from './export.ts';
import { applyImport, planImport } from './import.ts';
import { exportQuery, importBody } from './schema.ts';
import { requireScheme } from './service.ts';

const tags = ['assets'];

/** CSV (UTF-8 BOM / Shift_JIS) and xlsx export; CSV import with a dry run. */
export function assetIoRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/export',
    summary: 'Export the register as CSV or xlsx',
    tags,
    access: access.fn('assets.read'),
    query: exportQuery,
    async handler({ query, auth, actor, reply }) {
      const scheme = await activeScheme(db, auth.organizationId);
      const header = registerHeader(scheme);
      const rows = await registerRows(
        db,
        auth.organizationId,
        scheme,
        seesAllUnits(auth) ? undefined : auth.unitId,
      );
      // The register as the body's ledger: its book, headings and marks are the ones its import reads back.
      const book = t('ja', 'assets.export.book');
      const name = { body: await bodyName(db, auth.organizationId), book, date: todayJst() };
      const file =
        query.format === 'xlsx'
          ? { xlsx: await writeXlsx([{ name: book, header, rows }]), count: rows.length }
          : { csv: { header, rows, encoding: query.encoding as CsvEncoding } };
      return sendExport(reply, file, name, 'assets', exportRecorder(db, actor, { type: 'asset', book }));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/import',
    summary: 'Import CSV rows; a dry run reports each bad row and field',
    tags,
    access: access.fn('assets.manage'),
    body: importBody,
    bodyLimit: 40 * 1024 * 1024,
    async handler({ body, auth, actor, lang }) {
      const bytes = Buffer.from(body.content, 'base64');
      const table = parseCsv(decodeCsv(bytes, body.encoding));
      const scheme = await requireScheme(db, auth.organizationId);
      const plan = await planImport(db, auth.organizationId, scheme, auth.functions, table, lang);
      const errors = plan.errors.map(({ row, field, code, message }) => ({ row, field, code, message }));
      if (body.dryRun) return { valid: errors.length === 0, count: plan.assets.length, errors };
      if (errors.length) {
        throw new AppError(
          'assets.import.invalid',
          400,
          { count: errors.length },
          errors
            .slice(0, 1000)
            .map((e) => ({ field: `${e.row}:${e.field}`, code: e.code, message: e.message })),
        );
      }
      const importId = await applyImport(db, actor, plan, { encoding: body.encoding, bytes });
      return { imported: plan.assets.length, importId };
    },
  });
}
