/**
 * Drafts the check items of a policy version: one per obligation (R-I1), worded as a question,
 * grouped by area, addressed to the organization's roles the sentence names, or to staff, or —
 * when it names nobody (servers placed safe from disasters, R-D10) — to the role owning the asset.
 */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { Obligation, PolicyAnalysis } from '../policy/index.ts';
import { areaOf } from './areas.ts';
import { rolesOfUnits } from './people.ts';
import { ASSET_WORDS, STAFF } from './policy-patterns.ts';
import { wholeQuestion } from './question.ts';

export type RespondentKind = 'roles' | 'staff' | 'owner' | 'default';

export interface ItemDraft {
  /** Stable within the version: the proposal key and the catalogue key. */
  key: string;
  area: string;
  clausePath: string;
  sourceText: string;
  question: string;
  actors: string[];
  respondentKind: RespondentKind;
  roleIds: string[];
  unitIds: string[];
}

const bare = (s: string) => s.replace(/[（(][^）)]*[）)]/g, '').trim();

/** Org role ids an actor name refers to, by name, name without its (post), or the analysis' aliases. */
export function matchRoles(
  actor: string,
  analysisRoles: PolicyAnalysis['roles'],
  orgRoles: { id: string; name: string }[],
): string[] {
  const names = new Set([actor, bare(actor)]);
  for (const r of analysisRoles) {
    const all = [r.name, ...(r.aliases ?? [])];
    if (!all.some((n) => names.has(n) || names.has(bare(n)))) continue;
    for (const n of all) {
      names.add(n);
      names.add(bare(n));
    }
  }
  return orgRoles.filter((r) => names.has(r.name) || names.has(bare(r.name))).map((r) => r.id);
}

/** Units owning the assets or equipment a sentence is about (asset register and systems register). */
async function owningUnits(db: Kysely<DB>, org: string, sentence: string): Promise<string[]> {
  const units = new Set<string>();
  for (const w of ASSET_WORDS.filter((a) => a.word.test(sentence))) {
    const assets = await db
      .selectFrom('assets')
      .select('owner_unit_id')
      .where('organization_id', '=', org)
      .where('status', '!=', 'disposed')
      .where('name', 'like', `%${w.assetName}%`)
      .execute();
    for (const a of assets) units.add(a.owner_unit_id);
    const eq = await db
      .selectFrom('equipment as e')
      .innerJoin('information_systems as s', 's.id', 'e.system_id')
      .select('s.owner_unit_id')
      .where('e.organization_id', '=', org)
      .where('e.kind', '=', w.equipmentKind)
      .execute();
    for (const e of eq) if (e.owner_unit_id) units.add(e.owner_unit_id);
  }
  return [...units];
}

/** The version's obligations: the stored rows, or the analysis JSON when none were stored. */
async function obligationsOf(db: Kysely<DB>, org: string, versionId: string, analysis: PolicyAnalysis) {
  const rows = await rowsInOrg(db, 'policy_obligations', org, { version_id: versionId }, '*', ['seq']);
  if (!rows.length) return analysis.obligations;
  return rows.map(
    (r): Obligation => ({
      path: r.path,
      text: r.text,
      modality: r.modality as Obligation['modality'],
      actors: JSON.parse(r.actors) as string[],
    }),
  );
}

/** Headings of a clause and its ancestors, from the analysis' flat clause list. */
function headingsOf(analysis: PolicyAnalysis, path: string): string[] {
  const titles = new Map(analysis.clauses.map((c) => [c.path, c.title ?? '']));
  const parts = path.split('/');
  return parts.map((_, i) => titles.get(parts.slice(0, i + 1).join('/')) ?? '').filter(Boolean);
}

/** Item drafts of a version (obligations that only permit — できる — are not checked). */
export async function draftItems(
  db: Kysely<DB>,
  org: string,
  versionId: string,
  analysis: PolicyAnalysis,
): Promise<ItemDraft[]> {
  const orgRoles = await rowsInOrg(db, 'roles', org, {}, ['id', 'name']);
  const obligations = await obligationsOf(db, org, versionId, analysis);
  const out: ItemDraft[] = [];
  for (const [i, o] of obligations.entries()) {
    const previous = obligations[i - 1];
    if (o.modality === 'may') continue;
    const staff = o.actors.some((a) => STAFF.test(a));
    const roleIds = [...new Set(o.actors.flatMap((a) => matchRoles(a, analysis.roles, orgRoles)))];
    let respondentKind: RespondentKind = staff ? 'staff' : roleIds.length ? 'roles' : 'default';
    let unitIds: string[] = [];
    let ids = roleIds;
    if (!staff && !o.actors.length) {
      unitIds = await owningUnits(db, org, o.text);
      const owners = await rolesOfUnits(db, org, unitIds);
      if (owners.length) [respondentKind, ids] = ['owner', owners];
    }
    out.push({
      key: `o${i + 1}:${o.path}`,
      area: areaOf(headingsOf(analysis, o.path), o.text),
      clausePath: o.path,
      sourceText: o.text,
      question: wholeQuestion(o.text, o.actors, previous?.path === o.path ? previous.text : undefined),
      actors: o.actors,
      respondentKind,
      roleIds: ids,
      unitIds: respondentKind === 'owner' ? unitIds : [],
    });
  }
  return out;
}
