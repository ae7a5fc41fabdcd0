import { useCallback, useEffect, useState } from 'react';
import { query } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { loadUnitOptions, orgApi, type Person, type Role } from './api.ts';
import { orgTexts } from './i18n.ts';
import { PersonForm } from './PersonForm.tsx';
import { OrgFrame, SelectField } from './parts.tsx';

/** People with filters (unit, role, status, text) and the form to add one. */
export default function People() {
  const x = useT(orgTexts);
  const [items, setItems] = useState<Person[]>([]);
  const [units, setUnits] = useState<{ id: string; label: string }[]>([]);
  const [roles, setRoles] = useState<Role[]>([]);
  const [f, setF] = useState({ unitId: '', roleId: '', status: '', q: '' });
  const [loaded, setLoaded] = useState(false);
  const { session } = useSession();
  const admin = session?.functions.includes('org.admin') ?? false;
  const { error, run } = useAction();
  const load = useCallback(
    () =>
      orgApi.get<{ items: Person[] }>(`/api/org/people${query(f)}`).then((r) => {
        setItems(r.items);
        setLoaded(true);
      }),
    [f],
  );
  useEffect(() => {
    // Pickers are a help, not the page: a failure here shows with the list's own error.
    loadUnitOptions().then(setUnits, () => setUnits([]));
    orgApi.get<{ items: Role[] }>('/api/org/roles').then(
      (r) => setRoles(r.items),
      () => setRoles([]),
    );
  }, []);
  useEffect(() => {
    void run(load);
  }, [load, run]);
  if (error && !loaded)
    return (
      <OrgFrame>
        <FormAlert error={error} />
      </OrgFrame>
    );
  const filtered = !!(f.q || f.unitId || f.roleId || f.status);
  return (
    <OrgFrame>
      <form
        className="form form--inline filter-bar"
        aria-label={x.filter}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="pf-q"
          label={x.search}
          value={f.q}
          onChange={(e) => setF({ ...f, q: e.target.value })}
        />
        <SelectField
          id="pf-unit"
          label={x.unit}
          value={f.unitId}
          onChange={(e) => setF({ ...f, unitId: e.target.value })}
        >
          <option value="">—</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="pf-role"
          label={x.role}
          value={f.roleId}
          onChange={(e) => setF({ ...f, roleId: e.target.value })}
        >
          <option value="">—</option>
          {roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="pf-status"
          label={x.status}
          value={f.status}
          onChange={(e) => setF({ ...f, status: e.target.value })}
        >
          <option value="">—</option>
          {Object.entries(x.statuses).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </SelectField>
      </form>
      {loaded && items.length === 0 ? (
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
      ) : (
        <div className="table-wrap">
          <table className="table table--zebra">
            <thead>
              <tr>
                <th>{x.displayName}</th>
                <th>{x.loginId}</th>
                <th>{x.unit}</th>
                <th>{x.post}</th>
                <th>{x.employmentType}</th>
                <th>{x.role}</th>
                <th>{x.status}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/organization/people/${p.id}`}>{p.displayName}</Link>
                  </td>
                  <td className="mono">{p.loginId}</td>
                  <td>{p.unitName ?? '—'}</td>
                  <td>{p.post ?? '—'}</td>
                  <td>{p.employmentType}</td>
                  <td>
                    {p.roles?.map((r) => `${r.roleName}${r.acting ? `（${x.acting}）` : ''}`).join('、') ||
                      '—'}
                  </td>
                  <td>{x.statuses[p.status] ?? p.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin && (
        <section className="section" aria-labelledby="people-new">
          <h2 id="people-new">{x.newPerson}</h2>
          <PersonForm units={units} onSaved={load} />
        </section>
      )}
    </OrgFrame>
  );
}
