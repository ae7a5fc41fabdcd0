import { useState } from 'react';
import { useData } from '../../api/query.ts';
import { SelectField } from '../../components/Field.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { minePath, type RequestSummary } from './api.ts';
import { requestTexts } from './i18n.ts';
import { RequestList } from './RequestList.tsx';
import { RequestsFrame } from './RequestsFrame.tsx';

/** The caller's own requests, newest first, filtered by status. */
export default function MyRequests() {
  const x = useT(requestTexts);
  const [status, setStatus] = useState('');
  const mine = useData<{ items: RequestSummary[] }>(minePath(status), { keepPrevious: true });
  return (
    <RequestsFrame title={x.mine}>
      <SelectField
        id="rq-status"
        label={x.statusFilter}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        placeholder={x.any}
        options={Object.entries(x.status).map(([value, label]) => ({ value, label }))}
      />
      <Loaded query={mine}>{(r) => <RequestList items={r.items} label={x.mine} />}</Loaded>
    </RequestsFrame>
  );
}
