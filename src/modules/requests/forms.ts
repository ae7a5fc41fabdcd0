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
import { type FormPdf, formPdf, type StampBox } from '../../shared/pdf-form.ts';
import { formatJstMinute, jstDate } from '../../shared/time.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { allFunctions } from '../org/index.ts';
import { assetDisplay } from './asset-lookup.ts';
import { loadRequest } from './load.ts';
import { mayRead } from './queries.ts';

export type FormKind = 'application' | 'permit';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A decider as a seal shows them: the name without the login ID kept beside it in the record. */
const sealName = (label: string) => label.replace(/\s*[（(][^）)]*[）)]$/, '');
const warekiTime = (iso: string) => {
  const [day, hm] = formatJstMinute(iso).split(' ');
  return `${formatWareki(day)} ${hm}`;
};
/** 令和8年6月1日 → R8.6.1, short enough for a 決裁 box. */
const shortWareki = (iso: string) => {
  const [day, hm] = formatJstMinute(iso).split(' ');
  const m = /^(令和|平成)(元|\d+)年(\d+)月(\d+)日$/.exec(formatWareki(day));
  const d = m ? `${m[1] === '令和' ? 'R' : 'H'}${m[2] === '元' ? 1 : m[2]}.${m[3]}.${m[4]}` : day;
  return `${d} ${hm}`;
};

/** The names of the roles holding a function in this body (its own words: 情報セキュリティ管理者, 課長…). */
async function roleTitle(db: Kysely<DB>, org: string, fn: string): Promise<string> {
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
  return allFunctions().find((f) => f.key === fn)?.ja ?? fn;
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

function titles(typeName: string, flow: string): { application: string; permit: string | null } {
  const name = typeName.replace(/[（(][^）)]*[）)]$/, '').trim();
  if (flow === 'notice') return { application: `${name}届`, permit: null };
  if (flow === 'consultation') return { application: `${name}協議書`, permit: null };
  return { application: `${name}許可申請書`, permit: `${name}許可書` };
}

/** The form as a PDF with its title (for the file name); 404 when the caller may not see the request. */
export async function requestForm(
  db: Kysely<DB>,
  auth: AuthContext,
  id: string,
  kind: FormKind,
): Promise<{ pdf: Buffer; title: string; date: string }> {
  const org = auth.organizationId;
  const req = await loadRequest(db, org, id);
  if (!mayRead(auth, req)) throw notFound('request');
  const type = await rowWhere(db, 'request_types', { id: req.type_id }, ['name_ja']);
  const t = titles(type?.name_ja ?? req.type_code, req.def.flow);
  const granted = ['approved', 'returned', 'closed'].includes(req.status) && !!req.decided_at;
  if (kind === 'permit' && (!t.permit || !granted)) throw conflict('requests.not_granted');
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
      title: await roleTitle(db, org, step.function),
      name: done.map((d) => sealName(d.user_label)).join('・') || undefined,
      note: done.length
        ? `${shortWareki(done[done.length - 1].decided_at)} ${done.some((d) => d.decision === 'reject') ? '却下' : '承認'}`
        : undefined,
    });
  }
  const particulars: [string, string][] = [['種別', type?.name_ja ?? req.type_code]];
  for (const f of req.def.fields) {
    const v = req.values[f.key];
    if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
    let text: string;
    if (Array.isArray(v)) text = v.map((x) => `☑ ${x}`).join('\n');
    else if (f.type === 'asset') text = await assetDisplay(db, org, v);
    else if (f.type === 'date' && ISO_DAY.test(v)) text = formatWareki(v);
    else text = v;
    particulars.push([f.label.ja, text]);
  }
  if (req.asset_class) particulars.push(['情報資産の分類', req.asset_class]);
  particulars.push(['申請日時', warekiTime(req.submitted_at)]);
  const clause = req.clause_path
    ? {
        path: `情報セキュリティポリシー ${req.clause_path.replace(/\//g, ' ')}`,
        text: await clauseText(db, org, req.clause_path),
      }
    : undefined;
  const number = `受付番号 ${id.slice(-8).toUpperCase()}`;
  const applicant = ['申請者', `所属　${unit}`, `氏名　${requester?.display_name ?? ''}`];
  let form: FormPdf;
  if (kind === 'application') {
    form = {
      title: t.application,
      body,
      number,
      date: formatWareki(jstDate(req.submitted_at)),
      addressee: `（宛先）${stamps[stamps.length - 1]?.title ?? ''} 様`,
      from: applicant,
      statement: req.def.flow === 'approval' ? '下記のとおり許可を申請します。' : '下記のとおり届け出ます。',
      particulars,
      clause,
      stamps,
    };
  } else {
    const last = decisions.filter((d) => d.decision === 'approve').at(-1);
    const decidedAt = req.decided_at as string;
    const notes: string[] = [];
    if (req.due_on)
      notes.push(`返却期限　${formatWareki(req.due_on)}（返却したときは、返却を記録してください。）`);
    if (req.def.confirmations)
      notes.push(
        `返却後、${await roleTitle(db, org, req.def.confirmations.function)}による事後確認を受けてください。`,
      );
    form = {
      title: t.permit as string,
      body,
      number: `許可番号 ${id.slice(-8).toUpperCase()}`,
      date: formatWareki(jstDate(decidedAt)),
      addressee: `${unit}　${requester?.display_name ?? ''} 様`,
      from: [body, `${stamps[stamps.length - 1]?.title ?? ''}　${sealName(last?.user_label ?? '')}`],
      statement: `${formatWareki(jstDate(req.submitted_at))}付けで申請のあった件について、下記のとおり許可します。`,
      particulars: [...particulars, ['許可日時', warekiTime(decidedAt)]],
      clause,
      notes,
      stamps,
    };
  }
  return {
    pdf: await formPdf(form),
    title: form.title,
    date: jstDate(kind === 'permit' ? (req.decided_at as string) : req.submitted_at),
  };
}
