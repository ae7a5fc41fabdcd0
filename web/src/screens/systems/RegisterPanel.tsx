import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { api, query } from '../../api/client.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { textsFor, useI18n, useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/date.ts';
import { SjisDownload } from '../exports/SjisDownload.tsx';
import { FieldInput } from './FieldInput.tsx';
import { registerPanelTexts } from './i18n.ts';
import type { Item, RegisterConfig, RegisterField } from './registerTypes.ts';

interface Props {
  config: RegisterConfig;
  canWrite: boolean;
  /** Extra cells after the configured columns (warnings, checklists). */
  extra?: { ja: string; en: string; render(item: Item, reload: () => void): React.ReactNode };
  /** Bumped by the parent to reload after a change elsewhere. */
  version?: number;
  onChange?(): void;
}

const PAGE = 50;

/** One register: search, sortable list with paging, CSV export, and forms to add and edit records. */
export function RegisterPanel({ config, canWrite, extra, version, onChange }: Props) {
  const { lang } = useI18n();
  const s = useT(registerPanelTexts);
  const [items, setItems] = useState<Item[] | null>(null);
  const [total, setTotal] = useState(0);
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  /** null: no form; 'new': the add form; an item: its edit form. */
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [draft, setDraft] = useState<Record<string, unknown>>({});
  const [done, setDone] = useState<string | null>(null);
  const load = useAction();
  const save = useAction();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const idPrefix = config.url.replace(/\W+/g, '-');

  const reload = useCallback(() => {
    void load.run(async () => {
      const page = await api.get<{ items: Item[]; total: number }>(
        `${config.url}${query({ q, offset: String(offset), limit: String(PAGE) })}`,
      );
      setItems(page.items);
      setTotal(page.total);
    });
  }, [config.url, q, offset, load.run]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the parent's reload signal
  useEffect(reload, [reload, version]);
  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);

  const editable = config.fields.filter((f) => !f.computed);
  function open(target: Item | 'new') {
    save.setError(null);
    setDone(null);
    setEditing(target);
    setDraft(target === 'new' ? {} : Object.fromEntries(editable.map((f) => [f.key, target[f.key]])));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const target = editing;
    if (!target) return;
    void save.run(async () => {
      if (target === 'new') await api.post(config.url, clean(editable, draft));
      else await api.patch(`${config.url}/${target.id}`, changes(editable, target, draft));
      setDraft({});
      setEditing(null);
      setDone(s.saved);
      reload();
      onChange?.();
    });
  }

  async function remove(id: string) {
    if (!window.confirm(s.confirmDelete)) return;
    await save.run(async () => {
      await api.delete(`${config.url}/${id}`);
      reload();
      onChange?.();
    });
  }

  const columns = config.fields.filter((f) => f.column);
  const labels = Object.fromEntries(config.fields.map((f) => [f.key, f[lang]]));
  const nameKey = config.fields[0]?.key;
  const colCount = columns.length + (extra ? 1 : 0) + (canWrite ? 1 : 0);
  return (
    <section aria-labelledby={`${idPrefix}-h`} className="register-panel">
      <div className="register-panel__head">
        <h2 id={`${idPrefix}-h`}>{config[lang]}</h2>
        {canWrite && (
          <button
            className="btn btn--primary btn--small"
            type="button"
            onClick={() => (editing === 'new' ? setEditing(null) : open('new'))}
            aria-expanded={editing === 'new'}
            aria-controls={`${idPrefix}-form`}
          >
            {s.add}
          </button>
        )}
      </div>
      <form
        className="toolbar"
        aria-label={`${config[lang]}: ${s.search}`}
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          reload();
        }}
      >
        <label htmlFor={`${idPrefix}-q`} className="toolbar__label">
          {s.search}
        </label>
        <input
          id={`${idPrefix}-q`}
          type="search"
          className="input toolbar__input"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button className="btn btn--secondary btn--small" type="submit">
          {s.search}
        </button>
        <span className="toolbar__spacer" />
        <a className="btn btn--text btn--small" href={`${config.url}/export.csv${query({ q })}`}>
          CSV (UTF-8)
        </a>
        <SjisDownload
          className="btn btn--text btn--small"
          href={`${config.url}/export.csv${query({ q, encoding: 'sjis' })}`}
          utf8Href={`${config.url}/export.csv${query({ q })}`}
        />
      </form>
      <Status message={done} />
      {editing && (
        <form id={`${idPrefix}-form`} className="register-form" onSubmit={submit} noValidate>
          <h3 ref={formHeading} tabIndex={-1} className="register-form__title">
            {editing === 'new' ? s.adding(config[lang]) : s.editing(String(editing[nameKey] ?? ''))}
          </h3>
          <FormAlert error={save.error} idPrefix={idPrefix} labels={labels} />
          <div className="register-form__grid">
            {editable.map((f) => (
              <FieldInput
                key={f.key}
                idPrefix={idPrefix}
                field={f}
                value={draft[f.key]}
                error={save.field(f.key)}
                onChange={(v) => setDraft({ ...draft, [f.key]: v })}
              />
            ))}
          </div>
          <div className="actions">
            <button className="btn btn--primary" type="submit" disabled={save.busy}>
              {s.save}
            </button>
            <button className="btn btn--secondary" type="button" onClick={() => setEditing(null)}>
              {s.cancel}
            </button>
          </div>
        </form>
      )}
      {!editing && <FormAlert error={save.error} />}
      <FormAlert error={load.error} />
      {items && items.length === 0 && !q && offset === 0 ? (
        <EmptyState
          action={
            canWrite &&
            editing !== 'new' && (
              <button className="btn btn--secondary btn--small" type="button" onClick={() => open('new')}>
                {s.add}
              </button>
            )
          }
        />
      ) : (
        items && (
          <>
            <div className="table-wrap">
              <table className="table table--zebra">
                <caption className="visually-hidden">{config[lang]}</caption>
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th key={c.key} scope="col" className={c.kind === 'int' ? 'num' : undefined}>
                        {c[lang]}
                      </th>
                    ))}
                    {extra && <th scope="col">{extra[lang]}</th>}
                    {canWrite && (
                      <th scope="col" className="col-actions">
                        {s.actions}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {items.length === 0 && (
                    <tr>
                      <td colSpan={colCount}>{s.empty}</td>
                    </tr>
                  )}
                  {items.map((it) => (
                    <tr key={it.id}>
                      {columns.map((c) => (
                        <td key={c.key} className={c.kind === 'int' ? 'num' : undefined}>
                          {cell(c, it, lang)}
                        </td>
                      ))}
                      {extra && <td>{extra.render(it, reload)}</td>}
                      {canWrite && (
                        <td className="col-actions">
                          <button
                            className="btn btn--text btn--small"
                            type="button"
                            aria-label={`${s.edit}: ${String(it[nameKey] ?? '')}`}
                            onClick={() => open(it)}
                          >
                            {s.edit}
                          </button>
                          <button
                            className="btn btn--danger-text btn--small"
                            type="button"
                            aria-label={`${s.delete}: ${String(it[nameKey] ?? '')}`}
                            onClick={() => void remove(it.id)}
                          >
                            {s.delete}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="pager">
              <span>{s.count(total)}</span>
              {offset > 0 && (
                <button
                  className="btn btn--text btn--small"
                  type="button"
                  onClick={() => setOffset(Math.max(0, offset - PAGE))}
                >
                  {s.prev}
                </button>
              )}
              {offset + PAGE < total && (
                <button
                  className="btn btn--text btn--small"
                  type="button"
                  onClick={() => setOffset(offset + PAGE)}
                >
                  {s.next}
                </button>
              )}
            </p>
          </>
        )
      )}
    </section>
  );
}

/** What an edit changed: only the fields whose value differs; a cleared field is sent as null. */
function changes(
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

/** Sends a PATCH (kept for screens that import it; the shared client has `api.patch`). */
export const patch = (url: string, body: unknown) => api.patch(url, body);

function clean(fields: RegisterField[], draft: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = draft[f.key];
    if (v === undefined || v === '') continue;
    out[f.key] = v;
  }
  return out;
}

/** Today in Japan as YYYY-MM-DD. */
function todayJst(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

/** Certifications with their expiry; an expired one (or one within 90 days) is marked. */
function certsCell(v: unknown, lang: 'ja' | 'en'): React.ReactNode {
  const s = textsFor(registerPanelTexts, lang);
  const certs = Array.isArray(v)
    ? (v as { kind: string; number?: string | null; expiresOn?: string | null }[])
    : [];
  if (!certs.length) return '—';
  const today = todayJst();
  const soon = new Date(Date.now() + 90 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
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
            {c.expiresOn && <span className="cell-sub">{s.until(formatDate(c.expiresOn, lang))}</span>}
            {expired && <span className="chip chip--danger">{s.expired}</span>}
            {near && <span className="chip chip--warning">{s.expiresSoon}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function cell(f: RegisterField, it: Item, lang: 'ja' | 'en'): React.ReactNode {
  const v = it[f.display ?? f.key];
  if (f.kind === 'certs') return certsCell(v, lang);
  if (v === null || v === undefined || v === '') return '—';
  if (f.kind === 'int' && typeof v === 'number') return v.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
  if (f.kind === 'bool') return v ? (lang === 'ja' ? 'あり' : 'Yes') : lang === 'ja' ? 'なし' : 'No';
  if (f.kind === 'date') return formatDate(String(v), lang);
  if (f.kind === 'select' && f.options?.[String(v)]) return f.options[String(v)][lang === 'ja' ? 0 : 1];
  if (Array.isArray(v)) return v.join('、');
  return String(v);
}
