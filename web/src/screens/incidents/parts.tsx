import './incidents.css';
import { type ReactNode, type TextareaHTMLAttributes, useCallback, useEffect, useState } from 'react';
import { api, request } from '../../api/client.ts';
import { Link, usePath } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { more } from './texts.ts';

/** Calls of the incident screens (PUT goes through the shared request helper). */
export const incApi = {
  get: api.get,
  post: api.post,
  put: <T,>(path: string, body: unknown) => request<T>('PUT', path, body),
};

const TABS: { key: keyof ReturnType<typeof more>['tabs']; href: string; fns?: string[] }[] = [
  { key: 'home', href: '/incidents' },
  { key: 'list', href: '/incidents/list', fns: ['incidents.read_all'] },
  { key: 'failures', href: '/incidents/failures', fns: ['failures.manage'] },
  { key: 'logs', href: '/incidents/log-reviews', fns: ['failures.manage'] },
  { key: 'violations', href: '/incidents/violations' },
  { key: 'compliance', href: '/incidents/compliance', fns: ['compliance.check', 'compliance.receive'] },
  { key: 'plan', href: '/incidents/plan' },
  { key: 'settings', href: '/incidents/settings', fns: ['emergency_plan.manage'] },
];

/** The caller's role functions. */
export function useFunctions(): (...fns: string[]) => boolean {
  const { session } = useSession();
  const have = new Set(session?.functions ?? []);
  return (...fns: string[]) => fns.some((f) => have.has(f));
}

/** Heading and the incident area's sub-navigation (only the parts the caller's functions open). */
export function IncFrame({
  title,
  lead,
  children,
}: {
  title: ReactNode;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const { lang } = useI18n();
  const x = more(lang);
  const path = usePath();
  const has = useFunctions();
  const tabs = TABS.filter((t) => !t.fns || has(...t.fns));
  return (
    <>
      <PageHeading lead={lead}>{title}</PageHeading>
      <nav aria-label={x.area} className="inc-tabs no-print">
        <ul className="actions">
          {tabs.map((t) => {
            const current = t.href === '/incidents' ? path === t.href : path.startsWith(t.href);
            return (
              <li key={t.key}>
                <Link
                  href={t.href}
                  aria-current={current ? 'page' : undefined}
                  className={current ? 'btn btn--primary btn--small' : 'btn btn--secondary btn--small'}
                >
                  {x.tabs[t.key]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {children}
    </>
  );
}

export { SelectField } from '../../components/SelectField.tsx';

/** A labelled textarea. */
export function TextArea({
  id,
  label,
  error,
  hint,
  ...rest
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <textarea
        id={id}
        className="input inc-textarea"
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
    </div>
  );
}

/** Loads a GET endpoint; `reload` fetches again after a write. */
export function useLoad<T>(path: string): { data: T | null; reload: () => Promise<void>; failed: boolean } {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(async () => {
    if (!path) return;
    await api.get<T>(path).then(setData, () => {
      setFailed(true);
    });
  }, [path]);
  useEffect(() => {
    reload();
  }, [reload]);
  return { data, reload, failed };
}

export interface PersonOption {
  id: string;
  displayName: string;
  loginId: string;
}

/** The organization's active people, when the caller may name them (handlers); empty otherwise. */
export function usePeople(enabled: boolean): PersonOption[] {
  const [people, setPeople] = useState<PersonOption[]>([]);
  useEffect(() => {
    if (enabled)
      api.get<{ items: PersonOption[] }>('/api/incidents/people').then(
        (r) => setPeople(r.items),
        () => setPeople([]),
      );
  }, [enabled]);
  return people;
}

/** A datetime-local value ("YYYY-MM-DDTHH:mm") for now in the browser's time zone. */
export function localNow(): string {
  return new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** A datetime-local value as an ISO timestamp, or '' (the server names the field). */
export function toIso(local: FormDataEntryValue | null): string {
  const s = String(local ?? '');
  const d = new Date(s);
  return s && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
}

/** The value of a form field as a trimmed string. */
export function val(f: FormData, name: string): string {
  return String(f.get(name) ?? '').trim();
}

/** Horizontal bars drawn in SVG (no chart library): one row per key with its count. */
export function Bars({ title, items }: { title: string; items: { key: string; count: number }[] }) {
  const max = Math.max(1, ...items.map((i) => i.count));
  const row = 28;
  const labelW = 220;
  const barW = 360;
  const height = Math.max(row, items.length * row);
  return (
    <figure>
      <figcaption className="field__label">{title}</figcaption>
      {items.length === 0 ? (
        <p>—</p>
      ) : (
        <svg
          className="inc-bars"
          role="img"
          aria-label={`${title}: ${items.map((i) => `${i.key} ${i.count}`).join('、')}`}
          viewBox={`0 0 ${labelW + barW + 50} ${height}`}
          width="100%"
          preserveAspectRatio="xMinYMin meet"
        >
          {items.map((i, n) => (
            <g key={i.key} transform={`translate(0 ${n * row})`}>
              <text x={labelW - 8} y={row / 2 + 4} textAnchor="end">
                {i.key.length > 18 ? `${i.key.slice(0, 17)}…` : i.key}
              </text>
              <rect x={labelW} y={4} height={row - 8} width={Math.max(2, (i.count / max) * barW)} rx={3} />
              <text x={labelW + (i.count / max) * barW + 6} y={row / 2 + 4}>
                {i.count}
              </text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}
