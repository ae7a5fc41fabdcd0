import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { levelText } from '../../lib/levels.ts';
import type { Scheme } from '../assets/api.ts';
import { schemeTexts } from './texts.ts';

export interface Remap {
  id: string;
  asset_no: string;
  name: string;
  old_level_id: string;
  proposed_level_id: string | null;
  confirmed_level_id: string | null;
}

export const CLASSIFICATION = '/api/classification';

/** One asset's new level: proposed by the rules, confirmed by a person. */
function RemapChoice({ r, pending }: { r: Remap; pending: Scheme }) {
  const t = useT(schemeTexts);
  const [levelId, setLevelId] = useState(r.confirmed_level_id ?? r.proposed_level_id ?? '');
  const confirm = useMutate(() => api.post(`${CLASSIFICATION}/remaps/${r.id}/confirm`, { levelId }), {
    invalidate: [CLASSIFICATION],
  });
  return (
    <>
      <FormAlert error={confirm.error} />
      <select
        aria-label={`${r.asset_no} ${t.level}`}
        value={levelId}
        onChange={(e) => setLevelId(e.target.value)}
      >
        <option value="">—</option>
        {pending.axes.flatMap((a) =>
          a.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {levelText(a.name, l.label)}
            </option>
          )),
        )}
      </select>{' '}
      {r.confirmed_level_id ? (
        <span>✓</span>
      ) : (
        <button type="button" className="btn" disabled={confirm.busy} onClick={() => void confirm.run()}>
          {t.confirm}
        </button>
      )}
    </>
  );
}

/** The re-map review of a pending version: each asset's level in the new scheme, then activation. */
export function RemapReview({ active, pending }: { active: Scheme | null; pending: Scheme }) {
  const t = useT(schemeTexts);
  const remaps = useData<{ items: Remap[] }>(`${CLASSIFICATION}/versions/${pending.versionId}/remaps`);
  const activate = useMutate(() => api.post(`${CLASSIFICATION}/versions/${pending.versionId}/activate`), {
    invalidate: [CLASSIFICATION],
  });
  const labelOf = (id: string | null) =>
    [active, pending].flatMap((s) => s?.axes.flatMap((a) => a.levels) ?? []).find((l) => l.id === id)
      ?.label ?? '—';
  const columns: Column<Remap>[] = [
    { key: 'asset_no', header: t.assetNo },
    { key: 'name', header: t.assetName },
    { key: 'old', header: t.current, value: (r) => labelOf(r.old_level_id) },
    {
      key: 'new',
      header: t.proposed,
      value: (r) => labelOf(r.confirmed_level_id ?? r.proposed_level_id),
      cell: (r) => <RemapChoice r={r} pending={pending} />,
    },
  ];
  return (
    <section aria-labelledby="remap-h">
      <h2 id="remap-h">{t.remap}</h2>
      <FormAlert error={activate.error} />
      <Loaded query={remaps}>{(d) => <DataTable rows={d.items} columns={columns} label={t.remap} />}</Loaded>
      <ActionButton action={activate} label={t.activate} />
    </section>
  );
}
