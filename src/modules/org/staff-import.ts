/**
 * 職員名簿 from Excel or CSV: people matched by 職員番号, login ID or name are updated, others are
 * added with a one-time password shown once; a 所属 not yet in the unit tree is added (under its 部
 * when the sheet names one). All rows or none, with the import's one audit event.
 */
import type { Kysely } from 'kysely';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowsInOrg, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { recognisedHeadings } from '../../i18n/headings.ts';
import type { Actor } from '../../shared/actor.ts';
import { loginKey } from '../../shared/login-id.ts';
import { nowIso } from '../../shared/time.ts';
import type { ImportField, ImportTarget, RowError } from '../imports/index.ts';
import { duplicates, keyedResolver, nameKey } from '../imports/index.ts';
import { credentials } from './credentials.ts';
import { employmentCode, employmentWord } from './employment.ts';
import { DIVISION_KIND, SECTION_KIND } from './import-patterns.ts';
import { takenLoginIds } from './login-id-guard.ts';
import { parseOrgSettings } from './settings.ts';

const fields: ImportField[] = [
  {
    key: 'staffNo',
    ja: '職員番号',
    en: 'Staff number',
    kind: 'code',
    aliases: recognisedHeadings('org.people', 'staffNo'),
    max: 40,
  },
  {
    key: 'displayName',
    ja: '氏名',
    en: 'Name',
    kind: 'text',
    required: true,
    aliases: recognisedHeadings('org.people', 'displayName'),
    max: 100,
  },
  {
    key: 'loginId',
    ja: 'ログインID',
    en: 'Login ID',
    kind: 'code',
    aliases: recognisedHeadings('org.people', 'loginId'),
    max: 64,
  },
  {
    key: 'division',
    ja: '部',
    en: 'Division',
    kind: 'text',
    aliases: recognisedHeadings('org.people', 'division'),
    max: 100,
  },
  {
    key: 'unit',
    ja: '所属',
    en: 'Unit',
    kind: 'text',
    aliases: recognisedHeadings('org.people', 'unit'),
    max: 100,
  },
  {
    key: 'post',
    ja: '役職',
    en: 'Post',
    kind: 'text',
    aliases: recognisedHeadings('org.people', 'post'),
    max: 100,
  },
  {
    key: 'employmentType',
    ja: '雇用区分',
    en: 'Employment type',
    kind: 'text',
    aliases: recognisedHeadings('org.people', 'employmentType'),
    max: 40,
  },
  {
    key: 'email',
    ja: 'メールアドレス',
    en: 'E-mail',
    kind: 'code',
    aliases: recognisedHeadings('org.people', 'email'),
    max: 200,
  },
  {
    key: 'phone',
    ja: '電話番号',
    en: 'Phone',
    kind: 'code',
    aliases: recognisedHeadings('org.people', 'phone'),
    max: 50,
  },
];

const LOGIN = /^[A-Za-z0-9._@-]{3,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface People {
  find(values: Record<string, unknown>): { id: string; login_id: string } | 'ambiguous' | null;
  logins: Set<string>;
}

async function people(db: Kysely<DB>, org: string): Promise<People> {
  const users = await rowsInOrg(db, 'users', org, {}, ['id', 'login_id', 'display_name', 'staff_no']);
  const byId = new Map(users.map((u) => [u.id, u]));
  const byNumber = keyedResolver(users.map((u) => ({ id: u.id, keys: [u.staff_no] })));
  const byLogin = keyedResolver(users.map((u) => ({ id: u.id, keys: [u.login_id] })));
  const byName = keyedResolver(users.map((u) => ({ id: u.id, keys: [u.display_name] })));
  return {
    find(v) {
      // The staff number decides; the login ID next; the name only when it names one person.
      for (const [key, resolve] of [
        ['staffNo', byNumber],
        ['loginId', byLogin],
        ['displayName', byName],
      ] as const) {
        const text = v[key];
        if (typeof text !== 'string') continue;
        const r = resolve(text);
        if ('id' in r) return byId.get(r.id) ?? null;
        if (r.error === 'ambiguous' && key === 'displayName' && !v.staffNo && !v.loginId) return 'ambiguous';
        if (key !== 'displayName' && v[key]) break;
      }
      return null;
    },
    logins: new Set(users.map((u) => u.login_id)),
  };
}

/** The login ID of a new person: as given, or the body's code and the staff number. */
async function loginFor(db: Kysely<DB>, org: string, v: Record<string, unknown>): Promise<string | null> {
  if (typeof v.loginId === 'string') return v.loginId;
  if (typeof v.staffNo !== 'string') return null;
  const o = await rowWhereOrThrow(db, 'organizations', { id: org }, ['code']);
  return `${o.code}-${v.staffNo}`.replace(/[^A-Za-z0-9._@-]/g, '');
}

/** 職員名簿 (people with their units and posts). */
export const staffImport: ImportTarget = {
  key: 'org.people',
  ja: '職員名簿',
  en: 'Staff list',
  fields,
  writeFns: ['org.admin'],
  lookups: async () => ({}),
  async check(db, org, rows, mapping, _context, auth) {
    const errors: RowError[] = [];
    const settings = parseOrgSettings(
      (await rowWhereOrThrow(db, 'organizations', { id: org }, ['settings'])).settings,
    );
    const found = await people(db, org);
    const newLogins: { row: number; login: string }[] = [];
    errors.push(...duplicates(rows, 'staffNo', mapping.staffNo ?? 0, new Set()));
    errors.push(...duplicates(rows, 'loginId', mapping.loginId ?? 0, new Set()));
    for (const r of rows) {
      const v = r.values;
      const at = (k: string) => mapping[k] ?? 0;
      const employment = typeof v.employmentType === 'string' ? employmentCode(v.employmentType) : undefined;
      if (employment !== undefined && !settings.employmentTypes.includes(employment))
        errors.push({
          row: r.row,
          column: at('employmentType'),
          field: 'employmentType',
          code: 'imports.not_option',
          params: {
            value: String(v.employmentType),
            options: settings.employmentTypes.map(employmentWord).join('、'),
          },
        });
      if (typeof v.email === 'string' && !EMAIL.test(v.email))
        errors.push({
          row: r.row,
          column: at('email'),
          field: 'email',
          code: 'imports.bad_value',
          params: {},
        });
      const match = found.find(v);
      if (match === 'ambiguous') {
        errors.push({
          row: r.row,
          column: at('displayName'),
          field: 'displayName',
          code: 'imports.ref_ambiguous',
          params: { value: String(v.displayName) },
        });
        continue;
      }
      if (match) continue;
      const login = await loginFor(db, org, v);
      if (!login)
        errors.push({ row: r.row, column: 0, field: 'loginId', code: 'org.import.no_login', params: {} });
      else if (!LOGIN.test(login))
        errors.push({
          row: r.row,
          column: at('loginId'),
          field: 'loginId',
          code: 'imports.bad_value',
          params: {},
        });
      else newLogins.push({ row: r.row, login });
    }
    // Login IDs are sign-in names for the whole server: taken ones are counted and audited (login-id-guard.ts).
    const actor: Actor = {
      organizationId: org,
      userId: auth.userId,
      label: `${auth.displayName} (${auth.loginId})`,
      requestId: null,
      clientIp: null,
    };
    const taken = await takenLoginIds(
      db,
      actor,
      newLogins.map((l) => l.login),
      'import',
    );
    for (const { row, login } of newLogins)
      if (taken.has(login))
        errors.push({
          row,
          column: mapping.loginId ?? 0,
          field: 'loginId',
          code: 'org.login_id_unavailable',
          params: { loginId: login },
        });
    return errors;
  },
  async write(trx, actor, rows) {
    const org = actor.organizationId;
    const found = await people(trx, org);
    const units = await rowsInOrg(trx, 'units', org, { active: 1 }, ['id', 'name', 'parent_id']);
    const unitByName = new Map(units.map((u) => [nameKey(u.name), u.id]));
    const addedUnits: string[] = [];
    const unitId = async (name: unknown, kind: string, parent: string | null): Promise<string | null> => {
      if (typeof name !== 'string') return parent;
      const known = unitByName.get(nameKey(name));
      if (known) return known;
      const id = await insertInOrg(trx, 'units', org, {
        parent_id: parent,
        name,
        kind,
        sort_order: 0,
        created_at: nowIso(),
      });
      unitByName.set(nameKey(name), id);
      addedUnits.push(name);
      return id;
    };
    let created = 0;
    let updated = 0;
    const handover: { label: string; value: string; loginId: string }[] = [];
    const createdLogins: string[] = [];
    for (const r of rows) {
      const v = r.values;
      // The sheet names a default employment type by its Japanese word; it is stored as its code.
      if (typeof v.employmentType === 'string') v.employmentType = employmentCode(v.employmentType);
      const division = await unitId(v.division, DIVISION_KIND, null);
      const unit = v.unit === undefined ? undefined : await unitId(v.unit, SECTION_KIND, division);
      const set: Record<string, unknown> = {};
      if (typeof v.displayName === 'string') set.display_name = v.displayName;
      if (typeof v.staffNo === 'string') set.staff_no = v.staffNo;
      if (unit !== undefined) set.unit_id = unit;
      for (const [k, col] of [
        ['post', 'post'],
        ['email', 'email'],
        ['phone', 'phone'],
        ['employmentType', 'employment_type'],
      ] as const)
        if (typeof v[k] === 'string') set[col] = v[k];
      const match = found.find(v);
      if (match && match !== 'ambiguous') {
        await updateInOrg(trx, 'users', org, match.id, set);
        updated++;
        continue;
      }
      const login = (await loginFor(trx, org, v)) as string;
      const id = await insertInOrg(trx, 'users', org, {
        login_id: login,
        login_key: loginKey(login),
        display_name: String(v.displayName),
        email: (v.email as string) ?? null,
        unit_id: (set.unit_id as string) ?? null,
        post: (v.post as string) ?? null,
        employment_type: (v.employmentType as string) ?? 'staff',
        status: 'active',
        created_at: nowIso(),
        phone: (v.phone as string) ?? null,
        staff_no: (v.staffNo as string) ?? null,
      });
      // A one-time password, changed at first sign-in; shown once to the importer, never stored in clear.
      const password = credentials().oneTimePassword();
      await trx
        .insertInto('passwords')
        .values({
          user_id: id,
          organization_id: org,
          hash: await credentials().hashPassword(password),
          must_change: 1,
          changed_at: nowIso(),
        })
        .execute();
      handover.push({ label: `${login}（${String(v.displayName)}）`, value: password, loginId: login });
      createdLogins.push(login);
      created++;
    }
    return { created, updated, handover, detail: { unitsAdded: addedUnits, loginsCreated: createdLogins } };
  },
};
