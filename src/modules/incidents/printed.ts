import { transactional } from '../../db/transactional.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';

/** Records an export of the incident list (its format and rows), before the file is sent. */
export const listExported = transactional(async (trx, actor: Actor, format: string, count: number) => {
  await recordAudit(trx, actor, 'incidents.exported', { type: 'incident', id: 'list' }, { format, count });
});

/** Records that an incident's report was printed, before the PDF is sent. */
export const reportPrinted = transactional(async (trx, actor: Actor, incidentId: string) => {
  await recordAudit(
    trx,
    actor,
    'incidents.report_printed',
    { type: 'incident', id: incidentId },
    { format: 'pdf' },
  );
});
