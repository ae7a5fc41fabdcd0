/**
 * Attendance lists from CSV (UTF-8 with BOM or Shift_JIS): columns ログインID and 出欠 (出席/欠席, ○/×, 1/0).
 * A dry run names every bad row; a real run imports all rows or, if any is bad, nothing.
 */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { badInput } from '../../http/errors.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { decodeCsv, isBlankRow, parseCsv } from '../../shared/csv-parse.ts';
import { ABSENT, ATTENDED, ID_HEADING, MARK_HEADING } from './import-patterns.ts';
import { loadSession, writeAttendance } from './service.ts';

export interface ImportResult {
  rows: number;
  attended: number;
  absent: number;
  errors: { row: number; message: string }[];
  imported: boolean;
}

/** Checks (and unless dryRun, records) an attendance CSV for a session; row errors in the reader's language. */
export async function importAttendance(
  db: Kysely<DB>,
  actor: Actor,
  sessionId: string,
  bytes: Buffer,
  encoding: 'utf8' | 'sjis',
  dryRun: boolean,
  lang: Lang = 'ja',
): Promise<ImportResult> {
  const org = actor.organizationId;
  await loadSession(db, org, sessionId);
  const rows = parseCsv(decodeCsv(bytes, encoding));
  const header = (rows[0] ?? []).map((h) => h.trim());
  const idCol = header.findIndex((h) => ID_HEADING.test(h));
  const markCol = header.findIndex((h) => MARK_HEADING.test(h));
  if (idCol < 0 || markCol < 0)
    throw badInput('training.no_header', {}, [{ field: 'dataBase64', code: 'training.no_header' }]);
  const users = await rowsInOrg(db, 'users', org, {}, ['id', 'login_id']);
  const byLogin = new Map(users.map((u) => [u.login_id, u.id]));
  const entries: { userId: string; attended: boolean }[] = [];
  const errors: ImportResult['errors'] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const [i, r] of rows.slice(1).entries()) {
    // Blank rows are skipped but still counted, so row numbers match what the spreadsheet shows.
    const row = i + 2;
    if (isBlankRow(r)) continue;
    count++;
    const login = (r[idCol] ?? '').trim();
    const mark = (r[markCol] ?? '').trim().toLowerCase();
    const userId = byLogin.get(login);
    const problem = (code: string, params: Record<string, string>) =>
      errors.push({ row, message: t(lang, `training.import.${code}`, params) });
    if (!userId) problem('unknown_login', { login });
    else if (seen.has(userId)) problem('duplicate_login', { login });
    else if (!ATTENDED.has(mark) && !ABSENT.has(mark)) problem('bad_mark', { mark });
    else {
      seen.add(userId);
      entries.push({ userId, attended: ATTENDED.has(mark) });
    }
  }
  const result = {
    rows: count,
    attended: entries.filter((e) => e.attended).length,
    absent: entries.filter((e) => !e.attended).length,
    errors,
    imported: false,
  };
  if (dryRun) return result;
  if (errors.length) {
    throw badInput(
      'training.bad_rows',
      { rows: errors.map((e) => e.row).join(', ') },
      errors.map((e) => ({ field: `row.${e.row}`, code: 'training.bad_row', message: e.message })),
    );
  }
  await db.transaction().execute((trx) => writeAttendance(trx, actor, sessionId, entries, 'csv'));
  return { ...result, imported: true };
}
