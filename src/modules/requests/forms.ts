/**
 * A request printed as its paper form: the 申請書 as filed, and once granted the 許可書. 決裁 boxes
 * carry the body's own role names for each step of the approver chain, dates are 和暦, times JST.
 */
import type { Kysely } from 'kysely';
import { rowsInOrg, rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { bodyName } from '../../http/download.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { type Lang, t } from '../../i18n/index.ts';
import { type FormPdf, formPdf, type StampBox } from '../../shared/pdf-form.ts';
import { formatJstMinute, jstDate } from '../../shared/time.ts';
import { formatWareki, formatWarekiShort } from '../../shared/wareki.ts';
import { allFunctions, rolesAndFunctionsOf } from '../org/index.ts';
import { assetDisplay } from './asset-lookup.ts';
import { loadRequest } from './load.ts';
import { mayRead } from './queries.ts';
import { referenceOf, referenceText } from './reference.ts';

export type FormKind = 'application' | 'permit';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A decider as a seal shows them: the name without the login ID kept beside it in the record. */
const sealName = (label: string) => label.replace(/\s*[（(][^）)]*[）)]$/, '');
/** A day as the reader writes it: 和暦 in Japanese, ISO in English. */
const day = (lang: Lang, iso: string) => (lang === 'ja' ? formatWareki(iso) : iso.slice(0, 10));
/** A moment as date and JST time. */
const dayTime = (lang: Lang, iso: string) => {
  const [d, hm] = formatJstMinute(iso).split(' ');
  return `${day(lang, d)} ${hm}`;
};
/** R8.6.1 (ISO in English) and the time, short enough for a 決裁 box. */
const shortDayTime = (lang: Lang, iso: string) => {
  const [d, hm] = formatJstMinute(iso).split(' ');
  return `${lang === 'ja' ? formatWarekiShort(d) : d} ${hm}`;
};

/** The names of the roles holding a function in this body (its own words: 情報セキュリティ管理者, 課長…). */
async function roleTitle(db: Kysely<DB>, org: string, fn: string, lang: Lang): Promise<string> {
  const roles = await db
    .selectFrom('roles as r')
    .innerJoin('role_functions as f', (j) =>
      j.onRef('f.role_id', '=', 'r.id').onRef('f.organization_id', '=', 'r.organization_id'),
    )
    .select(['r.name', 'r.tier'])
    .where('r.organization_id', '=', org)
    .where('f.function_key', '=', fn)
    .orderBy('r.tier')
    .orderBy('r.name')
    .execute();
  const names = [...new Set(roles.map((r) => r.name))];
  if (names.length) return names.slice(0, 2).join('・');
  const known = allFunctions().find((f) => f.key === fn);
  return (known && (lang === 'en' ? known.en : known.ja)) ?? fn;
}

/** A step's 決裁 title: the roles the policy names for it (for the asset's level), else those holding its function. */
async function stepTitle(
  db: Kysely<DB>,
  org: string,
  step: { function: string; roles?: string[] },
  lang: Lang,
): Promise<string> {
  return step.roles?.length ? step.roles.join('・') : roleTitle(db, org, step.function, lang);
}

/**
 * The title a decider signs the 許可書 with: the one of the step's roles they held when deciding (not
 * every role the step allows), else the step's title.
 */
async function signerTitle(
  db: Kysely<DB>,
  org: string,
  decision: { user_id: string; decided_at: string },
  step: { function: string; roles?: string[] },
  fallback: string,
): Promise<string> {
  if (!step.roles?.length) return fallback;
  const held = await rolesAndFunctionsOf(db, org, decision.user_id, jstDate(decision.decided_at));
  const names = step.roles.filter((r) => held.roles.some((h) => h.name === r));
  return names.length ? names.join('・') : fallback;
}

/** The clause's own words from the policy in force, when the body has imported it. */
async function clauseText(db: Kysely<DB>, org: string, path: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('policy_clauses as c')
    .innerJoin('policy_versions as v', 'v.id', 'c.version_id')
    .select(['c.label', 'c.title', 'c.text'])
    .where('c.organization_id', '=', org)
    .where('v.status', '=', 'in_force')
    .where('c.path', '=', path)
    .executeTakeFirst();
  if (!row) return undefined;
  const text = [row.title, row.text].filter(Boolean).join(' ');
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

function titles(lang: Lang, typeName: string, flow: string): { application: string; permit: string | null } {
  const name = typeName.replace(/[（(][^）)]*[）)]$/, '').trim();
  const title = (kind: string) => t(lang, `requests.form.title.${kind}`, { name });
  if (flow === 'notice' || flow === 'consultation') return { application: title(flow), permit: null };
  return { application: title('application'), permit: title('permit') };
}

/** The form as a PDF with its title (for the file name); 404 when the caller may not see the request. */
export async function requestForm(
  db: Kysely<DB>,
  auth: AuthContext,
  id: string,
  kind: FormKind,
  lang: Lang = 'ja',
): Promise<{ pdf: Buffer; title: string; date: string }> {
  const w = (key: string, params?: Record<string, string>) => t(lang, `requests.form.${key}`, params);
  const org = auth.organizationId;
  const req = await loadRequest(db, org, id);
  if (!mayRead(auth, req)) throw notFound('request');
  const type = await rowWhere(db, 'request_types', { id: req.type_id }, ['name_ja', 'name_en']);
  const typeName = (lang === 'en' ? type?.name_en || type?.name_ja : type?.name_ja) ?? req.type_code;
  const title = titles(lang, typeName, req.def.flow);
  const granted = ['approved', 'returned', 'closed'].includes(req.status) && !!req.decided_at;
  if (kind === 'permit' && (!title.permit || !granted)) throw conflict('requests.not_granted');
  const body = await bodyName(db, org);
  const requester = await db
    .selectFrom('users as u')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.display_name', 'n.name as unit'])
    .where('u.id', '=', req.requester_id)
    .executeTakeFirst();
  const unit =
    (req.unit_id
      ? (await db.selectFrom('units').select('name').where('id', '=', req.unit_id).executeTakeFirst())?.name
      : requester?.unit) ?? '';
  const decisions = await rowsInOrg(db, 'request_decisions', org, { request_id: id }, '*', ['decided_at']);
  const stamps: StampBox[] = [];
  for (const [i, step] of req.def.chain.entries()) {
    const done = decisions.filter((d) => d.step === i);
    stamps.push({
      title: await stepTitle(db, org, step, lang),
      name: done.map((d) => sealName(d.user_label)).join('・') || undefined,
      note: done.length
        ? `${shortDayTime(lang, done[done.length - 1].decided_at)} ${w(`decision.${done.some((d) => d.decision === 'reject') ? 'reject' : 'approve'}`)}`
        : undefined,
    });
  }
  const particulars: [string, string][] = [[w('type'), typeName]];
  for (const f of req.def.fields) {
    const v = req.values[f.key];
    if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
    let text: string;
    if (Array.isArray(v)) text = v.map((x) => `☑ ${x}`).join('\n');
    else if (f.type === 'asset') text = await assetDisplay(db, org, v);
    else if (f.type === 'date' && ISO_DAY.test(v)) text = day(lang, v);
    else text = v;
    particulars.push([lang === 'en' && f.label.en ? f.label.en : f.label.ja, text]);
  }
  if (req.asset_class) particulars.push([w('asset_class'), req.asset_class]);
  particulars.push([w('submitted_at'), dayTime(lang, req.submitted_at)]);
  const clause = req.clause_path
    ? {
        path: w('clause', { path: req.clause_path.replace(/\//g, ' ') }),
        text: await clauseText(db, org, req.clause_path),
      }
    : undefined;
  // 受付番号 as the body numbers its requests (令和8年度第12号); the id's tail only for a row never numbered.
  const ref = referenceOf(req);
  const refNumber = ref ? referenceText(lang, ref) : id.slice(-8).toUpperCase();
  const number = w('number', { number: refNumber });
  const name = requester?.display_name ?? '';
  const applicant = [w('applicant'), w('unit', { unit }), w('name', { name })];
  const words = { approval: w('approval'), below: w('below'), basis: w('basis') };
  let form: FormPdf;
  if (kind === 'application') {
    form = {
      title: title.application,
      body,
      number,
      date: day(lang, jstDate(req.submitted_at)),
      addressee: w('addressee', { title: stamps[stamps.length - 1]?.title ?? '' }),
      from: applicant,
      statement: w(`statement.${req.def.flow === 'approval' ? 'approval' : 'notice'}`),
      particulars,
      clause,
      stamps,
      words,
    };
  } else {
    const last = decisions.filter((d) => d.decision === 'approve').at(-1);
    const decidedAt = req.decided_at as string;
    const notes: string[] = [];
    if (req.due_on) notes.push(w('note.return_due', { date: day(lang, req.due_on) }));
    if (req.def.confirmations)
      notes.push(
        w('note.confirmation', { role: await roleTitle(db, org, req.def.confirmations.function, lang) }),
      );
    form = {
      title: title.permit as string,
      body,
      number: w('permit_number', { number: refNumber }),
      date: day(lang, jstDate(decidedAt)),
      addressee: w('permit_addressee', { unit, name }),
      from: [
        body,
        w('permit_from', {
          title: last
            ? await signerTitle(db, org, last, req.def.chain[last.step], stamps[last.step]?.title ?? '')
            : (stamps[stamps.length - 1]?.title ?? ''),
          name: sealName(last?.user_label ?? ''),
        }),
      ],
      statement: w('statement.permit', { date: day(lang, jstDate(req.submitted_at)) }),
      particulars: [...particulars, [w('decided_at'), dayTime(lang, decidedAt)]],
      clause,
      notes,
      stamps,
      words,
    };
  }
  return {
    pdf: await formPdf(form),
    title: form.title,
    date: jstDate(kind === 'permit' ? (req.decided_at as string) : req.submitted_at),
  };
}
