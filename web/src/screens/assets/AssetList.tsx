import { useCallback, useEffect, useState } from 'react';
import { api, query } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { SjisDownload } from '../exports/SjisDownload.tsx';
import type { Asset, Scheme } from './api.ts';
import { useAssetText } from './i18n.ts';

/** The register: filters, two-character search, keyset paging, export and import. */
export default function AssetList() {
  const a = useAssetText();
  const { error, busy, run } = useAction();
  const [scheme, setScheme] = useState<Scheme | null>(null);
  const [f, setF] = useState({ q: '', kind: '', status: '', levelId: '', personal: '' });
  const [items, setItems] = useState<Asset[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const load = useCallback(
    (more: string | null) =>
      run(async () => {
        const r = await api.get<{ items: Asset[]; nextCursor: string | null }>(
          `/api/assets${query({ ...f, cursor: more })}`,
        );
        setItems((xs) => (more ? [...xs, ...r.items] : r.items));
        setCursor(r.nextCursor);
      }),
    [f, run],
  );
  useEffect(() => {
    void api.get<{ active: Scheme | null }>('/api/classification').then((r) => setScheme(r.active));
  }, []);
  useEffect(() => {
    void load(null);
  }, [load]);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF((x) => ({ ...x, [k]: e.target.value }));
  return (
    <>
      <PageHeading lead={a.lead}>{a.title}</PageHeading>
      <div className="actions">
        <Link className="btn btn--primary" href="/registers/assets/new">
          {a.add}
        </Link>
        <Link className="btn" href="/registers/assets/import">
          {a.import}
        </Link>
        <a className="btn" href="/api/assets/export?format=csv&encoding=utf8" download>
          {a.exportUtf8}
        </a>
        <SjisDownload
          className="btn"
          href="/api/assets/export?format=csv&encoding=sjis"
          utf8Href="/api/assets/export?format=csv&encoding=utf8"
        />
        <a className="btn" href="/api/assets/export?format=xlsx" download>
          {a.exportXlsx}
        </a>
        <Link className="btn" href={`/registers/assets/labels?ids=${items.map((i) => i.id).join(',')}`}>
          {a.labels}
        </Link>
      </div>
      <form
        className="filters"
        aria-label={a.search}
        onSubmit={(e) => {
          e.preventDefault();
          void load(null);
        }}
      >
        <label>
          {a.search} <input type="search" value={f.q} onChange={set('q')} />
        </label>
        <label>
          {a.kind}{' '}
          <select value={f.kind} onChange={set('kind')}>
            <option value="">{a.any}</option>
            {Object.entries(a.kinds).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          {a.status}{' '}
          <select value={f.status} onChange={set('status')}>
            <option value="">{a.any}</option>
            {Object.entries(a.statuses).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          {a.level}{' '}
          <select value={f.levelId} onChange={set('levelId')}>
            <option value="">{a.any}</option>
            {scheme?.axes.flatMap((x) =>
              x.levels.map((l) => <option key={l.id} value={l.id}>{`${x.name} ${l.label}`}</option>),
            )}
          </select>
        </label>
        <label>
          {a.personal}{' '}
          <select value={f.personal} onChange={set('personal')}>
            <option value="">{a.any}</option>
            <option value="1">○</option>
            <option value="0">×</option>
          </select>
        </label>
      </form>
      <FormAlert error={error} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{a.assetNo}</th>
            <th scope="col">{a.name}</th>
            <th scope="col">{a.kind}</th>
            <th scope="col">{a.cls}</th>
            <th scope="col">{a.computed}</th>
            <th scope="col">{a.status}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                <Link href={`/registers/assets/${i.id}`}>{i.assetNo}</Link>
              </td>
              <td>{i.name}</td>
              <td>{a.kinds[i.kind]}</td>
              <td>{i.label}</td>
              <td>{i.computedLabel !== i.label ? i.computedLabel : ''}</td>
              <td>{a.statuses[i.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!items.length && !busy && <p>{a.empty}</p>}
      {cursor && (
        <button type="button" className="btn" disabled={busy} onClick={() => load(cursor)}>
          {a.more}
        </button>
      )}
    </>
  );
}
