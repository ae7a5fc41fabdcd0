import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import type { Column } from '../../components/DataTable.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { Frame, Part, useDay } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { PLANS, type TrainingPlanRow } from './api.ts';
import { TrainingForm } from './TrainingForm.tsx';

export type { TrainingPlanRow } from './api.ts';

/** 研修: plans (also courses run by others) with their sessions, and the form to create one (R-E9). */
export default function Training() {
  const x = useT(assuranceTexts);
  const day = useDay();
  const can = useCan();
  const plans = useData<TrainingPlanRow[]>(PLANS);
  const columns: Column<TrainingPlanRow>[] = [
    {
      key: 'fiscalYear',
      header: x.fiscalYear,
      numeric: true,
      cell: (p) => fmt(x.fiscalYearLabel, { year: p.fiscalYear }),
    },
    {
      key: 'title',
      header: x.title_,
      cell: (p) => <Link href={`/inspections/training/${p.id}`}>{p.title}</Link>,
    },
    { key: 'organizer', header: x.organizer, value: (p) => p.organizer ?? '—' },
    { key: 'audience', header: x.audience, value: (p) => x.audiences[p.audience] ?? p.audience },
    {
      key: 'sessions',
      header: x.sessions,
      value: (p) => p.sessions.map((s) => s.heldOn).join(' '),
      cell: (p) => p.sessions.map((s) => day(s.heldOn)).join('、') || '—',
    },
  ];
  return (
    <Frame title={x.training} lead={x.trainingLead}>
      <Part id="tr-list" title={x.training}>
        <LoadedTable
          query={plans}
          columns={columns}
          label={x.training}
          filter
          initialSort={{ key: 'fiscalYear', desc: true }}
          empty={<p>{x.none}</p>}
        />
      </Part>
      {can('training.manage') && (
        <Part id="tr-new" title={x.newTraining}>
          <TrainingForm />
        </Part>
      )}
    </Frame>
  );
}
