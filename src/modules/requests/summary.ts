import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { referenceOf } from './reference.ts';

type Row = Pick<DB['requests'], (typeof SUMMARY_COLUMNS)[number] | 'type_id'>;

/** The columns a summary reads (lists select these, not the definition and values). */
export const SUMMARY_COLUMNS = [
  'id',
  'type_id',
  'type_code',
  'requester_id',
  'status',
  'current_step',
  'asset_id',
  'asset_class',
  'approval_required',
  'due_on',
  'returned_at',
  'submitted_at',
  'decided_at',
  'clause_path',
  'version',
  'fiscal_year',
  'serial',
] as const;

/** A request as lists show it. */
export function summary(r: Row, typeName?: { ja: string; en: string }) {
  return {
    id: r.id,
    typeCode: r.type_code,
    typeName: typeName?.ja ?? r.type_code,
    /** the type's English name ('' when it has none: the Japanese is shown) */
    typeNameEn: typeName?.en ?? '',
    requesterId: r.requester_id,
    status: r.status,
    currentStep: r.current_step,
    assetId: r.asset_id,
    assetClass: r.asset_class,
    approvalRequired: !!r.approval_required,
    dueOn: r.due_on,
    returnedAt: r.returned_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    clausePath: r.clause_path,
    version: r.version,
    /** 受付番号: the 年度 and the serial in it (null only for a row the numbering has not reached). */
    reference: referenceOf(r),
  };
}

/** Type names of the organization by id, in both languages. */
export async function typeNames(
  db: Kysely<DB>,
  organizationId: string,
): Promise<Map<string, { ja: string; en: string }>> {
  const rows = await rowsInOrg(db, 'request_types', organizationId, {}, ['id', 'name_ja', 'name_en']);
  return new Map(rows.map((r) => [r.id, { ja: r.name_ja, en: r.name_en ?? '' }]));
}
