/**
 * Attendance lists (出欠表) from Excel or CSV into one training session: each person named by staff
 * number, login ID or name, with 出席/欠席 (○/×, 受講/未受講, 1/0).
 */
import { z } from 'zod';
import { recognisedHeadings, recognisedValues } from '../../i18n/headings.ts';
import type { ImportField, ImportTarget, RowError } from '../imports/index.ts';
import { personResolver } from '../imports/index.ts';
import { loadSession, writeAttendance } from './service.ts';

const fields: ImportField[] = [
  {
    key: 'person',
    ja: '氏名',
    en: 'Name',
    kind: 'ref',
    ref: 'users',
    required: true,
    aliases: recognisedHeadings('training.attendance', 'person'),
  },
  {
    key: 'attended',
    ja: '出欠',
    en: 'Attendance',
    kind: 'enum',
    required: true,
    aliases: recognisedHeadings('training.attendance', 'attended'),
    options: recognisedValues('training.attendance', 'attended'),
  },
];

const context = z.strictObject({ sessionId: z.string().trim().min(1).max(64) });

/** 研修の出欠表. */
export const attendanceImport: ImportTarget<z.output<typeof context>> = {
  key: 'training.attendance',
  ja: '研修の出欠表',
  en: 'Training attendance',
  fields,
  writeFns: ['training.manage'],
  context,
  lookups: async (db, org) => ({ users: await personResolver(db, org) }),
  async check(db, org, rows, mapping, ctx) {
    await loadSession(db, org, ctx.sessionId);
    const seen = new Map<string, number>();
    const errors: RowError[] = [];
    for (const r of rows) {
      const id = String(r.values.person);
      const first = seen.get(id);
      if (first !== undefined)
        errors.push({
          row: r.row,
          column: mapping.person,
          field: 'person',
          code: 'imports.duplicate_in_file',
          params: { value: id, first },
        });
      else seen.set(id, r.row);
    }
    return errors;
  },
  async write(trx, actor, rows, ctx) {
    const entries = rows.map((r) => ({
      userId: String(r.values.person),
      attended: r.values.attended === 'yes',
    }));
    await writeAttendance(trx, actor, ctx.sessionId, entries, 'xlsx', false);
    const attended = entries.filter((e) => e.attended).length;
    return {
      created: entries.length,
      updated: 0,
      detail: { sessionId: ctx.sessionId, attended, absent: entries.length - attended },
    };
  },
};
