import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { PersonField, UnitField } from '../../components/Pickers.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDate } from '../../lib/date.ts';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, orNull, SelectField } from './parts.tsx';

interface Outcome {
  applied: boolean;
  endedAssignments: string[];
  toReturn: { name: string; label?: string; items: string[] }[];
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

const TRANSFERS = '/api/org/transfers';

/** Transfers and retirements (R-E8, R-F13): record one, see what ended and what must be returned. */
export default function Transfers() {
  const x = useT(orgTexts);
  const rows = useData<{ items: Row[] }>(TRANSFERS).data?.items ?? [];
  const form = useFormState('tr', {
    userId: '',
    kind: 'transfer',
    effectiveOn: '',
    toUnitId: '',
    newPost: '',
  });
  const v = form.values;
  const [last, setLast] = useState<Outcome | null>(null);
  const save = useMutate(
    () =>
      orgApi.post<{ outcome: Outcome }>(TRANSFERS, {
        userId: v.userId,
        kind: v.kind,
        effectiveOn: v.effectiveOn,
        toUnitId: v.toUnitId || null,
        newPost: orNull(v.newPost),
      }),
    { invalidate: [TRANSFERS, '/api/org/people'], onDone: (r) => setLast(r.outcome) },
  );
  const { field } = save;
  const outcomeView = (o: Outcome) => (
    <>
      {o.endedAssignments.length > 0 && (
        <p>
          {x.endedRoles}: {o.endedAssignments.join('、')}
        </p>
      )}
      {o.toReturn.map((s) => (
        <div key={s.name}>
          <strong>{x.offboarding[s.name] ?? s.label ?? s.name}</strong>
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
      <Form
        onSend={() => void save.run()}
        error={save.error}
        idPrefix="tr"
        labels={{
          userId: x.displayName,
          effectiveOn: x.effectiveOn,
          toUnitId: x.toUnit,
          newPost: x.newPost,
        }}
      >
        <PersonField label={x.displayName} required {...form.pick('userId', field)} />
        <SelectField
          label={x.tabs.transfers}
          {...form.text('kind')}
          options={[
            { value: 'transfer', label: x.kindTransfer },
            { value: 'retirement', label: x.kindRetirement },
          ]}
        />
        <DateField label={x.effectiveOn} required {...form.pick('effectiveOn', field)} />
        {v.kind === 'transfer' && (
          <>
            <UnitField label={x.toUnit} {...form.pick('toUnitId', field)} />
            <TextField label={x.newPost} {...form.text('newPost', field)} />
          </>
        )}
        <SubmitRow label={x.record} busy={save.busy} />
      </Form>
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
        label={x.tabs.transfers}
        initialSort={{ key: 'effectiveOn', desc: true }}
        empty={<p>{x.none}</p>}
      />
    </OrgFrame>
  );
}
