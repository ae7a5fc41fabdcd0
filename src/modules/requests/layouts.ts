/**
 * The body's own layout of a 記録簿: which columns, in which order, under which headings, its title
 * and sign-off boxes. Stored per organization and book; every change is audited with before and after.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import { badInput } from '../../http/errors.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { type Column, registerLayout } from './registers.ts';

/** The sign-off boxes a book prints when the body has not set its own (stored in Japanese). */
export const defaultStamps = (lang: Lang = 'ja') => [
  t(lang, 'requests.book.stamp.check'),
  t(lang, 'requests.book.stamp.responsible'),
];

export const layoutBody = z.strictObject({
  title: z.string().trim().max(100).nullable().optional(),
  columns: z
    .array(
      z.strictObject({
        key: z.string().trim().min(1).max(60),
        heading: z.string().trim().max(60).optional(),
      }),
    )
    .min(1)
    .max(40),
  stamps: z.array(z.string().trim().min(1).max(20)).max(8).optional(),
});

export interface Layout {
  title: string | null;
  columns: { key: string; heading: string }[];
  stamps: string[];
}

/** The stored layout of a book, or null when the body prints the default. */
export async function storedLayout(db: Kysely<DB>, org: string, kind: string): Promise<Layout | null> {
  const row = await rowInOrg(db, 'record_layouts', org, { kind });
  return row ? { title: row.title, columns: JSON.parse(row.columns), stamps: JSON.parse(row.stamps) } : null;
}

/** The book as it prints: its columns in the body's order under the body's headings, title and boxes. */
export async function effectiveLayout(
  db: Kysely<DB>,
  org: string,
  kind: string,
  sample: DB['request_records'][],
  lang: 'ja' | 'en',
): Promise<{
  title: string;
  columns: (Column & { heading: string })[];
  stamps: string[];
  available: Column[];
}> {
  const base = registerLayout(kind, sample);
  const stored = await storedLayout(db, org, kind);
  const byKey = new Map(base.columns.map((c) => [c.key, c]));
  const columns = stored
    ? stored.columns.flatMap((c) => {
        const col = byKey.get(c.key);
        return col ? [{ ...col, heading: c.heading || (lang === 'en' ? col.en : col.ja) }] : [];
      })
    : base.columns.map((c) => ({ ...c, heading: lang === 'en' ? c.en : c.ja }));
  return {
    title: stored?.title || (lang === 'en' ? base.en : base.ja),
    columns,
    stamps: stored?.stamps ?? defaultStamps(lang),
    available: base.columns,
  };
}

/** Up to 200 records of one kind: what a book's columns are found from. */
export function recordSample(db: Kysely<DB>, organizationId: string, kind: string) {
  return db
    .selectFrom('request_records')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .limit(200)
    .execute();
}

/** Sets (or, with null, resets) a book's layout; unknown column keys are refused naming the column. */
export const setLayout = transactional(
  async (trx, actor: Actor, kind: string, input: z.output<typeof layoutBody> | null): Promise<void> => {
    const org = actor.organizationId;
    const sample = await recordSample(trx, org, kind);
    const known = new Set(registerLayout(kind, sample).columns.map((c) => c.key));
    const after: Layout | null = input
      ? {
          title: input.title ?? null,
          columns: input.columns.map((c) => ({ key: c.key, heading: c.heading ?? '' })),
          stamps: input.stamps ?? defaultStamps(),
        }
      : null;
    if (after) {
      const bad = after.columns.findIndex((c) => !known.has(c.key));
      if (bad >= 0)
        throw badInput('requests.unknown_column', { key: after.columns[bad].key }, [
          { field: `columns.${bad}.key`, code: 'requests.unknown_column' },
        ]);
      const seen = new Set<string>();
      for (const [i, c] of after.columns.entries()) {
        if (seen.has(c.key))
          throw badInput('requests.repeated_column', { key: c.key }, [
            { field: `columns.${i}.key`, code: 'requests.repeated_column' },
          ]);
        seen.add(c.key);
      }
    }
    const before = await storedLayout(trx, org, kind);
    await trx
      .deleteFrom('record_layouts')
      .where('organization_id', '=', org)
      .where('kind', '=', kind)
      .execute();
    if (after)
      await trx
        .insertInto('record_layouts')
        .values({
          organization_id: org,
          kind,
          title: after.title,
          columns: JSON.stringify(after.columns),
          stamps: JSON.stringify(after.stamps),
          updated_by: actor.userId,
          updated_at: nowIso(),
        })
        .execute();
    await recordAudit(
      trx,
      actor,
      'requests.record_layout_set',
      { type: 'record_layout', id: kind },
      { kind, before, after },
    );
  },
);
