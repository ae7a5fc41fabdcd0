import { useCallback, useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { FunctionChips } from '../../components/Chips.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { orgApi, type Role } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, orNull } from './parts.tsx';

interface Suggestion {
  userId: string;
  displayName: string;
  post: string;
  roleId: string;
  roleName: string;
}

/** Roles in tier order, 充て職 suggestions to confirm, and a form to add a role. */
export default function Roles() {
  const x = useT(orgTexts);
  const [roles, setRoles] = useState<Role[]>([]);
  const [sugg, setSugg] = useState<Suggestion[]>([]);
  const [v, setV] = useState({ name: '', tier: '3', post: '' });
  const [loaded, setLoaded] = useState(false);
  const { error, busy, run, field } = useAction();
  const loading = useAction();
  const { session } = useSession();
  const admin = session?.functions.includes('org.admin') ?? false;
  const load = useCallback(async () => {
    setRoles((await orgApi.get<{ items: Role[] }>('/api/org/roles')).items);
    setLoaded(true);
    // Only administrators may see suggestions; others simply get none.
    setSugg(
      await orgApi.get<{ items: Suggestion[] }>('/api/org/suggested-assignments').then(
        (r) => r.items,
        () => [],
      ),
    );
  }, []);
  useEffect(() => {
    void loading.run(load);
  }, [load, loading.run]);
  if (loading.error && !loaded)
    return (
      <OrgFrame>
        <FormAlert error={loading.error} />
      </OrgFrame>
    );
  return (
    <OrgFrame>
      <FormAlert error={error} idPrefix="rn" labels={{ name: x.name, tier: x.tier, post: x.postFills }} />
      {loaded && roles.length === 0 ? (
        <EmptyState
          action={
            admin && (
              <a className="btn btn--secondary btn--small" href="#rn-name">
                {x.add}
              </a>
            )
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table table--zebra table--roles">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {x.tierShort}
                </th>
                <th scope="col" className="col-role">
                  {x.role}
                </th>
                <th scope="col" className="col-post">
                  {x.postFills}
                </th>
                <th scope="col">{x.functions}</th>
                <th scope="col" className="col-holders">
                  {x.holders}
                </th>
              </tr>
            </thead>
            <tbody>
              {roles.map((r) => (
                <tr key={r.id}>
                  <td className="num">{r.tier}</td>
                  <th scope="row" className="col-role">
                    <Link href={`/organization/roles/${r.id}`}>{r.name}</Link>
                    {r.optional && <span className="cell-sub">{x.optional}</span>}
                  </th>
                  <td className="col-post">{r.post ?? (r.designated ? x.designated : '—')}</td>
                  <td>
                    <FunctionChips functions={r.functions} />
                  </td>
                  <td className="col-holders">
                    {r.holders.length ? (
                      r.holders.map((h) => (
                        <span key={h.assignmentId} className="cell-line">
                          {h.displayName}
                          {h.acting && `（${x.acting}）`}
                        </span>
                      ))
                    ) : (
                      <span className="muted">{x.noHolder}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sugg.length > 0 && (
        <section className="section" aria-labelledby="roles-sugg">
          <h2 id="roles-sugg">{x.suggested}</h2>
          <ul className="row-list">
            {sugg.map((s) => (
              <li key={s.roleId + s.userId}>
                {s.displayName}（{s.post}）→ {s.roleName}{' '}
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={busy}
                  onClick={() =>
                    run(async () => {
                      await orgApi.post(`/api/org/roles/${s.roleId}/assignments`, { userId: s.userId });
                      await load();
                    })
                  }
                >
                  {x.assign}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {admin && (
        <section className="section" aria-labelledby="roles-new">
          <h2 id="roles-new">{x.add}</h2>
          <form
            className="form form--inline"
            onSubmit={(e) => {
              e.preventDefault();
              run(async () => {
                await orgApi.post('/api/org/roles', {
                  name: v.name,
                  tier: Number(v.tier),
                  post: orNull(v.post),
                });
                setV({ name: '', tier: '3', post: '' });
                await load();
              });
            }}
          >
            <TextField
              id="rn-name"
              label={x.name}
              value={v.name}
              onChange={(e) => setV({ ...v, name: e.target.value })}
              required
              error={field('name')}
            />
            <TextField
              id="rn-tier"
              type="number"
              min={1}
              max={20}
              label={x.tier}
              value={v.tier}
              onChange={(e) => setV({ ...v, tier: e.target.value })}
              required
              error={field('tier')}
            />
            <TextField
              id="rn-post"
              label={x.postFills}
              value={v.post}
              onChange={(e) => setV({ ...v, post: e.target.value })}
              error={field('post')}
            />
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {x.add}
            </button>
          </form>
        </section>
      )}
    </OrgFrame>
  );
}
