import type { Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { badInput } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { changedColumns } from './changes.ts';
import './events.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { resolveDittoRows } from './ditto.ts';
import { mustFind, mustReference } from './lookup.ts';

export interface CommitteeInput {
  name: string;
  purpose?: string | null;
  duties?: string | null;
  chairUserId?: string | null;
  chairPost?: string | null;
  secretariatUnitId?: string | null;
  clausePath?: string | null;
}

const COLUMNS = {
  name: 'name',
  purpose: 'purpose',
  duties: 'duties',
  chairUserId: 'chair_user_id',
  chairPost: 'chair_post',
  secretariatUnitId: 'secretariat_unit_id',
  clausePath: 'clause_path',
} as const;

async function checkRefs(trx: Kysely<DB>, org: string, input: Partial<CommitteeInput>): Promise<void> {
  await mustReference(trx, 'users', org, input.chairUserId, 'chairUserId');
  await mustReference(trx, 'units', org, input.secretariatUnitId, 'secretariatUnitId');
}

/** Creates a committee (R-A8): name, purpose, duties, chair by person or post, secretariat unit. */
export const createCommittee = transactional(
  async (trx: Kysely<DB>, actor: Actor, input: CommitteeInput): Promise<string> => {
    const org = actor.organizationId;
    await checkRefs(trx, org, input);
    return insertAudited(
      trx,
      actor,
      'committees',
      {
        name: input.name,
        purpose: input.purpose ?? null,
        duties: input.duties ?? null,
        chair_user_id: input.chairUserId ?? null,
        chair_post: input.chairPost ?? null,
        secretariat_unit_id: input.secretariatUnitId ?? null,
        clause_path: input.clausePath ?? null,
        created_at: nowIso(),
      },
      'org.committee_created',
      'committee',
      {
        name: input.name,
        chairPost: input.chairPost ?? null,
        secretariatUnitId: input.secretariatUnitId ?? null,
      },
    );
  },
);

/** Edits a committee; the audit row lists each change. */
export const updateCommittee = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, input: Partial<CommitteeInput>): Promise<void> => {
    const org = actor.organizationId;
    const c = await mustFind(trx, 'committees', org, id);
    await checkRefs(trx, org, input);
    const { set, changes, changed } = changedColumns(
      c,
      Object.entries(COLUMNS).map(([k, col]) => [k, col, input[k as keyof CommitteeInput]] as const),
    );
    if (!changed) return;
    const name = (set.name as string) ?? c.name;
    await updateAudited(trx, actor, 'committees', id, set, 'org.committee_updated', 'committee', {
      name,
      changes,
    });
  },
);

export interface MemberInput {
  userId?: string | null;
  dept?: string | null;
  section?: string | null;
  post?: string | null;
}

/** Replaces the roster. Members are a person, a post (部/課/職 as the 別表 lists it), or both. */
export const setMembers = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, members: MemberInput[]): Promise<void> => {
    const org = actor.organizationId;
    const c = await mustFind(trx, 'committees', org, id);
    for (const [i, m] of members.entries()) {
      await mustReference(trx, 'users', org, m.userId, `members.${i}.userId`);
      if (!m.userId && !m.post)
        throw badInput('org.member_empty', {}, [{ field: `members.${i}.post`, code: 'org.member_empty' }]);
    }
    const before = await rowsWhere(trx, 'committee_members', { committee_id: id }, ['id']);
    await trx
      .deleteFrom('committee_members')
      .where('committee_id', '=', id)
      .where('organization_id', '=', org)
      .execute();
    if (members.length) {
      await trx
        .insertInto('committee_members')
        .values(
          members.map((m, i) => ({
            id: newId(),
            organization_id: org,
            committee_id: id,
            user_id: m.userId ?? null,
            dept: m.dept ?? null,
            section: m.section ?? null,
            post: m.post ?? null,
            sort_order: i,
          })),
        )
        .execute();
    }
    await recordAudit(
      trx,
      actor,
      'org.committee_members_set',
      { type: 'committee', id },
      {
        committee: c.name,
        before: before.length,
        after: members.length,
      },
    );
  },
);

/** Replaces the roster with the rows of a 別表 (`[[部, 課, 職], …]`, 〃 resolved). */
export const importMembers = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, rows: string[][]): Promise<number> => {
    let resolved: ReturnType<typeof resolveDittoRows>;
    try {
      resolved = resolveDittoRows(rows);
    } catch (e) {
      throw badInput('org.ditto_without_above', { detail: (e as Error).message }, [
        { field: 'rows', code: 'org.ditto_without_above' },
      ]);
    }
    await setMembers.in(trx, actor, id, resolved);
    return resolved.length;
  },
);

/** Records a meeting with its agenda and (optionally) minutes. */
export const recordMeeting = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    id: string,
    input: { heldOn: string; agenda: string; minutes?: string | null },
  ): Promise<string> => {
    const c = await mustFind(trx, 'committees', actor.organizationId, id);
    const meetingId = newId();
    await trx
      .insertInto('committee_meetings')
      .values({
        id: meetingId,
        organization_id: actor.organizationId,
        committee_id: id,
        held_on: input.heldOn,
        agenda: input.agenda,
        minutes: input.minutes ?? null,
        created_at: nowIso(),
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      'org.committee_meeting_recorded',
      { type: 'committee_meeting', id: meetingId },
      {
        committee: c.name,
        heldOn: input.heldOn,
        agenda: input.agenda.slice(0, 200),
      },
    );
    return meetingId;
  },
);
