import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addBusinessDays } from '../../shared/business-days.ts';
import { typeDefinition } from './model.ts';

/** What an approver must see before deciding: who asks, the dates asked for, and the return date they lead to. */
export interface Asked {
  requesterName: string;
  /** The form's date fields as filled in, in the form's order. */
  dates: { label: { ja: string; en: string }; value: string }[];
  /** The return due once granted: set at approval, else the one the asked dates give (null when none). */
  dueOn: string | null;
}

type Row = {
  id: string;
  requester_id: string;
  field_values: string;
  definition: string;
  due_on: string | null;
};

/** The asked particulars of a page of requests, each read from the request's own form as filed. */
export async function askedOf(
  db: Kysely<DB>,
  organizationId: string,
  rows: Row[],
): Promise<Map<string, Asked>> {
  const ids = [...new Set(rows.map((r) => r.requester_id))];
  const people = ids.length
    ? await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('organization_id', '=', organizationId)
        .where('id', 'in', ids)
        .execute()
    : [];
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  // Requests of one type carry the same frozen definition: each distinct text is checked once per page.
  const defs = new Map<string, ReturnType<typeof typeDefinition.safeParse>>();
  const defOf = (text: string) => {
    let def = defs.get(text);
    if (!def) {
      def = typeDefinition.safeParse(JSON.parse(text));
      defs.set(text, def);
    }
    return def;
  };
  return new Map(
    rows.map((r) => {
      const def = defOf(r.definition);
      const values = JSON.parse(r.field_values) as Record<string, unknown>;
      const fields = def.success ? def.data.fields : [];
      const dates = fields
        .filter((f) => f.type === 'date' && typeof values[f.key] === 'string' && values[f.key])
        .map((f) => ({ label: f.label, value: values[f.key] as string }));
      const rt = def.success ? def.data.returnTracking : null;
      const from = rt?.fromField ? values[rt.fromField] : undefined;
      const projected =
        rt && typeof from === 'string' && from ? addBusinessDays(from, rt.dueBusinessDays) : null;
      return [r.id, { requesterName: names.get(r.requester_id) ?? '', dates, dueOn: r.due_on ?? projected }];
    }),
  );
}
