import type { Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import { badInput, conflict, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { isFunction } from '../org/index.ts';
import { checkLevelsInScheme } from './approval-need.ts';
import { catalogueEntry } from './catalogue.ts';
import { loadType } from './load.ts';
import type { TypeInput } from './model.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';

/**
 * Every chain step must have its approver, and every step and confirmation must name a function mamori
 * knows, or nobody could ever hold it. A step without one is named by its place in the chain.
 */
function checkFunctions(input: TypeInput): void {
  const fields = input.definition.chain
    .map((s, i) => ({ field: `definition.chain.${i}.function`, key: s.function, step: i + 1 }))
    .concat(
      input.definition.confirmations
        ? [
            {
              field: 'definition.confirmations.function',
              key: input.definition.confirmations.function,
              step: 0,
            },
          ]
        : [],
    )
    .filter((x) => !isFunction(x.key))
    .map((x) =>
      x.key === '' && x.step
        ? { field: x.field, code: 'requests.step_without_approver', params: { n: x.step } }
        : { field: x.field, code: 'requests.unknown_function' },
    );
  if (fields.length) throw badInput('request.invalid', {}, fields);
}

/** Refuses a code another type of the organization has. */
async function checkCodeFree(trx: Kysely<DB>, organizationId: string, code: string): Promise<void> {
  const taken = await rowInOrg(trx, 'request_types', organizationId, { code }, ['id']);
  if (taken) throw conflict('requests.type_code_taken', { code });
}

/** The stored columns of a type's settings. */
function typeColumns(input: TypeInput) {
  return {
    code: input.code,
    name_ja: input.nameJa,
    name_en: input.nameEn,
    topic: input.topic,
    definition: JSON.stringify(input.definition),
    record_kind: input.recordKind,
    clause_path: input.clausePath,
    active: input.active ? 1 : 0,
  };
}

/** Adds a request type (audited); `createType.in(trx, …)` inside a larger write. */
export const createType = transactional(
  async (
    trx,
    actor: Actor,
    input: TypeInput,
    source: { kind: 'catalogue' | 'policy' | 'manual'; catalogueKey?: string | null },
  ): Promise<string> => {
    checkFunctions(input);
    await checkLevelsInScheme(trx, actor.organizationId, input.definition, input.active);
    await checkCodeFree(trx, actor.organizationId, input.code);
    const now = nowIso();
    const id = await insertAudited(
      trx,
      actor,
      'request_types',
      {
        ...typeColumns(input),
        source: source.kind,
        catalogue_key: source.catalogueKey ?? null,
        created_at: now,
        updated_at: now,
      },
      'requests.type_created',
      'request_type',
      {
        code: input.code,
        name: input.nameJa,
        source: source.kind,
        clausePath: input.clausePath,
        chain: input.definition.chain,
      },
    );
    return id;
  },
);

/** Replaces a type's settings; requests already filed keep the definition they were filed under. */
export async function updateType(db: Kysely<DB>, actor: Actor, id: string, input: TypeInput): Promise<void> {
  checkFunctions(input);
  await db.transaction().execute(async (trx) => {
    await checkLevelsInScheme(trx, actor.organizationId, input.definition, input.active);
    const before = await loadType(trx, actor.organizationId, id);
    if (before.code !== input.code) await checkCodeFree(trx, actor.organizationId, input.code);
    await updateAudited(
      trx,
      actor,
      'request_types',
      id,
      { ...typeColumns(input), updated_at: nowIso() },
      'requests.type_updated',
      'request_type',
      {
        code: input.code,
        before: { code: before.code, name: before.name_ja, active: !!before.active, definition: before.def },
        after: { code: input.code, name: input.nameJa, active: input.active, definition: input.definition },
      },
    );
  });
}

/**
 * A template as a body receives it: its form and flow only. The levels and clause it was written from
 * are a sample policy's, never this body's, so it asks approval for every class until the body chooses
 * levels from its own scheme and cites its own clause in the editor.
 */
export function forBody(type: TypeInput): TypeInput {
  const { chain, ...def } = type.definition;
  return {
    ...type,
    clausePath: null,
    definition: { ...def, levels: [], chain: chain.map(({ byLevel: _drop, ...step }) => step) },
  };
}

/** Adds a ready-made type from the catalogue (one click; editable afterwards). */
export async function addFromCatalogue(db: Kysely<DB>, actor: Actor, key: string): Promise<string> {
  const entry = catalogueEntry(key);
  if (!entry) throw notFound('catalogue_entry');
  return createType(db, actor, forBody(entry.type), { kind: 'catalogue', catalogueKey: key });
}
