/** The dashboard's figures, each a real count read from its module's tables (read-only), with a link. */
import type { Kysely } from 'kysely';
import { rowsInOrg, rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { addDays, todayJst } from '../../shared/business-days.ts';
import { dueReviews } from '../assessment/index.ts';
import { checkSegments } from '../systems/index.ts';
import { completion } from '../training/index.ts';

const n = (r: { n: number | string | bigint } | undefined) => Number(r?.n ?? 0);

async function segmentFindings(db: Kysely<DB>, org: string) {
  const segs = await rowsInOrg(db, 'network_segments', org, {});
  const systems = await rowsInOrg(db, 'information_systems', org, {});
  const conns = await rowsInOrg(db, 'system_connections', org, {});
  return checkSegments(
    segs.map((s) => ({
      id: s.id,
      name: s.name,
      isolated: s.isolated === 1,
      mfaRequired: s.mfa_required === 1,
      internetFacing: s.internet_facing === 1,
      monitored: s.monitored === 1,
      sanitizedOnly: s.sanitized_only === 1,
      dedicatedTerminals: s.dedicated_terminals === 1,
    })),
    systems.map((s) => ({
      id: s.id,
      name: s.name,
      segmentId: s.segment_id,
      mfa: s.mfa === 1,
      dedicatedTerminals: s.dedicated_terminals === 1,
    })),
    conns.map((c) => ({
      id: c.id,
      fromSystemId: c.from_system_id,
      toSystemId: c.to_system_id,
      kind: c.kind as 'normal',
    })),
  );
}

/** Every figure of the 責任者/CISO dashboard for one organization. */
export async function dashboard(db: Kysely<DB>, org: string, today: string = todayJst()) {
  const openRequests = n(
    await db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', org)
      .where('status', '=', 'pending')
      .executeTakeFirst(),
  );
  const overdueReturns = n(
    await db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', org)
      .where('status', '=', 'approved')
      .where('due_on', '<', today)
      .where('returned_at', 'is', null)
      .executeTakeFirst(),
  );
  const openIncidents = n(
    await db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', org)
      .where('status', '=', 'open')
      .executeTakeFirst(),
  );
  const campaign = await db
    .selectFrom('assessment_campaigns')
    .select(['id', 'title'])
    .where('organization_id', '=', org)
    .where('status', '=', 'open')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  let assessment = null;
  if (campaign) {
    const rows = await rowsWhere(db, 'assessment_responses', { campaign_id: campaign.id }, ['answer']);
    assessment = {
      campaignId: campaign.id,
      title: campaign.title,
      total: rows.length,
      answered: rows.filter((r) => r.answer).length,
    };
  }
  const plans = await db
    .selectFrom('training_plans')
    .select(['id', 'title'])
    .where('organization_id', '=', org)
    .orderBy('created_at', 'desc')
    .limit(1)
    .execute();
  let training = null;
  if (plans[0]) {
    const c = await completion(db, org, plans[0].id);
    training = { planId: plans[0].id, title: plans[0].title, ...c.overall };
  }
  const software = await db
    .selectFrom('software')
    .select('support_ends_on')
    .where('organization_id', '=', org)
    .where('support_ends_on', 'is not', null)
    .where('support_ends_on', '<=', addDays(today, 180))
    .execute();
  const vendorsDue = await dueReviews(db, org, today);
  const findings = await segmentFindings(db, org);
  return {
    today,
    cards: [
      { key: 'openRequests', count: openRequests, link: '/requests' },
      { key: 'overdueReturns', count: overdueReturns, link: '/requests' },
      { key: 'openIncidents', count: openIncidents, link: '/incidents' },
      {
        key: 'softwarePastSupport',
        count: software.filter((s) => (s.support_ends_on as string) < today).length,
        link: '/registers/software',
      },
      {
        key: 'softwareNearSupport',
        count: software.filter((s) => (s.support_ends_on as string) >= today).length,
        link: '/registers/software',
      },
      { key: 'vendorsDue', count: vendorsDue.length, link: '/registers/vendors' },
      { key: 'segmentFindings', count: findings.length, link: '/registers/systems' },
    ],
    assessment,
    training,
  };
}
