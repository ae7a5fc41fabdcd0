import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api, query, request } from '../../api/client.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/date.ts';
import { FieldInput } from './FieldInput.tsx';
import { rt } from './i18n.ts';
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

/** One register: search, sortable list with paging, CSV export and an add form. */
export function RegisterPanel({ config, canWrite, extra, version, onChange }: Props) {
  const { lang } = useI18n();
  const s = rt(lang);
  const [items, setItems] = useState<Item[] | null>(null);
  const [total, setTotal] = useState(0);
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<Record<string, unknown>>({});
  const load = useAction();
  const save = useAction();
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

  function submit(e: FormEvent) {
    e.preventDefault();
    void save.run(async () => {
      await api.post(config.url, clean(config.fields, draft));
      setDraft({});
      setAdding(false);
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
  return (
    <section aria-labelledby={`${idPrefix}-h`} className="register-panel">
      <h2 id={`${idPrefix}-h`}>{config[lang]}</h2>
      <form
        className="toolbar"
        aria-label={s.search}
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          reload();
        }}
      >
        <label htmlFor={`${idPrefix}-q`}>{s.search}</label>
        <input id={`${idPrefix}-q`} className="input" value={q} onChange={(e) => setQ(e.target.value)} />
        <button className="btn btn--secondary btn--small" type="submit">
          {s.search}
        </button>
        <a className="btn btn--text btn--small" href={`${config.url}/export.csv${query({ q })}`}>
          CSV (UTF-8)
        </a>
        <a
          className="btn btn--text btn--small"
          href={`${config.url}/export.csv${query({ q, encoding: 'sjis' })}`}
        >
          CSV (Shift_JIS)
        </a>
        {canWrite && (
          <button
            className="btn btn--primary btn--small"
            type="button"
            onClick={() => setAdding(!adding)}
            aria-expanded={adding}
          >
            {s.add}
          </button>
        )}
      </form>
      {adding && (
        <form className="register-form" onSubmit={submit} noValidate>
          <FormAlert error={save.error} idPrefix={idPrefix} labels={labels} />
          {config.fields.map((f) => (
            <FieldInput
              key={f.key}
              idPrefix={idPrefix}
              field={f}
              value={draft[f.key]}
              error={save.field(f.key)}
              onChange={(v) => setDraft({ ...draft, [f.key]: v })}
            />
          ))}
          <button className="btn btn--primary" type="submit" disabled={save.busy}>
            {s.save}
          </button>
        </form>
      )}
      <FormAlert error={load.error} />
      {items && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{config[lang]}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c[lang]}
                  </th>
                ))}
                {extra && <th scope="col">{extra[lang]}</th>}
                {canWrite && <th scope="col">{s.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {items.length === 0 && (
                <tr>
                  <td colSpan={columns.length + 2}>{s.empty}</td>
                </tr>
              )}
              {items.map((it) => (
                <tr key={it.id}>
                  {columns.map((c) => (
                    <td key={c.key}>{cell(c, it, lang)}</td>
                  ))}
                  {extra && <td>{extra.render(it, reload)}</td>}
                  {canWrite && (
                    <td>
                      <button
                        className="btn btn--danger-text btn--small"
                        type="button"
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
          <p className="pager">
            {s.count(total)}
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
        </div>
      )}
    </section>
  );
}

/** Sends a PATCH (the shared client has get/post/delete only). */
export const patch = (url: string, body: unknown) => request('PATCH', url, body);

function clean(fields: RegisterField[], draft: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = draft[f.key];
    if (v === undefined || v === '') continue;
    out[f.key] = v;
  }
  return out;
}

function cell(f: RegisterField, it: Item, lang: 'ja' | 'en'): React.ReactNode {
  const v = it[f.display ?? f.key];
  if (v === null || v === undefined || v === '') return '—';
  if (f.kind === 'bool') return v ? (lang === 'ja' ? 'あり' : 'Yes') : lang === 'ja' ? 'なし' : 'No';
  if (f.kind === 'date') return formatDate(String(v), lang);
  if (f.kind === 'select' && f.options?.[String(v)]) return f.options[String(v)][lang === 'ja' ? 0 : 1];
  if (Array.isArray(v)) return v.join('、');
  return String(v);
}
