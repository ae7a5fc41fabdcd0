/** The incident report for the head of the body (長への報告書) and the list exports (xlsx, CSV). */
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatJst } from '../../shared/time.ts';
import { formatWareki } from '../../shared/wareki.ts';
import type { incidentDetail } from './queries.ts';

type Detail = Awaited<ReturnType<typeof incidentDetail>>;

/** An ISO timestamp as 和暦 date and JST time, e.g. 令和7年5月12日 09:30. */
export function warekiDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const jst = formatJst(iso);
  return `${formatWareki(jst.slice(0, 10))} ${jst.slice(11, 16)}`;
}

export function warekiDate(date: string | null | undefined): string {
  return date ? formatWareki(date) : '';
}

const STEP_STATUS: Record<string, string> = {
  waiting: '確認待ち',
  acknowledged: '確認済み',
  escalated: '期限超過で上位へ報告',
  skipped: '省略（軽微）',
  pending: '未到達',
};
const PARTY: Record<string, string> = { police: '警察', ppc: '個人情報保護委員会', other: 'その他' };
const REPORT_KIND: Record<string, string> = { prompt: '速報', final: '確報', other: 'その他' };
const ACTION_STATUS: Record<string, string> = { open: '未完了', done: '完了', accepted: '受入れ' };
const PERSONAL: Record<string, string> = { yes: 'あり', no: 'なし', unknown: '不明' };
export const SOURCE: Record<string, string> = {
  staff: '職員が発見',
  citizen: '住民から連絡',
  vendor: '事業者から連絡',
  other: 'その他',
};
export const STATUS: Record<string, string> = { open: '対応中', closed: '終結' };

/** Which count binds the statutory deadlines, and why (the screen and the report say the same). */
export const DEADLINE_RULE =
  '暦日で数える（土日・祝日を含む。個人情報保護委員会の数え方）。期限の日が閉庁日のときは翌開庁日。';

/** Whether each deadline was kept: the reports to the 委員会 and every 対策 with a due date. */
export function deadlinesMet(d: Detail): string {
  const jstDay = (iso: string) => formatJst(iso).slice(0, 10);
  const lines: string[] = [];
  if (d.deadlines) {
    for (const k of ['prompt', 'final'] as const) {
      const due = d.deadlines[k].due;
      const sent = d.contacts.find((c) => c.party === 'ppc' && c.report_kind === k);
      const label = REPORT_KIND[k];
      lines.push(
        sent
          ? `${label}：${jstDay(sent.sent_at) <= due ? '期限内' : '期限超過'}（期限 ${warekiDate(due)}、報告 ${warekiDateTime(sent.sent_at)}）`
          : `${label}：未報告（期限 ${warekiDate(due)}）`,
      );
    }
  }
  for (const a of d.actions.filter((x) => x.due_date)) {
    const due = a.due_date as string;
    const state =
      a.status === 'accepted'
        ? '完了せず受入れ'
        : a.done_at
          ? jstDay(a.done_at) <= due
            ? '期限内に完了'
            : '期限後に完了'
          : '未完了';
    lines.push(`${a.description}：${state}（期限 ${warekiDate(due)}）`);
  }
  return lines.length ? lines.join('\n') : '期限のある事項なし';
}

/** The rows of the report: item and content, in the order the head of the body reads them. */
export function reportRows(d: Detail, reporterName: string): string[][] {
  const i = d.incident;
  const chain = d.steps
    .map((s) => {
      const times = [
        s.notified_at && `通知 ${warekiDateTime(s.notified_at)}`,
        s.acknowledged_at && `確認 ${warekiDateTime(s.acknowledged_at)}`,
        s.escalated_at && `上位へ ${warekiDateTime(s.escalated_at)}`,
        s.skipped_reason && `理由 ${s.skipped_reason}`,
      ].filter(Boolean);
      return `${s.position + 1}. ${s.label}：${STEP_STATUS[s.status] ?? s.status}${times.length ? `（${times.join('、')}）` : ''}`;
    })
    .join('\n');
  const minor = i.minor === null ? '未判定' : `${i.minor ? '軽微' : '軽微でない'}（${i.minor_reason ?? ''}）`;
  const contacts = d.contacts.length
    ? d.contacts
        .map(
          (c) =>
            `${PARTY[c.party] ?? c.party}（${c.party_name}）${REPORT_KIND[c.report_kind] ?? c.report_kind} ${warekiDateTime(c.sent_at)}：${c.content}`,
        )
        .join('\n')
    : 'なし';
  const deadlines = d.deadlines
    ? `速報 ${warekiDate(d.deadlines.prompt.due)}／確報 ${warekiDate(d.deadlines.final.due)}\n${DEADLINE_RULE}`
    : '対象外（個人情報なし）';
  const prevention = d.actions.filter((a) => a.kind === 'prevention');
  const otherActions = d.actions.filter((a) => a.kind !== 'prevention');
  const actionLine = (a: Detail['actions'][number]) =>
    `${a.description}${a.due_date ? `（期限 ${warekiDate(a.due_date)}）` : ''}：${ACTION_STATUS[a.status] ?? a.status}${a.done_at ? ` ${warekiDateTime(a.done_at)}` : ''}`;
  const evidence = d.evidence.length
    ? d.evidence.map((e) => `${e.file_name}（${e.size} バイト）SHA-256 ${e.sha256}`).join('\n')
    : 'なし';
  return [
    ['件名', i.title],
    ['発見日時', warekiDateTime(i.found_at)],
    ['発生日時', warekiDateTime(i.occurred_at)],
    [
      '発見者',
      `${reporterName}（${SOURCE[i.source] ?? i.source}${i.source_detail ? `：${i.source_detail}` : ''}）`,
    ],
    ['種別', d.type.nameJa],
    ['状況', i.description],
    ['個人情報', PERSONAL[i.personal_info] ?? i.personal_info],
    ['報告経路と各時刻', chain || '報告経路の設定なし'],
    ['軽微判定', minor],
    ['警察等連絡', contacts],
    ['個人情報保護委員会への報告期限', deadlines],
    ['原因', i.cause ?? (i.status === 'closed' ? '記録なし' : '調査中')],
    ['対応措置', otherActions.length ? otherActions.map(actionLine).join('\n') : 'なし'],
    ['再発防止策', prevention.length ? prevention.map(actionLine).join('\n') : '未策定'],
    ['証拠保全', evidence],
    ['期限の遵守', deadlinesMet(d)],
    ['状態', `${STATUS[i.status] ?? i.status}${i.closed_at ? ` ${warekiDateTime(i.closed_at)}` : ''}`],
    ['終結時の所見', i.close_note ?? (i.status === 'closed' ? '記載なし' : '対応中')],
  ];
}

/** The report as an A4 PDF with the Japanese font and 和暦 dates. */
export function incidentReportPdf(d: Detail, reporterName: string, orgName: string): Promise<Buffer> {
  return ledgerPdf({
    title: '情報セキュリティインシデント報告書',
    subtitle: `${orgName}　作成 ${warekiDateTime(new Date().toISOString())}`,
    header: ['項目', '内容'],
    rows: reportRows(d, reporterName),
    widths: [1, 5],
    stamps: ['CISO', '団体の長'],
  });
}

export interface ListRow {
  id: string;
  found_at: string;
  title: string;
  type_ja: string;
  unit_name: string | null;
  reporter_name: string | null;
  source: string;
  personal_info: string;
  minor: number | null;
  status: string;
}

export const LIST_HEADER = [
  'ID',
  '発見日時',
  '件名',
  '種別',
  '所属',
  '報告者',
  '受付経路',
  '個人情報',
  '軽微判定',
  '状態',
];

/** One row of the list export, dates in 和暦. */
export function listRow(r: ListRow): string[] {
  return [
    r.id,
    warekiDateTime(r.found_at),
    r.title,
    r.type_ja,
    r.unit_name ?? '',
    r.reporter_name ?? '',
    SOURCE[r.source] ?? r.source,
    PERSONAL[r.personal_info] ?? r.personal_info,
    r.minor === null ? '未判定' : r.minor ? '軽微' : '軽微でない',
    STATUS[r.status] ?? r.status,
  ];
}
