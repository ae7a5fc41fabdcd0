import { useState } from 'react';
import { api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { personOptions } from '../../components/Pickers.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { AreaField, isoDay, Part, SelectField, useDay, useFormState } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import type { Campaign, Measure, Person } from './campaign-types.ts';

/** Improvement measures of a campaign: each with its owner and due date, added and closed here. */
export function Measures({
  c,
  people,
  canManage,
  personName,
  reload,
}: {
  c: Campaign;
  people: Person[];
  canManage: boolean;
  personName(id: string): string;
  reload(): Promise<void>;
}) {
  const x = useText();
  const add = useAction();
  const form = useFormState('measure', { title: '', itemId: '', ownerUserId: '', dueOn: isoDay(60) });
  const { values: f, setValues: setF, set } = form;
  return (
    <Part id="cmp-measures" title={x.measures}>
      {c.measures.length === 0 && <p>{x.none}</p>}
      <ul className="link-list">
        {c.measures.map((m) => (
          <MeasureRow
            key={m.id}
            m={m}
            c={c}
            canManage={canManage}
            owner={personName(m.ownerUserId)}
            reload={reload}
          />
        ))}
      </ul>
      {canManage && (
        <form
          className="form as-box"
          aria-labelledby="measure-add"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add.run(async () => {
              await api.post(`/api/assessment/campaigns/${c.id}/measures`, {
                title: f.title,
                itemId: f.itemId || undefined,
                ownerUserId: f.ownerUserId,
                dueOn: f.dueOn,
              });
              setF({ ...f, title: '', itemId: '' });
              await reload();
            });
          }}
        >
          <h3 id="measure-add">{x.addMeasure}</h3>
          <FormAlert error={add.error} />
          <TextField {...form.text('title', add.field)} label={x.measure} required />
          <SelectField
            id="measure-item"
            label={x.relatedItem}
            value={f.itemId}
            onChange={set('itemId')}
            options={[
              { value: '', label: '—' },
              ...c.items.map((i) => ({ value: i.id, label: `${i.seq}. ${i.question.slice(0, 60)}` })),
            ]}
          />
          <div className="as-grid">
            <SelectField
              id="measure-owner"
              label={x.owner}
              value={f.ownerUserId}
              onChange={set('ownerUserId')}
              error={add.field('ownerUserId')}
              required
              options={[{ value: '', label: '—' }, ...personOptions(people)]}
            />
            <DateField
              id="measure-due"
              label={x.dueOn}
              value={f.dueOn}
              onChange={set('dueOn')}
              error={add.field('dueOn')}
              required
            />
          </div>
          <SubmitRow label={x.addMeasure} busy={add.busy} secondary />
        </form>
      )}
    </Part>
  );
}

function MeasureRow({
  m,
  c,
  canManage,
  owner,
  reload,
}: {
  m: Measure;
  c: Campaign;
  canManage: boolean;
  owner: string;
  reload(): Promise<void>;
}) {
  const x = useText();
  const day = useDay();
  const { error, busy, run, field } = useAction();
  const [result, setResult] = useState('');
  const item = c.items.find((i) => i.id === m.itemId);
  return (
    <li className="as-item">
      <p className="as-item__q">
        {m.title}{' '}
        <span className={m.status === 'closed' ? 'tag tag--ok' : 'tag'}>
          {x.measureStatus[m.status] ?? m.status}
        </span>
      </p>
      <p className="as-item__meta">
        {x.owner}: {owner}・{x.dueOn}: {day(m.dueOn)}
        {item ? `・${x.relatedItem}: ${item.seq}. ${item.question.slice(0, 40)}` : ''}
      </p>
      {m.result && (
        <p>
          {x.measureResult}: {m.result}
        </p>
      )}
      {canManage && m.status === 'open' && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await api.post(`/api/assessment/measures/${m.id}/close`, { result });
              await reload();
            });
          }}
        >
          <FormAlert error={error} />
          <AreaField
            id={`measure-${m.id}-result`}
            label={`${x.measureResult}（${m.title}）`}
            value={result}
            onChange={setResult}
            error={field('result')}
            required
            rows={2}
          />
          <button type="submit" className="btn btn--secondary btn--small" disabled={busy}>
            {x.closeMeasure}
          </button>
        </form>
      )}
    </li>
  );
}
