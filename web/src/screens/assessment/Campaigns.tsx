import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { Frame, fiscalYearNow, Part, SelectField, useDay, useFormState } from '../dashboard/kit.tsx';
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
  const has = useCan();
  const canManage = has('assessment.manage');
  const start = useT(startTexts);
  const rows = useData<CampaignRow[]>('/api/assessment/campaigns');
  const create = useMutate((body: unknown) => api.post<{ id: string }>('/api/assessment/campaigns', body), {
    invalidate: ['/api/assessment/campaigns'],
    onDone: ({ id }) => navigate(`/inspections/assessment/${id}`),
  });
  const { error, busy, field } = create;
  const fy = fiscalYearNow();
  const form = useFormState('cmp', {
    fiscalYear: String(fy),
    title: `${fmt(x.fiscalYearLabel, { year: fy })} ${x.campaigns}`,
    kind: 'yearly',
    staffMode: 'all',
    sampleSize: '',
    dueOn: '',
  });
  const f = form.values;
  function submit() {
    void create.run({
      fiscalYear: Number(f.fiscalYear),
      title: f.title,
      kind: f.kind,
      staffMode: f.staffMode,
      sampleSize: f.staffMode === 'sample' && f.sampleSize ? Number(f.sampleSize) : undefined,
      dueOn: f.dueOn || undefined,
    });
  }
  return (
    <Frame title={x.campaigns} lead={x.campaignsLead}>
      <Part id="as-list" title={x.campaigns}>
        <LoadedTable
          query={rows}
          label={x.campaigns}
          empty={<p>{x.none}</p>}
          initialSort={{ key: 'fiscalYear', desc: true }}
          columns={[
            {
              key: 'fiscalYear',
              header: x.fiscalYear,
              numeric: true,
              cell: (c) => fmt(x.fiscalYearLabel, { year: c.fiscalYear }),
            },
            {
              key: 'title',
              header: x.title_,
              cell: (c) => <Link href={`/inspections/assessment/${c.id}`}>{c.title}</Link>,
            },
            { key: 'kind', header: x.kind, value: (c) => x.kindShort[c.kind] ?? c.kind },
            {
              key: 'status',
              header: x.status,
              value: (c) => x.campaignStatus[c.status] ?? c.status,
              cell: (c) => <span className="tag">{x.campaignStatus[c.status] ?? c.status}</span>,
            },
            { key: 'dueOn', header: x.dueOn, cell: (c) => day(c.dueOn) },
          ]}
        />
      </Part>
      {!canManage && <p className="alert alert--info">{start.cannotStart}</p>}
      {canManage && (
        <Part id="as-new" title={x.newCampaign}>
          <Form onSend={submit} error={error} className="form as-box" aria-labelledby="as-new" noValidate>
            <div className="as-grid">
              <SelectField
                {...form.pick('kind')}
                label={x.kind}
                options={['yearly', 'adhoc'].map((k) => ({ value: k, label: x.kinds[k] }))}
              />
              <TextField {...form.text('fiscalYear', field)} label={x.fiscalYear} type="number" required />
              <DateField {...form.pick('dueOn', field)} label={x.dueOn} />
            </div>
            <TextField {...form.text('title', field)} label={x.title_} required />
            <div className="as-grid">
              <SelectField
                {...form.pick('staffMode')}
                label={x.staffMode}
                options={['all', 'sample'].map((k) => ({ value: k, label: x.staffModes[k] }))}
              />
              {f.staffMode === 'sample' && (
                <TextField {...form.text('sampleSize', field)} label={x.sampleSize} type="number" />
              )}
            </div>
            <SubmitRow label={x.newCampaign} busy={busy} />
          </Form>
        </Part>
      )}
    </Frame>
  );
}
