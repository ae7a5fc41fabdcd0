/**
 * 受付番号: each request of an organization is numbered in the 年度 it is filed in (April to March, JST),
 * 1, 2, 3 …, from a counter row per organization and 年度 taken in the request's own transaction (on
 * PostgreSQL the row's lock orders two filings of the same body; on SQLite there is one writer).
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { jstDate } from '../../shared/time.ts';
import { fiscalYearOf, fiscalYearWareki } from '../../shared/wareki.ts';

export interface RequestReference {
  fiscalYear: number;
  serial: number;
}

/** The next 受付番号 of the organization for a request filed at `at` (ISO); call inside its transaction. */
export async function nextReference(
  db: Kysely<DB>,
  organizationId: string,
  at: string,
): Promise<RequestReference> {
  const fiscalYear = fiscalYearOf(jstDate(at));
  const row = await db
    .insertInto('request_serials')
    .values({ organization_id: organizationId, fiscal_year: fiscalYear, last_serial: 1 })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'fiscal_year'])
        .doUpdateSet({ last_serial: sql<number>`request_serials.last_serial + 1` }),
    )
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return { fiscalYear, serial: Number(row.last_serial) };
}

/** The reference of a stored row, or null for a row without one. */
export function referenceOf(row: {
  fiscal_year: number | null;
  serial: number | null;
}): RequestReference | null {
  return row.fiscal_year === null || row.serial === null
    ? null
    : { fiscalYear: Number(row.fiscal_year), serial: Number(row.serial) };
}

/** 受付番号 as the reader writes it: 令和8年度第12号 in Japanese, FY2026-12 in English. */
export function referenceText(lang: 'ja' | 'en', ref: RequestReference): string {
  return t(lang, 'requests.reference', {
    wareki: fiscalYearWareki(ref.fiscalYear),
    fiscalYear: ref.fiscalYear,
    serial: ref.serial,
  });
}
