import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { TickList } from '../audits/Audits.tsx';
import {
  AreaField,
  Frame,
  fiscalYearNow,
  SelectField,
  useDay,
  useFunctions,
  useOrgLists,
} from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';

export interface TrainingPlanRow {
  id: string;
  fiscalYear: number;
  title: string;
  organizer: string | null;
  audience: string;
  clausePath: string | null;
  sessions: { id: string; heldOn: string; place: string | null }[];
}

/** 研修: plans (also courses run by others) with their sessions, and the form to create one (R-E9). */
export default function Training() {
  const x = useT(assuranceTexts);
  const day = useDay();
  const has = useFunctions();
  const { units } = useOrgLists();
  const { error, busy, run, field } = useAction();
  const [rows, setRows] = useState<TrainingPlanRow[] | null>(null);
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
  useEffect(() => {
    api.get<TrainingPlanRow[]>('/api/training/plans').then(setRows);
  }, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { id } = await api.post<{ id: string }>('/api/training/plans', {
        fiscalYear: Number(f.fiscalYear),
        title: f.title,
        organizer: f.organizer || undefined,
        audience: f.audience,
        unitIds: f.audience === 'units' ? unitIds : [],
        clausePath: f.clausePath || undefined,
        description: f.description || undefined,
      });
      navigate(`/inspections/training/${id}`);
    });
  }
  return (
    <Frame title={x.training} lead={x.trainingLead}>
      <section aria-labelledby="tr-list" className="as-section">
        <h2 id="tr-list">{x.training}</h2>
        {rows && rows.length === 0 && <p>{x.none}</p>}
        {rows && rows.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{x.fiscalYear}</th>
                  <th scope="col">{x.title_}</th>
                  <th scope="col">{x.organizer}</th>
                  <th scope="col">{x.audience}</th>
                  <th scope="col">{x.sessions}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id}>
                    <td>{fmt(x.fiscalYearLabel, { year: p.fiscalYear })}</td>
                    <td>
                      <Link href={`/inspections/training/${p.id}`}>{p.title}</Link>
                    </td>
                    <td>{p.organizer ?? '—'}</td>
                    <td>{x.audiences[p.audience] ?? p.audience}</td>
                    <td>{p.sessions.map((s) => day(s.heldOn)).join('、') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {has('training.manage') && (
        <section aria-labelledby="tr-new" className="as-section">
          <h2 id="tr-new">{x.newTraining}</h2>
          <form className="form as-box" onSubmit={submit} noValidate aria-labelledby="tr-new">
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
        </section>
      )}
    </Frame>
  );
}
