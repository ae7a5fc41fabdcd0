import { useData } from '../../api/query.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Frame } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { MineCampaign } from './MineCampaign.tsx';
import { MINE, type Mine } from './mine-api.ts';
import { draftPath, draftsById, type ServerDraft } from './mine-drafts.ts';

/** One campaign's items, opened with the draft the server keeps of them. */
function CampaignWithDraft({ items }: { items: Mine[] }) {
  const draft = useData<ServerDraft>(draftPath(items[0].campaignId));
  return <Loaded query={draft}>{(d) => <MineCampaign items={items} drafts={draftsById(d)} />}</Loaded>;
}

/** 自分の点検項目: every open campaign's items, answered in one go and saved at once, evidence beside each. */
export default function MyItems() {
  const x = useText();
  const q = useData<Mine[]>(MINE);
  return (
    <Frame title={x.mine} lead={x.mineLead}>
      <Loaded query={q}>
        {(items) => (
          <>
            {items.length === 0 && <p>{x.none}</p>}
            {[...new Set(items.map((i) => i.campaignId))].map((cid) => (
              <CampaignWithDraft key={cid} items={items.filter((i) => i.campaignId === cid)} />
            ))}
          </>
        )}
      </Loaded>
    </Frame>
  );
}
