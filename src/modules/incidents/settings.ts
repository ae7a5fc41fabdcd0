import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { type ChainStepConfig, type HeadRecipient, proposeChain, proposeHead } from './chain.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { rolesOf } from './people.ts';

export const chainStepSchema = z.strictObject({
  function: z.string().trim().min(1).max(100),
  tier: z.number().int().min(1).max(20).nullable(),
  role: z.string().trim().min(1).max(100).nullable().optional(),
  label: z.string().trim().min(1).max(200),
  skippableWhenMinor: z.boolean(),
  timeoutHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
});

export const headSchema = z.strictObject({
  kind: z.enum(['user', 'role', 'function']),
  ref: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(200),
  skippableWhenMinor: z.boolean(),
});

export const incidentSettingsSchema = z.strictObject({
  chain: z.array(chainStepSchema).min(1).max(10),
  head: headSchema.nullable(),
  promptReportDays: z.number().int().min(1).max(30),
  finalReportDays: z.number().int().min(1).max(180),
  finalReportDaysUnauthorized: z.number().int().min(1).max(180),
  logRetentionDays: z
    .number()
    .int()
    .min(30)
    .max(3650 * 2),
});

export type IncidentSettings = z.output<typeof incidentSettingsSchema> & { stored: boolean };

/** Defaults where the organization has not decided yet: DOMAIN.md clocks (速報 5, 確報 30 / 60 days). */
export const DEFAULT_CLOCKS = {
  promptReportDays: 5,
  finalReportDays: 30,
  finalReportDaysUnauthorized: 60,
  logRetentionDays: 365,
};

/** The organization's incident settings, or a proposal from its role table when none are stored. */
export async function loadSettings(db: Kysely<DB>, orgId: string): Promise<IncidentSettings> {
  const row = await rowInOrg(db, 'incident_settings', orgId, {});
  if (row) {
    return {
      chain: JSON.parse(row.chain) as ChainStepConfig[],
      head: JSON.parse(row.head) as HeadRecipient | null,
      promptReportDays: row.prompt_report_days,
      finalReportDays: row.final_report_days,
      finalReportDaysUnauthorized: row.final_report_days_unauthorized,
      logRetentionDays: row.log_retention_days,
      stored: true,
    };
  }
  const roles = await rolesOf(db, orgId);
  return { chain: proposeChain(roles), head: proposeHead(roles), ...DEFAULT_CLOCKS, stored: false };
}

/** Saves the body's chain, head of the body, clocks and log retention in the caller's transaction (audited). */
export const saveSettings = transactional(
  async (trx, actor: Actor, body: z.output<typeof incidentSettingsSchema>): Promise<void> => {
    const org = actor.organizationId;
    const before = await loadSettings(trx, org);
    const row = {
      chain: JSON.stringify(body.chain),
      head: JSON.stringify(body.head),
      prompt_report_days: body.promptReportDays,
      final_report_days: body.finalReportDays,
      final_report_days_unauthorized: body.finalReportDaysUnauthorized,
      log_retention_days: body.logRetentionDays,
      updated_at: nowIso(),
    };
    if (before.stored)
      await trx.updateTable('incident_settings').set(row).where('organization_id', '=', org).execute();
    else
      await trx
        .insertInto('incident_settings')
        .values({ organization_id: org, ...row })
        .execute();
    const { stored: _s, ...b } = before;
    await recordAudit(
      trx,
      actor,
      'incidents.settings_changed',
      { type: 'incident_settings', id: org },
      { before: b, after: body },
    );
  },
);
