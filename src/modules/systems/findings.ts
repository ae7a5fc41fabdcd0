/** The rule findings of one organization (R-C1…R-C4), from its segments, systems and connections. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { KitRegister } from './kit/define.ts';
import { rowToApi } from './kit/fields.ts';
import { connectionRegister, segmentRegister, systemRegister } from './registers.ts';
import {
  type ConnectionFacts,
  checkSegments,
  type Finding,
  type SegmentFacts,
  type SystemFacts,
} from './segmentRules.ts';

/** Every record of a register of the organization as the API gives it, oldest first. */
async function records<T>(db: Kysely<DB>, def: KitRegister, org: string): Promise<T[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the register's fields describe the table's columns
  const rows = await (db as unknown as Kysely<any>)
    .selectFrom(def.table)
    .selectAll()
    .where('organization_id', '=', org)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => rowToApi(def.fields, r) as T);
}

/** What the three-tier rules find in the organization's registers (`segmentRules.ts`). */
export async function segmentFindings(db: Kysely<DB>, org: string): Promise<Finding[]> {
  const [segments, systems, connections] = await Promise.all([
    records<SegmentFacts>(db, segmentRegister, org),
    records<SystemFacts>(db, systemRegister, org),
    records<ConnectionFacts>(db, connectionRegister, org),
  ]);
  return checkSegments(segments, systems, connections);
}
