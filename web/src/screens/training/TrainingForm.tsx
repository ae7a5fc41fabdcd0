import { useMutate } from '../../api/query.ts';
import { navigate } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useT } from '../../i18n/index.tsx';
import { AreaField, fiscalYearNow, SelectField, useFormState, useOrgLists } from '../dashboard/kit.tsx';
import { TickList, useTicks } from '../dashboard/TickList.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { TRAINING, trainingApi } from './api.ts';

/** The form that creates a training plan, for the whole body or chosen units; opens the new plan. */
export function TrainingForm() {
  const x = useT(assuranceTexts);
  const { units } = useOrgLists();
  const form = useFormState('tr', {
    fiscalYear: String(fiscalYearNow()),
    title: '',
    organizer: '',
    audience: 'all',
    clausePath: '',
    description: '',
  });
  const unitIds = useTicks('unitIds');
  const { values: f } = form;
  const create = useMutate(
    () =>
      trainingApi.createPlan({
        fiscalYear: Number(f.fiscalYear),
        title: f.title,
        organizer: f.organizer || undefined,
        audience: f.audience,
        unitIds: f.audience === 'units' ? unitIds.chosen : [],
        clausePath: f.clausePath || undefined,
        description: f.description || undefined,
      }),
    { invalidate: [TRAINING], onDone: ({ id }) => navigate(`/inspections/training/${id}`) },
  );
  const { error, busy, field } = create;
  return (
    <Form
      onSend={() => void create.run()}
      error={error}
      className="form as-box"
      noValidate
      aria-labelledby="tr-new"
    >
      <div className="as-grid">
        <TextField {...form.text('fiscalYear', field)} label={x.fiscalYear} type="number" required />
        <TextField {...form.text('organizer', field)} label={x.organizer} />
        <TextField {...form.text('clausePath', field)} label={x.clause} />
      </div>
      <TextField {...form.text('title', field)} label={x.title_} required />
      <SelectField
        {...form.pick('audience')}
        label={x.audience}
        options={['all', 'units'].map((k) => ({ value: k, label: x.audiences[k] }))}
      />
      {f.audience === 'units' && (
        <TickList legend={x.units} items={units} {...unitIds} error={field('unitIds')} />
      )}
      <AreaField {...form.pick('description')} label={x.description} />
      <SubmitRow label={x.newTraining} busy={busy} />
    </Form>
  );
}
