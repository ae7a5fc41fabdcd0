import { useEffect, useState } from 'react';
import { api, query } from '../../api/client.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import type { RequestSummary } from './api.ts';
import { useRequestText } from './i18n.ts';
import { RequestList } from './RequestList.tsx';
import { RequestsNav } from './RequestsNav.tsx';

/** The caller's own requests, newest first, filtered by status. */
export default function MyRequests() {
  const x = useRequestText();
  const [status, setStatus] = useState('');
  const [items, setItems] = useState<RequestSummary[] | null>(null);
  useEffect(() => {
    void api
      .get<{ items: RequestSummary[] }>(`/api/requests/mine${query({ status })}`)
      .then((r) => setItems(r.items));
  }, [status]);
  return (
    <>
      <PageHeading>{x.mine}</PageHeading>
      <RequestsNav />
      <div className="field">
        <label className="field__label" htmlFor="rq-status">
          {x.statusFilter}
        </label>
        <select id="rq-status" className="input" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{x.any}</option>
          {Object.entries(x.status).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </div>
      {items ? <RequestList items={items} label={x.mine} /> : <Loading />}
    </>
  );
}
