import { useMutate } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useT } from '../../i18n/index.tsx';
import { AreaField, type Named, SelectField, useFormState } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { auditsApi, type NewFinding, planPath } from './api.ts';

const options = (items: Named[]) => [
  { value: '', label: '—' },
  ...items.map((u) => ({ value: u.id, label: u.name })),
];

/** Appoint one more auditor (the server checks independence). */
export function AddAuditor({ planId, people }: { planId: string; people: Named[] }) {
  const x = useT(assuranceTexts);
  const form = useFormState('auditor', { userId: '', lead: false });
  const { userId, lead } = form.values;
  const add = useMutate(() => auditsApi.addAuditor(planId, userId, lead), {
    invalidate: [planPath(planId)],
    onDone: () => form.set('userId')(''),
  });
  return (
    <Form onSend={() => void add.run()} error={add.error} className="form as-box" noValidate>
      <SelectField label={x.addAuditor} {...form.pick('userId', add.field)} options={options(people)} />
      <label className="as-check">
        <input type="checkbox" {...form.check('lead')} onChange={(e) => form.set('lead')(e.target.checked)} />
        {x.lead_}
      </label>
      <div className="actions">
        <button type="submit" className="btn btn--secondary btn--small" disabled={add.busy || !userId}>
          {x.addAuditor}
        </button>
      </div>
    </Form>
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
  const form = useFormState('finding', EMPTY);
  const { values: f, setValues: setF } = form;
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
          {...form.pick('severity')}
          label={x.severity}
          options={['high', 'medium', 'low', 'observation'].map((k) => ({
            value: k,
            label: x.severities[k],
          }))}
        />
        <TextField {...form.text('clausePath', field)} label={x.clause} />
        <SelectField {...form.pick('unitId', field)} label={x.unit} options={options(units)} />
        {systems.length > 0 && (
          <SelectField {...form.pick('systemId')} label={x.scopeSystems} options={options(systems)} />
        )}
        <DateField {...form.pick('dueOn', field)} label={x.dueOn} />
      </div>
      <TextField {...form.text('title', field)} label={x.title_} required />
      <AreaField {...form.pick('detail', field)} label={x.detail} required />
      <SubmitRow label={x.addFinding} busy={add.busy} secondary />
    </form>
  );
}
