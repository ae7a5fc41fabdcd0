import type { DB } from '../../db/schema.ts';

type RecordRow = DB['request_records'];

interface Column {
  ja: string;
  en: string;
  width?: number;
  value(r: RecordRow, f: Record<string, string>): string;
}

const c = (ja: string, en: string, value: Column['value'], width = 1): Column => ({ ja, en, value, width });
const field = (key: string) => (_: RecordRow, f: Record<string, string>) => f[key] ?? '';

const date = c('日付', 'Date', (r) => r.occurred_on);
const person = c(
  '申請者・所属',
  'Person / unit',
  (r) => [r.person_label, r.unit_name].filter(Boolean).join(' / '),
  1.4,
);
/** The asset as the record names it (number and name from the register), else its id. */
const assetOf = (r: RecordRow, f: Record<string, string>) => f.asset || r.asset_id || '';
const assetCol = c('資産番号', 'Asset', assetOf);
const cls = c('分類', 'Class', (r) => r.asset_class ?? '', 0.7);
const approved = c(
  '許可者・許可日',
  'Approved by / on',
  (r) => [r.approvers, r.approved_on].filter(Boolean).join(' / '),
  1.4,
);

/** Columns of each register as offices keep them on paper (DOMAIN.md); other kinds use common columns plus the form. */
export const REGISTERS: Record<string, { ja: string; en: string; columns: Column[] }> = {
  carry: {
    ja: '持出し・持込み記録簿',
    en: 'Take-out / bring-in register',
    columns: [
      date,
      c('区分', 'Kind', field('_type')),
      person,
      c('資産番号・機器', 'Asset / device', (r, f) => assetOf(r, f) || f.device || ''),
      cls,
      c('目的', 'Purpose', field('purpose'), 1.5),
      c('持出先', 'Destination', field('destination')),
      approved,
      c('返却予定日', 'Due', (r) => r.due_on ?? ''),
      c('返却日時', 'Returned', (r) => r.returned_at?.replace('T', ' ').slice(0, 16) ?? ''),
      c('事後確認者', 'Checked by', (r) => r.confirmers ?? '', 1.3),
    ],
  },
  disposal: {
    ja: '廃棄・リース返却記録',
    en: 'Disposal / lease return register',
    columns: [
      c('日時', 'Date', (r, f) => f.disposal_date ?? r.occurred_on),
      c('担当者', 'Person in charge', field('handler')),
      c('対象機器・媒体', 'Device / medium', assetOf),
      cls,
      c('処理内容', 'Method', field('method'), 1.3),
      approved,
      c('委託先', 'Contractor', field('contractor')),
      c('消去証明書', 'Erasure certificate', field('certificate'), 1.3),
    ],
  },
};

/** The register layout of a kind: its own, or the common columns followed by the form's fields. */
export function registerLayout(
  kind: string,
  sample: RecordRow[],
): { ja: string; en: string; columns: Column[] } {
  const known = REGISTERS[kind];
  if (known) return known;
  const labels = new Map<string, string>();
  for (const r of sample)
    for (const x of JSON.parse(r.fields) as { key: string; label: string }[])
      if (!labels.has(x.key)) labels.set(x.key, x.label);
  return {
    ja: `${sample[0] ? fieldMap(sample[0])._type : kind} 記録`,
    en: `${kind} register`,
    columns: [date, person, assetCol, cls, approved, ...[...labels].map(([k, l]) => c(l, k, field(k)))],
  };
}

/** The record's form fields as key → text. */
export function fieldMap(r: RecordRow): Record<string, string> {
  return Object.fromEntries(
    (JSON.parse(r.fields) as { key: string; value: string }[]).map((x) => [x.key, x.value]),
  );
}
