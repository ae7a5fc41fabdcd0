import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import type { Column } from '../../components/DataTable.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { useT } from '../../i18n/index.tsx';
import { Frame, Part } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { AuditPlanForm } from './AuditPlanForm.tsx';
import { PLANS, type PlanRow } from './api.ts';
import { yearsOf } from './PlanSummary.tsx';

/** 監査: plans (multi-year, yearly, special) and the form to create one with scope and auditors (R-I3). */
export default function Audits() {
  const x = useT(assuranceTexts);
  const can = useCan();
  const plans = useData<PlanRow[]>(PLANS);
  const columns: Column<PlanRow>[] = [
    { key: 'fiscalYear', header: x.fiscalYear, numeric: true, cell: (p) => yearsOf(x, p) },
    {
      key: 'title',
      header: x.title_,
      cell: (p) => <Link href={`/inspections/audits/${p.id}`}>{p.title}</Link>,
    },
    { key: 'kind', header: x.planKind, value: (p) => x.planKinds[p.kind] ?? p.kind },
    { key: 'auditType', header: x.auditType, value: (p) => x.auditTypes[p.auditType] ?? p.auditType },
    {
      key: 'status',
      header: x.status,
      value: (p) => x.planStatus[p.status] ?? p.status,
      cell: (p) => <span className="tag">{x.planStatus[p.status] ?? p.status}</span>,
    },
  ];
  return (
    <Frame title={x.audits} lead={x.auditsLead}>
      <Part id="au-list" title={x.audits}>
        <LoadedTable query={plans} columns={columns} label={x.audits} filter empty={<p>{x.none}</p>} />
      </Part>
      {can('audits.manage') && (
        <Part id="au-new" title={x.newPlan}>
          <AuditPlanForm multiYear={(plans.data ?? []).filter((r) => r.kind === 'multi_year')} />
        </Part>
      )}
    </Frame>
  );
}
