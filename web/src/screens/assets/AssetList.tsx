import { useState } from 'react';
import { query } from '../../api/client.ts';
import { useData, useDataPages, useDebounced } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { LinkButton } from '../../components/Button.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/index.tsx';
import { levelText } from '../../lib/levels.ts';
import { SjisDownload } from '../exports/SjisDownload.tsx';
import { useRegisterTabs } from '../registers/tabs.ts';
import type { Asset, Scheme } from './api.ts';
import { assetTexts } from './i18n.ts';

type Filters = { q: string; kind: string; status: string; levelId: string; personal: string };

/** The register: filters (asked of the server once typing pauses), sorting, keyset paging, export and import. */
export default function AssetList() {
  const a = useT(assetTexts);
  const [f, setF] = useState<Filters>({ q: '', kind: '', status: '', levelId: '', personal: '' });
  const settled = useDebounced(f);
  const scheme = useData<{ active: Scheme | null }>('/api/classification').data?.active;
  const { query: list, items, more } = useDataPages<Asset>(`/api/assets${query(settled)}`);
  const set = (k: keyof Filters) => (e: { target: { value: string } }) =>
    setF((x) => ({ ...x, [k]: e.target.value }));
  const columns: Column<Asset>[] = [
    {
      key: 'assetNo',
      header: a.assetNo,
      cell: (i) => <Link href={`/registers/assets/${i.id}`}>{i.assetNo}</Link>,
    },
    { key: 'name', header: a.name },
    { key: 'kind', header: a.kind, value: (i) => a.kinds[i.kind as keyof typeof a.kinds] ?? i.kind },
    { key: 'label', header: a.cls },
    {
      key: 'computed',
      header: a.computed,
      value: (i) => (i.computedLabel !== i.label ? i.computedLabel : ''),
    },
    {
      key: 'status',
      header: a.status,
      value: (i) => a.statuses[i.status as keyof typeof a.statuses] ?? i.status,
    },
  ];
  const select = (k: keyof Filters, label: string, options: [string, string][]) => (
    <label>
      {label}{' '}
      <select value={f[k]} onChange={set(k)}>
        <option value="">{a.any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <AreaFrame
      {...useRegisterTabs()}
      title={a.title}
      lead={a.lead}
      actions={
        <>
          <LinkButton kind="primary" href="/registers/assets/new">
            {a.add}
          </LinkButton>
          <LinkButton href="/registers/assets/import">{a.import}</LinkButton>
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
          <LinkButton href={`/registers/assets/labels?ids=${(items ?? []).map((i) => i.id).join(',')}`}>
            {a.labels}
          </LinkButton>
        </>
      }
    >
      <form className="filters" aria-label={a.search} onSubmit={(e) => e.preventDefault()}>
        <label>
          {a.search} <input type="search" value={f.q} onChange={set('q')} />
        </label>
        {select('kind', a.kind, Object.entries(a.kinds))}
        {select('status', a.status, Object.entries(a.statuses))}
        {select(
          'levelId',
          a.level,
          (scheme?.axes ?? []).flatMap((x) =>
            x.levels.map((l): [string, string] => [l.id, levelText(x.name, l.label)]),
          ),
        )}
        {select('personal', a.personal, [
          ['1', '○'],
          ['0', '×'],
        ])}
      </form>
      {list.error && <LoadFailed error={list.error} onRetry={() => void list.refetch()} />}
      {items ? (
        <DataTable rows={items} columns={columns} label={a.title} empty={<p>{a.empty}</p>} more={more} />
      ) : (
        !list.error && <Loading />
      )}
    </AreaFrame>
  );
}
