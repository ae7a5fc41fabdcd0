import { createHash } from 'node:crypto';
import { badInput, conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { dateParam, notify } from '../notifications/index.ts';
import './events.ts';
import { insertAudited } from '../../db/insert-audited.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { existsInOrg, updateInOrg } from '../../db/update-in-org.ts';
import type { ActionBody, ActionDoneBody, ContactBody, EvidenceBody, NoteBody } from './schema.ts';
import type { IncidentsTable } from './tables.ts';
import { addTimeline } from './timeline.ts';

const target = (id: string) => ({ type: 'incident', id });

function requireOpen(inc: IncidentsTable): void {
  if (inc.status !== 'open') throw conflict('incidents.closed');
}

/** Records an action or decision on the timeline (who, when, what). */
export const addNote = transactional(
  async (trx, actor: Actor, inc: IncidentsTable, b: NoteBody): Promise<void> => {
    requireOpen(inc);
    await addTimeline(trx, actor, inc.id, b.kind, b.text);
    // The latest cause analysis is also kept on the incident for the register (インシデント記録: 原因).
    if (b.kind === 'cause')
      await updateInOrg(trx, 'incidents', actor.organizationId, inc.id, { cause: b.text });
    await recordAudit(trx, actor, 'incidents.note_added', target(inc.id), { kind: b.kind, text: b.text });
  },
);

/** Keeps an evidence file with its SHA-256; the table refuses UPDATE and DELETE (R-F21). */
export const addEvidence = transactional(
  async (
    trx,
    actor: Actor,
    inc: IncidentsTable,
    b: EvidenceBody,
  ): Promise<{ id: string; sha256: string }> => {
    const data = Buffer.from(b.dataBase64, 'base64');
    if (!data.length)
      throw badInput('incidents.empty_file', {}, [{ field: 'dataBase64', code: 'incidents.empty_file' }]);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const id = await insertInOrg(trx, 'incident_evidence', actor.organizationId, {
      incident_id: inc.id,
      file_name: b.fileName,
      content_type: b.contentType,
      size: data.length,
      sha256,
      content: data.toString('base64'),
      description: b.description,
      added_by: actor.userId ?? '',
      created_at: nowIso(),
    });
    await recordAudit(trx, actor, 'incidents.evidence_added', target(inc.id), {
      fileName: b.fileName,
      sha256,
      size: data.length,
    });
    await addTimeline(trx, actor, inc.id, 'evidence', `${b.fileName} sha256:${sha256}`);
    return { id, sha256 };
  },
);

/** Adds a containment, recovery, cause or recurrence-prevention action with an owner and due date. */
export const addAction = transactional(
  async (trx, actor: Actor, inc: IncidentsTable, b: ActionBody): Promise<string> => {
    requireOpen(inc);
    if (b.ownerId) {
      if (!(await existsInOrg(trx, 'users', actor.organizationId, b.ownerId)))
        throw badInput('incidents.unknown_user', {}, [{ field: 'ownerId', code: 'incidents.unknown_user' }]);
    }
    const id = await insertAudited(
      trx,
      actor,
      'incident_actions',
      {
        incident_id: inc.id,
        kind: b.kind,
        description: b.description,
        owner_id: b.ownerId ?? null,
        due_date: b.dueDate ?? null,
        status: 'open',
        done_at: null,
        done_by: null,
        note: null,
        created_at: nowIso(),
      },
      'incidents.action_added',
      'incident_action',
      {
        kind: b.kind,
        description: b.description,
        ownerId: b.ownerId ?? null,
        dueDate: b.dueDate ?? null,
      },
    );
    await addTimeline(trx, actor, inc.id, `action_${b.kind}`, b.description);
    if (b.ownerId && b.ownerId !== actor.userId)
      await notify(trx, actor.organizationId, [b.ownerId], {
        code: b.dueDate ? 'notice.incidents.action_assigned_due' : 'notice.incidents.action_assigned',
        params: { incident: inc.title, action: b.description, due: b.dueDate ? dateParam(b.dueDate) : '' },
        link: `/incidents/${inc.id}`,
      });
    return id;
  },
);

/** Marks an action done (its owner or a handler) or accepts it as is (a holder of incidents.close). */
export const completeAction = transactional(
  async (
    trx,
    actor: Actor,
    fns: Set<string>,
    inc: IncidentsTable,
    actionId: string,
    b: ActionDoneBody,
  ): Promise<void> => {
    requireOpen(inc);
    const a = await rowInOrg(trx, 'incident_actions', actor.organizationId, {
      incident_id: inc.id,
      id: actionId,
    });
    if (!a) throw notFound('action');
    if (b.status === 'accepted' && !fns.has('incidents.close')) throw forbidden('incidents.close');
    if (b.status === 'done' && a.owner_id !== actor.userId && !fns.has('incidents.handle'))
      throw forbidden('incidents.handle');
    if (a.status !== 'open') throw conflict('incidents.action_not_open');
    await updateAudited(
      trx,
      actor,
      'incident_actions',
      a.id,
      {
        status: b.status,
        done_at: nowIso(),
        done_by: actor.userId,
        note: b.note ?? null,
      },
      'incidents.action_completed',
      'incident_action',
      { incidentId: inc.id, status: b.status, note: b.note ?? null },
    );
    await addTimeline(trx, actor, inc.id, `action_${b.status}`, a.description);
  },
);

/** Records what was sent to the police or the authorities (個人情報保護委員会) and when. */
export const recordContact = transactional(
  async (trx, actor: Actor, inc: IncidentsTable, b: ContactBody): Promise<string> => {
    const id = await insertInOrg(trx, 'incident_contacts', actor.organizationId, {
      incident_id: inc.id,
      party: b.party,
      party_name: b.partyName,
      report_kind: b.reportKind,
      sent_at: b.sentAt,
      content: b.content,
      sent_by: actor.userId ?? '',
      created_at: nowIso(),
    });
    await recordAudit(trx, actor, 'incidents.contact_recorded', target(inc.id), {
      party: b.party,
      partyName: b.partyName,
      reportKind: b.reportKind,
      sentAt: b.sentAt,
    });
    await addTimeline(trx, actor, inc.id, 'contact', `${b.partyName}: ${b.reportKind}`);
    return id;
  },
);

/** Closes an incident: refused while actions are open, unless the closer accepts them explicitly. */
export const closeIncident = transactional(
  async (trx, actor: Actor, inc: IncidentsTable, accept: boolean, note: string | null): Promise<void> => {
    requireOpen(inc);
    const open = await rowsInOrg(
      trx,
      'incident_actions',
      actor.organizationId,
      { incident_id: inc.id, status: 'open' },
      ['id', 'description'],
    );
    if (open.length && !accept) throw conflict('incidents.open_actions', { count: open.length });
    const now = nowIso();
    for (const a of open) {
      await updateInOrg(trx, 'incident_actions', actor.organizationId, a.id, {
        status: 'accepted',
        done_at: now,
        done_by: actor.userId,
        note,
      });
    }
    await updateInOrg(trx, 'incidents', actor.organizationId, inc.id, {
      status: 'closed',
      closed_at: now,
      closed_by: actor.userId,
      close_note: note,
    });
    await recordAudit(trx, actor, 'incidents.closed', target(inc.id), {
      openActionsAccepted: open.length,
      note,
    });
    await addTimeline(trx, actor, inc.id, 'closed', note ?? '');
  },
);
