import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { useConfirm } from '../../components/Dialog.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { Frame, useDay } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { AddItem } from './AddItem.tsx';
import { ItemRow } from './CampaignItemRow.tsx';
import { Measures } from './CampaignMeasures.tsx';
import { Publish } from './CampaignPublish.tsx';
import { ResultsView } from './CampaignResults.tsx';
import type { Campaign, Item, Person, Results, Role } from './campaign-types.ts';
import { closeTexts } from './close-texts.ts';

/** One campaign: items by policy area (editable in draft), launch, results, measures, publication. */
export default function CampaignDetail({ params }: ScreenProps) {
  const path = `/api/assessment/campaigns/${params.id}`;
  const campaign = useData<Campaign>(path);
  // A refusal or a missing campaign is said in words (Loaded), never an endless 読み込み中.
  return <Loaded query={campaign}>{(c) => <CampaignView c={c} reloadCampaign={campaign.refetch} />}</Loaded>;
}

function CampaignView({ c, reloadCampaign }: { c: Campaign; reloadCampaign: () => Promise<unknown> }) {
  const x = useText();
  const day = useDay();
  const has = useCan();
  const canManage = has('assessment.manage');
  const resultsPath = c.status !== 'draft' ? `/api/assessment/campaigns/${c.id}/results` : null;
  const resultsQuery = useData<Results>(resultsPath);
  const results = resultsQuery.data ?? null;
  const people = useData<{ items: Person[] }>('/api/org/people').data?.items ?? [];
  const roles = useData<{ items: Role[] }>('/api/org/roles').data?.items ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  const ct = useT(closeTexts);
  const load = async () => {
    await reloadCampaign();
    if (resultsPath) await resultsQuery.refetch();
  };
  const groups = new Map<string, Item[]>();
  for (const i of c.items) groups.set(i.area, [...(groups.get(i.area) ?? []), i]);
  const areaName = (a: string) => c.areas?.[a] ?? a;
  const personName = (id: string) => people.find((p) => p.id === id)?.displayName ?? '—';
  const step = (fn: () => Promise<string>) =>
    action.run(async () => {
      setMessage(null);
      const m = await fn();
      await load();
      setMessage(m);
    });
  return (
    <Frame
      title={c.title}
      lead={`${fmt(x.fiscalYearLabel, { year: c.fiscalYear })}・${x.kindShort[c.kind] ?? c.kind}・${fmt(x.itemCount, { n: c.items.length })}${c.dueOn ? `・${x.dueOn} ${day(c.dueOn)}` : ''}`}
    >
      {dialog}
      <p>
        {x.status}: <span className="tag">{x.campaignStatus[c.status] ?? c.status}</span>
      </p>
      <FormAlert error={action.error} />
      <Status message={message} />
      {canManage && (
        <div className="actions as-section">
          {c.status === 'draft' && (
            <button
              type="button"
              className="btn btn--primary"
              disabled={action.busy}
              onClick={() =>
                void step(async () => {
                  const r = await api.post<{ respondents: number; responses: number }>(
                    `/api/assessment/campaigns/${c.id}/launch`,
                  );
                  return fmt(x.launched, { responses: r.responses, notified: r.respondents });
                })
              }
            >
              {x.launch}
            </button>
          )}
          {c.status === 'open' && (
            <button
              type="button"
              className="btn btn--secondary"
              disabled={action.busy}
              onClick={async () => {
                const total = results?.overall?.total ?? 0;
                const missing = total - (results?.overall?.answered ?? 0);
                const ok = await confirm(ct.confirm, {
                  detail: fmt(missing ? ct.missing : ct.allIn, { total, missing }),
                  confirmLabel: x.close,
                  danger: missing > 0,
                });
                if (!ok) return;
                void step(async () => {
                  await api.post(`/api/assessment/campaigns/${c.id}/close`);
                  return x.closed;
                });
              }}
            >
              {x.close}
            </button>
          )}
        </div>
      )}

      {results && <ResultsView results={results} />}

      {c.status !== 'draft' && (
        <Measures c={c} people={people} canManage={canManage} personName={personName} reload={load} />
      )}

      {c.status !== 'draft' && <Publish c={c} canManage={canManage} reload={load} />}

      <section aria-labelledby="cmp-items" className="as-section">
        <h2 id="cmp-items">
          {x.items}（{fmt(x.itemCount, { n: c.items.length })}）
        </h2>
        {[...groups.entries()].map(([area, items]) => (
          <details key={area} className="as-box" open={groups.size <= 3}>
            <summary>
              <strong>{areaName(area)}</strong>（{items.length}）
            </summary>
            <ul className="link-list">
              {items.map((i) => (
                <ItemRow
                  key={i.id}
                  item={i}
                  c={c}
                  roles={roles}
                  editable={canManage && c.status === 'draft'}
                  reload={load}
                />
              ))}
            </ul>
          </details>
        ))}
        {canManage && c.status === 'draft' && <AddItem c={c} roles={roles} reload={load} />}
      </section>
    </Frame>
  );
}
