/** The three-tier model's default segments, added where the organization lacks them. */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import type { Actor } from '../../shared/actor.ts';
import { THREE_TIER_SEGMENTS } from './defaults.ts';
import { insertRecord } from './kit/write.ts';
import { segmentRegister } from './registers.ts';

/** Adds the three-tier default segments the organization does not have yet (each audited), and names them. */
export const addDefaultSegments = transactional(
  async (trx: Kysely<DB>, actor: Actor): Promise<{ created: string[] }> => {
    const have = new Set(
      (await rowsInOrg(trx, 'network_segments', actor.organizationId, {}, ['name'])).map((r) => r.name),
    );
    const created: string[] = [];
    for (const [name, flags] of Object.entries(THREE_TIER_SEGMENTS).filter(([n]) => !have.has(n))) {
      created.push(await insertRecord(trx, actor, segmentRegister, { name, ...flags }));
    }
    return { created };
  },
);
