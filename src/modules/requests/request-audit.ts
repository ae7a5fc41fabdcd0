import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { type AuditData, type AuditEventName, recordAudit } from '../audit/index.ts';

/** Records an event about a request; like every request event it names the request type's code. */
export function auditRequest<E extends AuditEventName>(
  trx: Kysely<DB>,
  actor: Actor,
  event: E,
  req: { id: string; type_code: string },
  data: Omit<AuditData<E>, 'code'>,
): Promise<unknown> {
  return recordAudit(trx, actor, event, { type: 'request', id: req.id }, {
    code: req.type_code,
    ...data,
  } as AuditData<E>);
}
