/** The audit event of an export: every download of a register, a 記録簿 or the log leaves one. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordAudit } from './service.ts';

/** What was exported: the kind of record listed (`asset`, `audit_log` …), which list, and the book's name. */
export interface ExportSubject {
  type: string;
  /** The list exported: `list` for a whole register, or the book's key (a 記録簿's kind). */
  id?: string;
  book: string;
}

/**
 * The `record` of `sendExport` (`src/http/download.ts`): writes `records.exported` with the format and
 * the number of rows in its own transaction, before the file is sent.
 */
export function exportRecorder(
  db: Kysely<DB>,
  actor: Actor,
  subject: ExportSubject,
): (format: string, count: number) => Promise<unknown> {
  return (format, count) =>
    db
      .transaction()
      .execute((trx) =>
        recordAudit(
          trx,
          actor,
          'records.exported',
          { type: subject.type, id: subject.id ?? 'list' },
          { book: subject.book, format, count },
        ),
      );
}
