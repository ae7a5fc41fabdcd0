import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { navigate } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useT } from '../../i18n/index.tsx';
import { AreaField, fiscalYearNow, SelectField, useOrgLists } from '../dashboard/kit.tsx';
import { TickList } from '../dashboard/TickList.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { TRAINING, trainingApi } from './api.ts';

/** The form that creates a training plan, for the whole body or chosen units; opens the new plan. */
export function TrainingForm() {
  const x = useT(assuranceTexts);
  const { units } = useOrgLists();
  const [f, setF] = useState({
    fiscalYear: String(fiscalYearNow()),
    title: '',
    organizer: '',
    audience: 'all',
    clausePath: '',
    description: '',
  });
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const set = (k: keyof typeof f) => (v: string) => setF((s) => ({ ...s, [k]: v }));
  const create = useMutate(
    () =>
      trainingApi.createPlan({
        fiscalYear: Number(f.fiscalYear),
        title: f.title,
        organizer: f.organizer || undefined,
        audience: f.audience,
        unitIds: f.audience === 'units' ? unitIds : [],
        clausePath: f.clausePath || undefined,
        description: f.description || undefined,
      }),
    { invalidate: [TRAINING], onDone: ({ id }) => navigate(`/inspections/training/${id}`) },
  );
  const { error, busy, field } = create;
  return (
    <form
      className="form as-box"
      onSubmit={(e) => {
        e.preventDefault();
        void create.run();
      }}
      noValidate
      aria-labelledby="tr-new"
    >
      <FormAlert error={error} />
      <div className="as-grid">
        <TextField
          id="tr-fiscalYear"
          label={x.fiscalYear}
          type="number"
          value={f.fiscalYear}
          onChange={(e) => set('fiscalYear')(e.target.value)}
          error={field('fiscalYear')}
          required
        />
        <TextField
          id="tr-organizer"
          label={x.organizer}
          value={f.organizer}
          onChange={(e) => set('organizer')(e.target.value)}
          error={field('organizer')}
        />
        <TextField
          id="tr-clausePath"
          label={x.clause}
          value={f.clausePath}
          onChange={(e) => set('clausePath')(e.target.value)}
          error={field('clausePath')}
        />
      </div>
      <TextField
        id="tr-title"
        label={x.title_}
        value={f.title}
        onChange={(e) => set('title')(e.target.value)}
        error={field('title')}
        required
      />
      <SelectField
        id="tr-audience"
        label={x.audience}
        value={f.audience}
        onChange={set('audience')}
        options={['all', 'units'].map((k) => ({ value: k, label: x.audiences[k] }))}
      />
      {f.audience === 'units' && (
        <TickList
          legend={x.units}
          name="unitIds"
          items={units}
          chosen={unitIds}
          onChange={setUnitIds}
          error={field('unitIds')}
        />
      )}
      <AreaField
        id="tr-description"
        label={x.description}
        value={f.description}
        onChange={set('description')}
      />
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {x.newTraining}
        </button>
      </div>
    </form>
  );
}
