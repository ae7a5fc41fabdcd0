import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useT } from '../../i18n/index.tsx';
import { AreaField, type Named, SelectField } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { auditsApi, type NewFinding, planPath } from './api.ts';

const options = (items: Named[]) => [
  { value: '', label: '—' },
  ...items.map((u) => ({ value: u.id, label: u.name })),
];

/** Appoint one more auditor (the server checks independence). */
export function AddAuditor({ planId, people }: { planId: string; people: Named[] }) {
  const x = useT(assuranceTexts);
  const [userId, setUserId] = useState('');
  const [lead, setLead] = useState(false);
  const add = useMutate(() => auditsApi.addAuditor(planId, userId, lead), {
    invalidate: [planPath(planId)],
    onDone: () => setUserId(''),
  });
  return (
    <form
      className="form as-box"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add.run();
      }}
    >
      <FormAlert error={add.error} />
      <SelectField
        id="auditor-userId"
        label={x.addAuditor}
        value={userId}
        onChange={setUserId}
        error={add.field('userId')}
        options={options(people)}
      />
      <label className="as-check">
        <input type="checkbox" checked={lead} onChange={(e) => setLead(e.target.checked)} />
        {x.lead_}
      </label>
      <div className="actions">
        <button type="submit" className="btn btn--secondary btn--small" disabled={add.busy || !userId}>
          {x.addAuditor}
        </button>
      </div>
    </form>
  );
}

const EMPTY = {
  severity: 'medium',
  clausePath: '',
  unitId: '',
  systemId: '',
  title: '',
  detail: '',
  dueOn: '',
};

/** Record a finding: severity, clause, unit or system, due date, title and detail. */
export function AddFinding({ planId, units, systems }: { planId: string; units: Named[]; systems: Named[] }) {
  const x = useT(assuranceTexts);
  const [f, setF] = useState(EMPTY);
  const set = (k: keyof typeof f) => (v: string) => setF((s) => ({ ...s, [k]: v }));
  const add = useMutate((body: NewFinding) => auditsApi.addFinding(planId, body), {
    invalidate: [planPath(planId)],
    onDone: () => setF(EMPTY),
  });
  const { field } = add;
  return (
    <form
      className="form as-box"
      noValidate
      aria-labelledby="finding-add"
      onSubmit={(e) => {
        e.preventDefault();
        void add.run({
          severity: f.severity,
          clausePath: f.clausePath || undefined,
          unitId: f.unitId || undefined,
          systemId: f.systemId || undefined,
          title: f.title,
          detail: f.detail,
          dueOn: f.dueOn || undefined,
        });
      }}
    >
      <h3 id="finding-add">{x.addFinding}</h3>
      <FormAlert error={add.error} />
      <div className="as-grid">
        <SelectField
          id="finding-severity"
          label={x.severity}
          value={f.severity}
          onChange={set('severity')}
          options={['high', 'medium', 'low', 'observation'].map((k) => ({
            value: k,
            label: x.severities[k],
          }))}
        />
        <TextField
          id="finding-clausePath"
          label={x.clause}
          value={f.clausePath}
          onChange={(e) => set('clausePath')(e.target.value)}
          error={field('clausePath')}
        />
        <SelectField
          id="finding-unitId"
          label={x.unit}
          value={f.unitId}
          onChange={set('unitId')}
          error={field('unitId')}
          options={options(units)}
        />
        {systems.length > 0 && (
          <SelectField
            id="finding-systemId"
            label={x.scopeSystems}
            value={f.systemId}
            onChange={set('systemId')}
            options={options(systems)}
          />
        )}
        <DateField
          id="finding-dueOn"
          label={x.dueOn}
          value={f.dueOn}
          onChange={set('dueOn')}
          error={field('dueOn')}
        />
      </div>
      <TextField
        id="finding-title"
        label={x.title_}
        value={f.title}
        onChange={(e) => set('title')(e.target.value)}
        error={field('title')}
        required
      />
      <AreaField
        id="finding-detail"
        label={x.detail}
        value={f.detail}
        onChange={set('detail')}
        error={field('detail')}
        required
      />
      <div className="actions">
        <button type="submit" className="btn btn--secondary" disabled={add.busy}>
          {x.addFinding}
        </button>
      </div>
    </form>
  );
}
