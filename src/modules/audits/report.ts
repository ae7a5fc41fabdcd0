/** The audit report (監査報告書) as PDF: 目的, 対象課, 対象システム, 時期, 体制, 監査基準 and the findings (R-I3). */
import type { Kysely } from 'kysely';
import { rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { type Lang, t } from '../../i18n/index.ts';
import { todayJst } from '../../shared/business-days.ts';
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { loadPlan } from './service.ts';

/** A word of the report for a stored code; an unknown code is shown as it is. */
function word(lang: Lang, group: string, code: string): string {
  const key = `audits.report.${group}.${code}`;
  const text = t(lang, key);
  return text === key ? code : text;
}

/** Everything the report shows, also used by the detail screen. */
export async function planDetail(db: Kysely<DB>, org: string, id: string) {
  const p = await loadPlan(db, org, id);
  const unitIds = JSON.parse(p.scope_units) as string[];
  const systemIds = JSON.parse(p.scope_systems) as string[];
  const units = unitIds.length
    ? await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()
    : [];
  const systems = systemIds.length
    ? await db.selectFrom('information_systems').select(['id', 'name']).where('id', 'in', systemIds).execute()
    : [];
  const auditors = await db
    .selectFrom('audit_auditors as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['u.id', 'u.display_name', 'a.lead'])
    .where('a.plan_id', '=', id)
    .execute();
  const findings = await rowsWhere(db, 'audit_findings', { plan_id: id }, '*', ['created_at']);
  const responses = findings.length
    ? await db
        .selectFrom('audit_finding_responses')
        .selectAll()
        .where(
          'finding_id',
          'in',
          findings.map((f) => f.id),
        )
        .orderBy('created_at')
        .execute()
    : [];
  return {
    id: p.id,
    kind: p.kind,
    auditType: p.audit_type,
    title: p.title,
    fiscalYear: p.fiscal_year,
    toYear: p.to_year,
    parentId: p.parent_id,
    purpose: p.purpose,
    timing: p.timing,
    structure: p.structure,
    criteria: p.criteria,
    auditorOrg: p.auditor_org,
    orderedBy: p.ordered_by,
    status: p.status,
    reportedAt: p.reported_at,
    units,
    systems,
    auditors: auditors.map((a) => ({ userId: a.id, name: a.display_name, lead: a.lead === 1 })),
    findings: findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      clausePath: f.clause_path,
      unitId: f.unit_id,
      systemId: f.system_id,
      title: f.title,
      detail: f.detail,
      status: f.status,
      dueOn: f.due_on,
      closedAt: f.closed_at,
      responses: responses
        .filter((r) => r.finding_id === f.id)
        .map((r) => ({ kind: r.kind, body: r.body, at: r.created_at })),
    })),
  };
}

/** The report's book name: the PDF's title and its file name. */
export const reportBook = (lang: Lang = 'ja') => t(lang, 'audits.report.book');

/** The report PDF in the reader's language (和暦 dates in Japanese, the default). */
export async function reportPdf(db: Kysely<DB>, org: string, id: string, lang: Lang = 'ja'): Promise<Buffer> {
  const r = (key: string, params?: Record<string, string | number>) =>
    t(lang, `audits.report.${key}`, params);
  const d = await planDetail(db, org, id);
  const orgName =
    (await db.selectFrom('organizations').select('name').where('id', '=', org).executeTakeFirst())?.name ??
    '';
  const list = r('list');
  const rows: string[][] = [
    [
      r('row.kind'),
      r('kind', {
        kind: word(lang, 'kind', d.kind),
        type: r(`type.${d.auditType === 'external' ? 'external' : 'internal'}`),
      }),
    ],
    [r('row.purpose'), d.purpose],
    [r('row.units'), d.units.map((u) => u.name).join(list) || '—'],
    [r('row.systems'), d.systems.map((s) => s.name).join(list) || '—'],
    [r('row.timing'), d.timing],
    [
      r('row.structure'),
      [
        d.structure,
        d.auditorOrg,
        d.auditors.map((a) => (a.lead ? r('lead', { name: a.name }) : a.name)).join(list),
      ]
        .filter(Boolean)
        .join(' / '),
    ],
    [r('row.criteria'), d.criteria],
    ...d.findings.map((f, i) => [
      r('finding', { n: i + 1, severity: word(lang, 'severity', f.severity) }),
      r('finding_text', {
        title: f.title,
        clause: f.clausePath ? r('finding_clause', { path: f.clausePath }) : '',
        detail: f.detail,
        status: word(lang, 'status', f.status),
        responses: f.responses.length
          ? r('finding_responses', {
              responses: f.responses.map((x) => x.body).join(r('response_separator')),
            })
          : '',
      }),
    ]),
  ];
  const today = todayJst();
  return ledgerPdf({
    title: r('title', { book: reportBook(lang), title: d.title }),
    subtitle: r('subtitle', { body: orgName, date: lang === 'ja' ? formatWareki(today) : today }),
    header: [r('item'), r('content')],
    rows,
    widths: [1, 4],
    stamps: [r('stamp_lead'), 'CISO'],
  });
}
