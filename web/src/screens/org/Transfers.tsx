import { useCallback, useEffect, useState } from 'react';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDate } from '../../lib/date.ts';
import { loadUnitOptions, orgApi, type Person } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, orNull, SelectField } from './parts.tsx';

interface Outcome {
  applied: boolean;
  endedAssignments: string[];
  toReturn: { name: string; label: string; items: string[] }[];
}
interface Row {
  id: string;
  displayName: string;
  kind: string;
  effectiveOn: string;
  newPost: string | null;
  appliedAt: string | null;
  outcome: Outcome | null;
}

/** Transfers and retirements (R-E8, R-F13): record one, see what ended and what must be returned. */
export default function Transfers() {
  const x = useT(orgTexts);
  const [rows, setRows] = useState<Row[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [units, setUnits] = useState<{ id: string; label: string }[]>([]);
  const [v, setV] = useState({ userId: '', kind: 'transfer', effectiveOn: '', toUnitId: '', newPost: '' });
  const [last, setLast] = useState<Outcome | null>(null);
  const { error, busy, run, field } = useAction();
  const load = useCallback(
    () => orgApi.get<{ items: Row[] }>('/api/org/transfers').then((r) => setRows(r.items)),
    [],
  );
  useEffect(() => {
    load();
    orgApi.get<{ items: Person[] }>('/api/org/people?status=active').then((r) => setPeople(r.items));
    loadUnitOptions().then(setUnits);
  }, [load]);
  const outcomeView = (o: Outcome) => (
    <>
      {o.endedAssignments.length > 0 && (
        <p>
          {x.endedRoles}: {o.endedAssignments.join('、')}
        </p>
      )}
      {o.toReturn.map((s) => (
        <div key={s.name}>
          <strong>{s.label}</strong>
          <ul>
            {s.items.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
  return (
    <OrgFrame>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            const r = await orgApi.post<{ outcome: Outcome }>('/api/org/transfers', {
              userId: v.userId,
              kind: v.kind,
              effectiveOn: v.effectiveOn,
              toUnitId: v.toUnitId || null,
              newPost: orNull(v.newPost),
            });
            setLast(r.outcome);
            await load();
          });
        }}
      >
        <FormAlert
          error={error}
          idPrefix="tr"
          labels={{
            userId: x.displayName,
            effectiveOn: x.effectiveOn,
            toUnitId: x.toUnit,
            newPost: x.newPost,
          }}
        />
        <SelectField
          id="tr-userId"
          label={x.displayName}
          value={v.userId}
          onChange={(e) => setV({ ...v, userId: e.target.value })}
          required
          error={field('userId')}
        >
          <option value="">—</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}（{p.unitName ?? '—'}）
            </option>
          ))}
        </SelectField>
        <SelectField
          id="tr-kind"
          label={x.tabs.transfers}
          value={v.kind}
          onChange={(e) => setV({ ...v, kind: e.target.value })}
        >
          <option value="transfer">{x.kindTransfer}</option>
          <option value="retirement">{x.kindRetirement}</option>
        </SelectField>
        <TextField
          id="tr-effectiveOn"
          type="date"
          label={x.effectiveOn}
          value={v.effectiveOn}
          onChange={(e) => setV({ ...v, effectiveOn: e.target.value })}
          required
          error={field('effectiveOn')}
        />
        {v.kind === 'transfer' && (
          <>
            <SelectField
              id="tr-toUnitId"
              label={x.toUnit}
              value={v.toUnitId}
              onChange={(e) => setV({ ...v, toUnitId: e.target.value })}
              error={field('toUnitId')}
            >
              <option value="">—</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </SelectField>
            <TextField
              id="tr-newPost"
              label={x.newPost}
              value={v.newPost}
              onChange={(e) => setV({ ...v, newPost: e.target.value })}
              error={field('newPost')}
            />
          </>
        )}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {x.record}
        </button>
      </form>
      {last && (
        <section className="alert alert--info" aria-labelledby="tr-last">
          <h2 id="tr-last">
            {last.applied ? x.applied : x.pending} — {x.toReturn}
          </h2>
          {outcomeView(last)}
        </section>
      )}
      <DataTable
        rows={rows}
        columns={[
          { key: 'displayName', header: x.displayName },
          {
            key: 'kind',
            header: x.tabs.transfers,
            value: (r) =>
              r.kind === 'retirement'
                ? x.kindRetirement
                : `${x.kindTransfer}${r.newPost ? `（${r.newPost}）` : ''}`,
          },
          { key: 'effectiveOn', header: x.effectiveOn, cell: (r) => formatWarekiDate(r.effectiveOn) },
          { key: 'appliedAt', header: x.status, value: (r) => (r.appliedAt ? x.applied : x.pending) },
          {
            key: 'outcome',
            header: x.toReturn,
            sortable: false,
            cell: (r) => (r.outcome ? outcomeView(r.outcome) : '—'),
          },
        ]}
        rowKey={(r) => r.id}
        caption={x.tabs.transfers}
        captionHidden
        initialSort={{ key: 'effectiveOn', desc: true }}
        empty={<p>{x.none}</p>}
      />
    </OrgFrame>
  );
}
