/** The audit report (監査報告書) as PDF: 目的, 対象課, 対象システム, 時期, 体制, 監査基準 and the findings (R-I3). */
import type { Kysely } from 'kysely';
import { rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { todayJst } from '../../shared/business-days.ts';
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { loadPlan } from './service.ts';

/** The book's name, a Japanese document of the body: the PDF's title and its file name. */
export const REPORT_BOOK = '情報セキュリティ監査報告書';

const SEVERITY: Record<string, string> = { high: '高', medium: '中', low: '低', observation: '所見' };
const STATUS: Record<string, string> = { open: '未回答', responded: '回答済み', closed: '完了' };
const KIND: Record<string, string> = { multi_year: '中長期計画', yearly: '年度計画', special: '特別監査' };

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

/** The report PDF, in Japanese with 和暦 dates. */
export async function reportPdf(db: Kysely<DB>, org: string, id: string): Promise<Buffer> {
  const d = await planDetail(db, org, id);
  const orgName =
    (await db.selectFrom('organizations').select('name').where('id', '=', org).executeTakeFirst())?.name ??
    '';
  const rows: string[][] = [
    ['区分', `${KIND[d.kind] ?? d.kind}・${d.auditType === 'external' ? '外部監査' : '内部監査'}`],
    ['目的', d.purpose],
    ['対象課', d.units.map((u) => u.name).join('、') || '—'],
    ['対象システム', d.systems.map((s) => s.name).join('、') || '—'],
    ['時期', d.timing],
    [
      '体制',
      [d.structure, d.auditorOrg, d.auditors.map((a) => `${a.name}${a.lead ? '（主任）' : ''}`).join('、')]
        .filter(Boolean)
        .join(' / '),
    ],
    ['監査基準', d.criteria],
    ...d.findings.map((f, i) => [
      `指摘事項${i + 1}（重要度: ${SEVERITY[f.severity] ?? f.severity}）`,
      `${f.title}${f.clausePath ? `［${f.clausePath}］` : ''} — ${f.detail}／状況: ${STATUS[f.status] ?? f.status}${
        f.responses.length ? `／対応: ${f.responses.map((r) => r.body).join('；')}` : ''
      }`,
    ]),
  ];
  return ledgerPdf({
    title: `${REPORT_BOOK} ${d.title}`,
    subtitle: `${orgName}　作成日 ${formatWareki(todayJst())}`,
    header: ['項目', '内容'],
    rows,
    widths: [1, 4],
    stamps: ['監査責任者', 'CISO'],
  });
}
