import { useData } from '../../api/query.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { fmt } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { useText } from '../dashboard/texts.ts';

interface ReceiptData {
  title: string;
  recipients: { userId: string; displayName: string; readAt: string | null }[];
}

/** Who has read the published results, and when. */
export function Receipts({ campaignId }: { campaignId: string }) {
  const x = useText();
  const f = useFormat();
  const data = useData<ReceiptData>(`/api/assessment/campaigns/${campaignId}/receipts`).data;
  if (!data) return null;
  const read = data.recipients.filter((r) => r.readAt).length;
  return (
    <div className="as-box">
      <h3>{x.receipts}</h3>
      <p>
        「{data.title}」 {fmt(x.readCount, { read, total: data.recipients.length })}
      </p>
      <details>
        <summary>{x.receipts}</summary>
        <DataTable
          rows={data.recipients}
          rowKey={(r) => r.userId}
          label={x.receipts}
          filter
          columns={[
            { key: 'displayName', header: x.recipient },
            {
              key: 'readAt',
              header: x.readState,
              value: (r) => r.readAt ?? '',
              cell: (r) => (r.readAt ? `${x.read}（${f.dateTime(r.readAt)}）` : x.unread),
            },
          ]}
        />
      </details>
    </div>
  );
}
