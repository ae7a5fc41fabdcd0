/** Shared parts of the 点検・監査 screens: the area's sub-navigation, SVG bar charts with a table, small helpers. */
import './assurance.css';
import { type ReactNode, useMemo } from 'react';
import { request } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { AreaFrame, type AreaPageProps } from '../../components/AreaFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField as KitSelect, TextAreaField } from '../../components/Field.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { type AssuranceText, assuranceTexts } from './texts.ts';

export const patch = <T,>(path: string, body: unknown) => request<T>('PATCH', path, body);

/** The 点検・監査 parts and the functions that open them (none: every signed-in user). */
export const PARTS: { key: keyof AssuranceText['cards']; href: string; fns?: string[] }[] = [
  { key: 'assessment', href: '/inspections/assessment', fns: ['assessment.manage', 'reports.read'] },
  { key: 'mine', href: '/inspections/assessment/mine' },
  // Open to everyone: an appointed auditor holds no audit function, and the list shows only their audits.
  { key: 'audits', href: '/inspections/audits' },
  {
    key: 'training',
    href: '/inspections/training',
    fns: ['training.manage', 'training.check', 'reports.read'],
  },
  {
    key: 'vendors',
    href: '/inspections/vendors',
    fns: ['vendors.review', 'vendors.review_receive', 'reports.read'],
  },
  { key: 'reviews', href: '/inspections/reviews', fns: ['policy.manage', 'reports.read'] },
  { key: 'trace', href: '/inspections/traceability', fns: ['reports.read', 'dashboard.read'] },
];

/** Heading and the sub-navigation of the 点検・監査 area (tabs follow the caller's functions). */
export function Frame({ title, lead, children }: AreaPageProps) {
  const x = useT(assuranceTexts);
  const tabs = [{ key: 'home' as const, href: '/inspections' }, ...PARTS].map((t) => ({
    href: t.href,
    label: x.tabs[t.key],
    fns: 'fns' in t ? t.fns : undefined,
  }));
  return (
    <AreaFrame label={x.area} tabs={tabs} title={title} lead={lead}>
      {children}
    </AreaFrame>
  );
}

/** A part of an inspections page under its own heading (h2), named by it; `id` is the heading's id. */
export function Part({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="as-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export interface Bar {
  key: string;
  label: string;
  /** 0–100, or null when there is nothing to show. */
  value: number | null;
  /** What the table shows beside the bar (counts). */
  detail?: string;
}

/** Horizontal bars as inline SVG (hidden from screen readers) followed by the same figures as a table. */
export function Bars({
  title,
  rows,
  valueLabel,
  detailLabel,
}: {
  title: string;
  rows: Bar[];
  valueLabel: string;
  detailLabel?: string;
}) {
  const x = useT(assuranceTexts);
  const labelW = 150;
  const barW = 260;
  const rowH = 26;
  const h = rows.length * rowH + 4;
  return (
    <figure className="as-chart">
      <figcaption className="as-chart__title">{title}</figcaption>
      {rows.length > 0 && (
        <svg
          className="as-chart__svg"
          viewBox={`0 0 ${labelW + barW + 60} ${h}`}
          width="100%"
          role="img"
          aria-label={fmt(x.chartOf, { what: title })}
        >
          {rows.map((r, i) => {
            const y = i * rowH + 4;
            const w = r.value === null ? 0 : Math.max(0, Math.min(100, r.value)) * (barW / 100);
            return (
              <g key={r.key}>
                <text x={labelW - 6} y={y + 15} textAnchor="end" className="as-chart__label">
                  {r.label.length > 12 ? `${r.label.slice(0, 11)}…` : r.label}
                </text>
                <rect x={labelW} y={y + 2} width={barW} height={rowH - 8} className="as-chart__track" />
                <rect x={labelW} y={y + 2} width={w} height={rowH - 8} className="as-chart__bar" />
                <text x={labelW + barW + 6} y={y + 15} className="as-chart__value">
                  {r.value === null ? '—' : `${r.value}%`}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <DataTable
        rows={rows}
        rowKey={(r) => r.key}
        label={title}
        className="as-chart__table"
        columns={[
          { key: 'label', header: title },
          {
            key: 'value',
            header: valueLabel,
            numeric: true,
            cell: (r) => (r.value === null ? '—' : `${r.value}%`),
          },
          { key: 'detail', header: detailLabel ?? x.answered, sortable: false },
        ]}
      />
    </figure>
  );
}

/** A date (YYYY-MM-DD or ISO) in the UI's language, 和暦 in Japanese; empty for null. */
export function useDay(): (d: string | null | undefined) => string {
  const f = useFormat();
  return (d) => (d ? f.date(d) : '');
}

/** Today in Japan as YYYY-MM-DD, moved by `days`. */
export function isoDay(days = 0): string {
  return new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The current fiscal year (April to March) in Japan. */
export function fiscalYearNow(): number {
  const d = new Date(Date.now() + 9 * 3600_000);
  return d.getUTCMonth() < 3 ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
}

/** Reads a chosen file as base64 (without the data: prefix). */
export function fileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/** A labelled select (the kit's SelectField, answering the chosen value). */
export function SelectField({
  onChange,
  ...rest
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  options: { value: string; label: string }[];
  error?: string;
  required?: boolean;
}) {
  return <KitSelect {...rest} onChange={(e) => onChange(e.target.value)} />;
}

/** A labelled textarea (the kit's TextAreaField, answering the text). */
export function AreaField({
  onChange,
  rows = 3,
  ...rest
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string;
  required?: boolean;
  rows?: number;
}) {
  return (
    <TextAreaField
      {...rest}
      rows={rows}
      className="input as-textarea"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export interface Named {
  id: string;
  name: string;
}
interface UnitNode {
  id: string;
  name: string;
  children?: UnitNode[];
}

const flat = (nodes: UnitNode[], depth = 0): Named[] =>
  nodes.flatMap((n) => [
    { id: n.id, name: `${'　'.repeat(depth)}${n.name}` },
    ...flat(n.children ?? [], depth + 1),
  ]);

/** Units (flattened, indented), people and systems the caller may read; empty lists when not allowed. */
export function useOrgLists(): { units: Named[]; people: Named[]; systems: Named[] } {
  const units = useData<{ items: UnitNode[] }>('/api/org/units').data?.items;
  const people = useData<{ items: { id: string; displayName: string; loginId: string }[] }>('/api/org/people')
    .data?.items;
  const systems = useData<{ items: Named[] }>('/api/systems/systems').data?.items;
  return useMemo(
    () => ({
      units: flat(units ?? []),
      people: (people ?? []).map((p) => ({ id: p.id, name: `${p.displayName}（${p.loginId}）` })),
      systems: (systems ?? []).map((x) => ({ id: x.id, name: x.name })),
    }),
    [units, people, systems],
  );
}

/** The kit's form state (ids, values, change handlers and the server's errors of a form's fields). */
export { useFormState } from '../../components/useFormState.ts';
