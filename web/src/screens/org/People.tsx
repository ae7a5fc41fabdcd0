import { query } from '../../api/client.ts';
import { useData, useDebounced, useInvalidate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import type { Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField } from '../../components/Field.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { Section } from '../../components/Section.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useT } from '../../i18n/index.tsx';
import { type Person, type Role, type UnitNode, unitOptions } from './api.ts';
import { orgTexts } from './i18n.ts';
import { PersonForm } from './PersonForm.tsx';
import { OrgFrame, SelectField } from './parts.tsx';

const PEOPLE = '/api/org/people';

/** People with filters (unit, role, status, text) and the form to add one. */
export default function People() {
  const x = useT(orgTexts);
  const form = useFormState('pf', { unitId: '', roleId: '', status: '', q: '' });
  const f = form.values;
  const admin = useCan()('org.admin');
  const invalidate = useInvalidate();
  const q = useDebounced(f.q);
  const list = useData<{ items: Person[] }>(`${PEOPLE}${query({ ...f, q })}`, { keepPrevious: true });
  // Pickers are a help, not the page: a failure here leaves them empty.
  const units = unitOptions(useData<{ items: UnitNode[] }>('/api/org/units').data?.items ?? []);
  const roles = useData<{ items: Role[] }>('/api/org/roles').data?.items ?? [];
  const filtered = !!(f.q || f.unitId || f.roleId || f.status);
  const columns: Column<Person>[] = [
    {
      key: 'displayName',
      header: x.displayName,
      cell: (p) => <Link href={`/organization/people/${p.id}`}>{p.displayName}</Link>,
    },
    { key: 'loginId', header: x.loginId, cell: (p) => <span className="mono">{p.loginId}</span> },
    { key: 'unitName', header: x.unit, value: (p) => p.unitName ?? '—' },
    { key: 'post', header: x.post, value: (p) => p.post ?? '—' },
    {
      key: 'employmentType',
      header: x.employmentType,
      value: (p) => x.employmentKinds[p.employmentType] ?? p.employmentType,
    },
    {
      key: 'roles',
      header: x.role,
      value: (p) =>
        p.roles?.map((r) => `${r.roleName}${r.acting ? `（${x.acting}）` : ''}`).join('、') || '—',
    },
    { key: 'status', header: x.status, value: (p) => x.statuses[p.status] ?? p.status },
  ];
  return (
    <OrgFrame>
      <form
        className="form form--inline filter-bar"
        aria-label={x.filter}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField label={x.search} {...form.text('q')} />
        <SelectField
          label={x.unit}
          {...form.text('unitId')}
          placeholder="—"
          options={units.map((u) => ({ value: u.id, label: u.label }))}
        />
        <SelectField
          label={x.role}
          {...form.text('roleId')}
          placeholder="—"
          options={roles.map((r) => ({ value: r.id, label: r.name }))}
        />
        <SelectField
          label={x.status}
          {...form.text('status')}
          placeholder="—"
          options={Object.entries(x.statuses).map(([value, label]) => ({ value, label }))}
        />
      </form>
      <LoadedTable
        query={list}
        columns={columns}
        label={x.tabs.people}
        className="table--zebra"
        empty={
          <EmptyState
            message={filtered ? x.noMatch : undefined}
            action={
              admin &&
              !filtered && (
                <a className="btn btn--secondary btn--small" href="#people-new">
                  {x.newPerson}
                </a>
              )
            }
          />
        }
      />
      {admin && (
        <Section id="people-new" title={x.newPerson}>
          <PersonForm units={units} onSaved={() => void invalidate(PEOPLE)} />
        </Section>
      )}
    </OrgFrame>
  );
}
