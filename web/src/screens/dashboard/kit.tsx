/** Shared parts of the 点検・監査 screens: the area's sub-navigation, SVG bar charts with a table, small helpers. */
import './assurance.css';
import { type ReactNode, useEffect, useState } from 'react';
import { api, request } from '../../api/client.ts';
import { Link, usePath } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/date.ts';
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

/** Whether the caller holds any of the given functions. */
export function useFunctions(): (...fns: string[]) => boolean {
  const { session } = useSession();
  const have = new Set(session?.functions ?? []);
  return (...fns: string[]) => fns.some((f) => have.has(f));
}

/** Heading and the sub-navigation of the 点検・監査 area. */
export function Frame({
  title,
  lead,
  children,
}: {
  title: ReactNode;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const x = useT(assuranceTexts);
  const path = usePath();
  const has = useFunctions();
  const tabs = [{ key: 'home' as const, href: '/inspections' }, ...PARTS].filter(
    (t) => !('fns' in t) || !t.fns || has(...t.fns),
  );
  const current = tabs
    .filter((t) => path === t.href || (t.href !== '/inspections' && path.startsWith(`${t.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <>
      <PageHeading lead={lead}>{title}</PageHeading>
      <nav aria-label={x.area} className="as-tabs no-print">
        <ul className="actions">
          {tabs.map((t) => (
            <li key={t.key}>
              <Link
                href={t.href}
                aria-current={current?.key === t.key ? 'page' : undefined}
                className={
                  current?.key === t.key ? 'btn btn--primary btn--small' : 'btn btn--secondary btn--small'
                }
              >
                {x.tabs[t.key]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
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
      <div className="table-wrap">
        <table className="table as-chart__table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{valueLabel}</th>
              <th scope="col">{detailLabel ?? x.answered}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.value === null ? '—' : `${r.value}%`}</td>
                <td>{r.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** A date (YYYY-MM-DD or ISO) in the UI's language, 和暦 in Japanese; empty for null. */
export function useDay(): (d: string | null | undefined) => string {
  const { lang } = useI18n();
  return (d) => (d ? formatDate(d.length === 10 ? `${d}T00:00:00+09:00` : d, lang) : '');
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

/** A labelled select whose error is tied to it. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  error,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  options: { value: string; label: string }[];
  error?: string;
  required?: boolean;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <select
        id={id}
        className="input"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled textarea whose error is tied to it. */
export function AreaField({
  id,
  label,
  value,
  onChange,
  error,
  required,
  rows = 3,
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
    <div className={`field${error ? ' field--error' : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <textarea
        id={id}
        className="input as-textarea"
        rows={rows}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
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

/** Units (flattened, indented), people and systems the caller may read; empty lists when not allowed. */
export function useOrgLists(): { units: Named[]; people: Named[]; systems: Named[] } {
  const [lists, setLists] = useState<{ units: Named[]; people: Named[]; systems: Named[] }>({
    units: [],
    people: [],
    systems: [],
  });
  useEffect(() => {
    const flat = (nodes: UnitNode[], depth = 0): Named[] =>
      nodes.flatMap((n) => [
        { id: n.id, name: `${'　'.repeat(depth)}${n.name}` },
        ...flat(n.children ?? [], depth + 1),
      ]);
    void Promise.all([
      api
        .get<{ items: UnitNode[] }>('/api/org/units')
        .then((r) => flat(r.items))
        .catch(() => []),
      api
        .get<{ items: { id: string; displayName: string; loginId: string }[] }>('/api/org/people')
        .then((r) => r.items.map((p) => ({ id: p.id, name: `${p.displayName}（${p.loginId}）` })))
        .catch(() => []),
      api
        .get<{ items: { id: string; name: string }[] }>('/api/systems/systems')
        .then((r) => r.items.map((s) => ({ id: s.id, name: s.name })))
        .catch(() => []),
    ]).then(([units, people, systems]) => setLists({ units, people, systems }));
  }, []);
  return lists;
}
