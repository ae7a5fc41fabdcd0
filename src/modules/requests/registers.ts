import type { DB } from '../../db/schema.ts';
import { formatJstMinute } from '../../shared/time.ts';
import { formatWareki } from '../../shared/wareki.ts';

type RecordRow = DB['request_records'];

/** How a book prints dates: ISO in CSV and Excel (sortable), 和暦 on paper; times always JST. */
export interface DateStyle {
  date(iso: string): string;
  time(iso: string): string;
  /** Printed on paper (a date in a shared cell gets a line of its own). */
  paper?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const csvDates: DateStyle = { date: (d) => d, time: formatJstMinute };
export const paperDates: DateStyle = {
  paper: true,
  date: (d) => (ISO_DAY.test(d) ? formatWareki(d) : d),
  time: (iso) => {
    const [day, hm] = formatJstMinute(iso).split(' ');
    return `${formatWareki(day)} ${hm}`;
  },
};
/** Paper in English: ISO dates, JST times. */
export const paperIsoDates: DateStyle = { ...csvDates, paper: true };

export interface Column {
  /** Stable key the body's own layout refers to. */
  key: string;
  ja: string;
  en: string;
  width?: number;
  /** Holds a date (or date and time) that must not break across lines on paper. */
  dates?: 'date' | 'time';
  value(r: RecordRow, f: Record<string, string>, d: DateStyle): string;
}

const c = (
  key: string,
  { ja, en }: { ja: string; en: string },
  value: Column['value'],
  width = 1,
  dates?: Column['dates'],
): Column => ({ key, ja, en, value, width, dates });
/** A form field; a date typed into the form prints like the other dates. */
const field = (key: string) => (_: RecordRow, f: Record<string, string>, d: DateStyle) =>
  f[key] && ISO_DAY.test(f[key]) ? d.date(f[key]) : (f[key] ?? '');
const opt = (v: string | null, fn: (x: string) => string) => (v ? fn(v) : '');

const date = c('date', { ja: '日付', en: 'Date' }, (r, _, d) => d.date(r.occurred_on), 1, 'date');
const person = c(
  'person',
  { ja: '申請者・所属', en: 'Person / unit' },
  (r) => [r.person_label, r.unit_name].filter(Boolean).join(' / '),
  1.4,
);
/** The asset as the record names it (number and name from the register), else its id. */
const assetOf = (r: RecordRow, f: Record<string, string>) => f.asset || r.asset_id || '';
const assetCol = c('asset', { ja: '資産番号', en: 'Asset' }, assetOf);
const cls = c('class', { ja: '分類', en: 'Class' }, (r) => r.asset_class ?? '', 0.7);
const approved = c(
  'approved',
  { ja: '許可者・許可日', en: 'Approved by / on' },
  // On paper the date gets a line of its own so it never breaks.
  (r, _, d) => [r.approvers, opt(r.approved_on, d.date)].filter(Boolean).join(d.paper ? '\n' : ' / '),
  1.4,
  'date',
);

/** Columns of each register as offices keep them on paper (DOMAIN.md); other kinds use common columns plus the form. */
export const REGISTERS: Record<string, { ja: string; en: string; columns: Column[] }> = {
  carry: {
    ja: '持出し・持込み記録簿',
    en: 'Take-out / bring-in register',
    columns: [
      date,
      c('type', { ja: '区分', en: 'Kind' }, field('_type')),
      person,
      c('device', { ja: '資産番号・機器', en: 'Asset / device' }, (r, f) => assetOf(r, f) || f.device || ''),
      cls,
      c('purpose', { ja: '目的', en: 'Purpose' }, field('purpose'), 1.5),
      c('destination', { ja: '持出先', en: 'Destination' }, field('destination')),
      approved,
      c('due', { ja: '返却予定日', en: 'Due' }, (r, _, d) => opt(r.due_on, d.date), 1, 'date'),
      // Stored in UTC like every timestamp; the book shows Japan time.
      c('returned', { ja: '返却日時', en: 'Returned' }, (r, _, d) => opt(r.returned_at, d.time), 1.2, 'time'),
      c('confirmers', { ja: '事後確認者', en: 'Checked by' }, (r) => r.confirmers ?? '', 1.3),
    ],
  },
  disposal: {
    ja: '廃棄・リース返却記録',
    en: 'Disposal / lease return register',
    columns: [
      c('date', { ja: '日時', en: 'Date' }, (r, f, d) => d.date(f.disposal_date ?? r.occurred_on), 1, 'date'),
      c('handler', { ja: '担当者', en: 'Person in charge' }, field('handler')),
      c('device', { ja: '対象機器・媒体', en: 'Device / medium' }, assetOf),
      cls,
      c('method', { ja: '処理内容', en: 'Method' }, field('method'), 1.3),
      approved,
      c('contractor', { ja: '委託先', en: 'Contractor' }, field('contractor')),
      c('certificate', { ja: '消去証明書', en: 'Erasure certificate' }, field('certificate'), 1.3),
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
    columns: [
      date,
      person,
      assetCol,
      cls,
      approved,
      ...[...labels].map(([k, l]) => c(`field:${k}`, { ja: l, en: k }, field(k))),
    ],
  };
}

/** The record's form fields as key → text. */
export function fieldMap(r: RecordRow): Record<string, string> {
  return Object.fromEntries(
    (JSON.parse(r.fields) as { key: string; value: string }[]).map((x) => [x.key, x.value]),
  );
}
