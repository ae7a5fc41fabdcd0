import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { Frame, fiscalYearNow, SelectField, useDay, useFunctions } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { startTexts } from './start-texts.ts';

export interface CampaignRow {
  id: string;
  fiscalYear: number;
  title: string;
  kind: string;
  status: string;
  dueOn: string | null;
  noticeId: string | null;
}

/** 自己点検: the campaigns, and the form to create one from the policy in force (R-I1). */
export default function Campaigns() {
  const x = useText();
  const day = useDay();
  const has = useFunctions();
  const canManage = has('assessment.manage');
  const start = useT(startTexts);
  const { error, busy, run, field } = useAction();
  const [rows, setRows] = useState<CampaignRow[] | null>(null);
  const fy = fiscalYearNow();
  const [form, setForm] = useState({
    fiscalYear: String(fy),
    title: `${fmt(x.fiscalYearLabel, { year: fy })} ${x.campaigns}`,
    kind: 'yearly',
    staffMode: 'all',
    sampleSize: '',
    dueOn: '',
  });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  useEffect(() => {
    api.get<CampaignRow[]>('/api/assessment/campaigns').then(setRows);
  }, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { id } = await api.post<{ id: string }>('/api/assessment/campaigns', {
        fiscalYear: Number(form.fiscalYear),
        title: form.title,
        kind: form.kind,
        staffMode: form.staffMode,
        sampleSize: form.staffMode === 'sample' && form.sampleSize ? Number(form.sampleSize) : undefined,
        dueOn: form.dueOn || undefined,
      });
      navigate(`/inspections/assessment/${id}`);
    });
  }
  return (
    <Frame title={x.campaigns} lead={x.campaignsLead}>
      <section aria-labelledby="as-list" className="as-section">
        <h2 id="as-list">{x.campaigns}</h2>
        {rows && rows.length === 0 && <p>{x.none}</p>}
        {rows && rows.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{x.fiscalYear}</th>
                  <th scope="col">{x.title_}</th>
                  <th scope="col">{x.kind}</th>
                  <th scope="col">{x.status}</th>
                  <th scope="col">{x.dueOn}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <td>{fmt(x.fiscalYearLabel, { year: c.fiscalYear })}</td>
                    <td>
                      <Link href={`/inspections/assessment/${c.id}`}>{c.title}</Link>
                    </td>
                    <td>{x.kindShort[c.kind] ?? c.kind}</td>
                    <td>
                      <span className="tag">{x.campaignStatus[c.status] ?? c.status}</span>
                    </td>
                    <td>{day(c.dueOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {!canManage && <p className="alert alert--info">{start.cannotStart}</p>}
      {canManage && (
        <section aria-labelledby="as-new" className="as-section">
          <h2 id="as-new">{x.newCampaign}</h2>
          <form className="form as-box" onSubmit={submit} aria-labelledby="as-new" noValidate>
            <FormAlert error={error} />
            <div className="as-grid">
              <SelectField
                id="cmp-kind"
                label={x.kind}
                value={form.kind}
                onChange={set('kind')}
                options={['yearly', 'adhoc'].map((k) => ({ value: k, label: x.kinds[k] }))}
              />
              <TextField
                id="cmp-fiscalYear"
                label={x.fiscalYear}
                type="number"
                value={form.fiscalYear}
                onChange={(e) => set('fiscalYear')(e.target.value)}
                error={field('fiscalYear')}
                required
              />
              <TextField
                id="cmp-dueOn"
                label={x.dueOn}
                type="date"
                value={form.dueOn}
                onChange={(e) => set('dueOn')(e.target.value)}
                error={field('dueOn')}
              />
            </div>
            <TextField
              id="cmp-title"
              label={x.title_}
              value={form.title}
              onChange={(e) => set('title')(e.target.value)}
              error={field('title')}
              required
            />
            <div className="as-grid">
              <SelectField
                id="cmp-staffMode"
                label={x.staffMode}
                value={form.staffMode}
                onChange={set('staffMode')}
                options={['all', 'sample'].map((k) => ({ value: k, label: x.staffModes[k] }))}
              />
              {form.staffMode === 'sample' && (
                <TextField
                  id="cmp-sampleSize"
                  label={x.sampleSize}
                  type="number"
                  value={form.sampleSize}
                  onChange={(e) => set('sampleSize')(e.target.value)}
                  error={field('sampleSize')}
                />
              )}
            </div>
            <div className="actions">
              <button type="submit" className="btn btn--primary" disabled={busy}>
                {x.newCampaign}
              </button>
            </div>
          </form>
        </section>
      )}
    </Frame>
  );
}
