/** How a register's values are shown in its list, and what a form sends back. */
import type { ReactNode } from 'react';
import { fmt, inLang, type Lang, textsFor } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/date.ts';
import { registerPanelTexts } from './i18n.ts';
import type { Item, RegisterField } from './registerTypes.ts';

/** Today in Japan as YYYY-MM-DD, and the day `days` ahead. */
const jstDay = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });

interface Cert {
  kind: string;
  number?: string | null;
  expiresOn?: string | null;
}

/** Certifications with their expiry; an expired one (or one within 90 days) is marked. */
function certsCell(v: unknown, lang: Lang): ReactNode {
  const s = textsFor(registerPanelTexts, lang);
  const certs = Array.isArray(v) ? (v as Cert[]) : [];
  if (!certs.length) return '—';
  const today = jstDay();
  const soon = jstDay(90);
  return (
    <ul className="cell-list">
      {certs.map((c, i) => {
        const expired = !!c.expiresOn && c.expiresOn < today;
        const near = !expired && !!c.expiresOn && c.expiresOn <= soon;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: certifications have no id
          <li key={i}>
            <strong>{s.certKinds[c.kind] ?? c.kind}</strong>
            {c.number && <span className="muted"> {c.number}</span>}
            {c.expiresOn && (
              <span className="cell-sub">{fmt(s.until, { date: formatDate(c.expiresOn, lang) })}</span>
            )}
            {expired && <span className="chip chip--danger">{s.expired}</span>}
            {near && <span className="chip chip--warning">{s.expiresSoon}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The value a column sorts and filters on. */
export function sortValue(f: RegisterField, it: Item, lang: Lang): string | number {
  const v = it[f.display ?? f.key];
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (f.kind === 'select' && f.options?.[String(v)]) return inLang(lang, ...f.options[String(v)]);
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('、');
  return String(v);
}

/** A cell of the list. */
export function cell(f: RegisterField, it: Item, lang: Lang): ReactNode {
  const s = textsFor(registerPanelTexts, lang);
  const v = it[f.display ?? f.key];
  if (f.kind === 'certs') return certsCell(v, lang);
  if (v === null || v === undefined || v === '') return '—';
  if (f.kind === 'int' && typeof v === 'number') return v.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
  if (f.kind === 'bool') return v ? s.yes : s.no;
  if (f.kind === 'date') return formatDate(String(v), lang);
  return sortValue(f, it, lang);
}

/** What an edit changed: only the fields whose value differs; a cleared field is sent as null. */
export function changes(
  fields: RegisterField[],
  before: Item,
  draft: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const was = before[f.key] ?? null;
    let now = draft[f.key];
    if (now === undefined || now === '') now = null;
    if (f.kind === 'bool') now = !!now;
    if (JSON.stringify(now) !== JSON.stringify(f.kind === 'bool' ? !!was : was)) out[f.key] = now;
  }
  return out;
}

/** A new record: the fields given, empty ones left out. */
export function filled(fields: RegisterField[], draft: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    fields.filter((f) => draft[f.key] !== undefined && draft[f.key] !== '').map((f) => [f.key, draft[f.key]]),
  );
}
