import { insertAudited } from '../../db/insert-audited.ts';
import { transactional } from '../../db/transactional.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { conflict } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { classifyAsset, loadAsset, requireScheme } from './service.ts';
import { resolveLevels } from './validate.ts';

/** Adds a storage location (R-B8). */
export const createLocation = transactional(
  async (
    trx,
    actor: Actor,
    input: { name: string; lockable: boolean; offsite: boolean },
  ): Promise<string> => {
    return insertAudited(
      trx,
      actor,
      'asset_locations',
      {
        name: input.name,
        lockable: input.lockable ? 1 : 0,
        offsite: input.offsite ? 1 : 0,
        created_at: nowIso(),
      },
      'assets.location_created',
      'asset_location',
      input,
    );
  },
);

/**
 * R-B6: information received from outside whose class the holder is unsure of. The request is
 * listed for everyone holding `assets.classify`, whatever the organization calls that role.
 */
export const requestClassification = transactional(
  async (
    trx,
    actor: Actor,
    input: { subject: string; receivedFrom?: string | null; note?: string | null; assetId?: string | null },
  ): Promise<string> => {
    if (input.assetId) await loadAsset(trx, actor.organizationId, input.assetId);
    return insertAudited(
      trx,
      actor,
      'asset_classify_requests',
      {
        asset_id: input.assetId ?? null,
        subject: input.subject,
        received_from: input.receivedFrom ?? null,
        note: input.note ?? null,
        requested_by: actor.userId ?? '',
        requested_at: nowIso(),
        status: 'open',
        answer_levels: null,
        answer_note: null,
        answered_by: null,
        answered_at: null,
      },
      'assets.classify_requested',
      'asset_classify_request',
      {
        subject: input.subject,
        receivedFrom: input.receivedFrom ?? null,
        assetId: input.assetId ?? null,
      },
    );
  },
);

/** The classifier answers; when the request names an asset, the levels are designated on it. */
export const answerClassification = transactional(
  async (
    trx,
    actor: Actor,
    functions: Set<string>,
    id: string,
    input: { levels: string[]; note?: string | null },
  ): Promise<void> => {
    const org = actor.organizationId;
    const r = await findInOrg(trx, 'asset_classify_requests', org, id);
    if (r.status === 'answered') throw conflict('assets.request_answered');
    const scheme = await requireScheme(trx, org);
    const levels = resolveLevels(scheme, input.levels);
    await updateAudited(
      trx,
      actor,
      'asset_classify_requests',
      id,
      {
        status: 'answered',
        answer_levels: JSON.stringify(input.levels),
        answer_note: input.note ?? null,
        answered_by: actor.userId,
        answered_at: nowIso(),
      },
      'assets.classify_answered',
      'asset_classify_request',
      { subject: r.subject, levels: levels.map((l) => l.label), note: input.note ?? null },
    );
    if (r.asset_id) await classifyAsset.in(trx, actor, functions, r.asset_id, input.levels, input.note);
  },
);
