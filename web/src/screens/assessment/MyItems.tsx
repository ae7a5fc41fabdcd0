import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Frame } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { MineCampaign } from './MineCampaign.tsx';
import { getMine, type Mine } from './mine-api.ts';

/** 自分の点検項目: every open campaign's items, answered in one go and saved at once, evidence beside each. */
export default function MyItems() {
  const x = useText();
  const [items, setItems] = useState<Mine[] | null>(null);
  const [failed, setFailed] = useState<ApiError | null>(null);
  useEffect(() => {
    getMine()
      .then(setItems)
      .catch((e: ApiError) => setFailed(e));
  }, []);
  if (failed) return <LoadFailed error={failed} />;
  if (!items) return <Loading />;
  const campaigns = [...new Set(items.map((i) => i.campaignId))];
  return (
    <Frame title={x.mine} lead={x.mineLead}>
      {items.length === 0 && <p>{x.none}</p>}
      {campaigns.map((cid) => (
        <MineCampaign key={cid} items={items.filter((i) => i.campaignId === cid)} />
      ))}
    </Frame>
  );
}
