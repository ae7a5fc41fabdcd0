import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { useText } from '../dashboard/texts.ts';

interface ReceiptData {
  title: string;
  recipients: { userId: string; displayName: string; readAt: string | null }[];
}

/** Who has read the published results, and when. */
export function Receipts({ campaignId }: { campaignId: string }) {
  const x = useText();
  const { lang } = useI18n();
  const [data, setData] = useState<ReceiptData | null>(null);
  useEffect(() => {
    api
      .get<ReceiptData>(`/api/assessment/campaigns/${campaignId}/receipts`)
      .then(setData)
      .catch(() => setData(null));
  }, [campaignId]);
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
        <ul className="link-list">
          {data.recipients.map((r) => (
            <li key={r.userId}>
              {r.displayName}: {r.readAt ? `${x.read}（${formatDateTime(r.readAt, lang)}）` : x.unread}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
