import { type ReactNode, useState } from 'react';
import { api, query } from '../../api/client.ts';
import { useDataPages, useDebounced, useInvalidate, useMutate } from '../../api/query.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { SjisDownload } from '../exports/SjisDownload.tsx';
import { cell, sortValue } from './cells.tsx';
import { registerPanelTexts } from './i18n.ts';
import { RegisterForm } from './RegisterForm.tsx';
import type { Item, RegisterConfig } from './registerTypes.ts';

interface Props {
  config: RegisterConfig;
  canWrite: boolean;
  /** Extra cells after the configured columns (warnings, checklists). */
  extra?: { ja: string; en: string; render(item: Item, reload: () => void): ReactNode };
}

/** The area's API prefix (`/api/systems`): a change reloads every list and check of the area. */
export const areaOf = (url: string) => url.split('/').slice(0, 3).join('/');

/** One register: search, sortable list with paging, CSV export, and forms to add and edit records. */
export function RegisterPanel({ config, canWrite, extra }: Props) {
  const { lang } = useI18n();
  const s = useT(registerPanelTexts);
  const [q, setQ] = useState('');
  const settled = useDebounced(q);
  /** null: no form; 'new': the add form; an item: its edit form. */
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { confirm, dialog } = useConfirm();
  const invalidate = useInvalidate();
  const area = areaOf(config.url);
  const list = useDataPages<Item>(`${config.url}${query({ q: settled })}`, { pageSize: 100 });
  const remove = useMutate((id: string) => api.delete(`${config.url}/${id}`), { invalidate: [area] });
  const idPrefix = config.url.replace(/\W+/g, '-');
  const nameKey = config.fields[0]?.key;
  const open = (target: Item | 'new') => {
    setDone(null);
    setEditing(target);
  };

  const columns: Column<Item>[] = config.fields
    .filter((f) => f.column)
    .map((f) => ({
      key: f.key,
      header: f[lang],
      numeric: f.kind === 'int',
      value: (it) => sortValue(f, it, lang),
      cell: (it) => cell(f, it, lang),
    }));
  if (extra)
    columns.push({
      key: '_extra',
      header: extra[lang],
      sortable: false,
      cell: (it) => extra.render(it, () => void invalidate(area)),
    });
  if (canWrite)
    columns.push({
      key: '_actions',
      header: s.actions,
      sortable: false,
      cell: (it) => (
        <>
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
            onClick={async () => {
              if (await confirm(s.confirmDelete, { danger: true, confirmLabel: s.delete }))
                void remove.run(it.id);
            }}
          >
            {s.delete}
          </button>
        </>
      ),
    });

  const addButton = (className: string) =>
    canWrite && (
      <button
        className={className}
        type="button"
        onClick={() => (editing === 'new' ? setEditing(null) : open('new'))}
        aria-expanded={editing === 'new'}
        aria-controls={`${idPrefix}-form`}
      >
        {s.add}
      </button>
    );
  return (
    <section aria-labelledby={`${idPrefix}-h`} className="register-panel">
      <div className="register-panel__head">
        <h2 id={`${idPrefix}-h`}>{config[lang]}</h2>
        {addButton('btn btn--primary btn--small')}
      </div>
      <form
        className="toolbar"
        aria-label={`${config[lang]}: ${s.search}`}
        onSubmit={(e) => e.preventDefault()}
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
        <RegisterForm
          key={editing === 'new' ? 'new' : editing.id}
          config={config}
          target={editing}
          idPrefix={idPrefix}
          invalidate={[area]}
          onSaved={() => {
            setEditing(null);
            setDone(s.saved);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <FormAlert error={remove.error} />
      {list.query.error && <LoadFailed error={list.query.error} onRetry={() => void list.query.refetch()} />}
      {list.items && (
        <DataTable
          rows={list.items}
          columns={columns}
          rowKey={(it) => it.id}
          label={config[lang]}
          more={list.more}
          total={list.total}
          empty={
            settled ? (
              <p>{s.empty}</p>
            ) : (
              <EmptyState action={editing !== 'new' && addButton('btn btn--secondary btn--small')} />
            )
          }
        />
      )}
      {dialog}
    </section>
  );
}
