import { useCallback, useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, orNull } from './parts.tsx';

interface Row {
  id: string;
  name: string;
  purpose: string | null;
  chairPost: string | null;
  members: number;
}

/** Committees (R-A8) and a form to add one. */
export default function Committees() {
  const x = useT(orgTexts);
  const [items, setItems] = useState<Row[]>([]);
  const [v, setV] = useState({ name: '', purpose: '', chairPost: '' });
  const { error, busy, run, field } = useAction();
  const loading = useAction();
  const [loaded, setLoaded] = useState(false);
  const { session } = useSession();
  const admin = session?.functions.includes('org.admin') ?? false;
  const load = useCallback(
    () =>
      orgApi.get<{ items: Row[] }>('/api/org/committees').then((r) => {
        setItems(r.items);
        setLoaded(true);
      }),
    [],
  );
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
      {loaded && items.length === 0 ? (
        <EmptyState
          action={
            admin && (
              <a className="btn btn--secondary btn--small" href="#cm-name">
                {x.add}
              </a>
            )
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{x.committee}</th>
                <th scope="col">{x.purpose}</th>
                <th scope="col">{x.chairPost}</th>
                <th scope="col" className="num">
                  {x.members}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`/organization/committees/${c.id}`}>{c.name}</Link>
                  </th>
                  <td>{c.purpose ?? '—'}</td>
                  <td>{c.chairPost ?? '—'}</td>
                  <td className="num">{c.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin && (
        <section className="section" aria-labelledby="cm-new">
          <h2 id="cm-new">{x.add}</h2>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              run(async () => {
                await orgApi.post('/api/org/committees', {
                  name: v.name,
                  purpose: orNull(v.purpose),
                  chairPost: orNull(v.chairPost),
                });
                setV({ name: '', purpose: '', chairPost: '' });
                await load();
              });
            }}
          >
            <FormAlert
              error={error}
              idPrefix="cm"
              labels={{ name: x.name, purpose: x.purpose, chairPost: x.chairPost }}
            />
            <TextField
              id="cm-name"
              label={x.name}
              value={v.name}
              onChange={(e) => setV({ ...v, name: e.target.value })}
              required
              error={field('name')}
            />
            <TextField
              id="cm-purpose"
              label={x.purpose}
              value={v.purpose}
              onChange={(e) => setV({ ...v, purpose: e.target.value })}
              error={field('purpose')}
            />
            <TextField
              id="cm-chairPost"
              label={x.chairPost}
              value={v.chairPost}
              onChange={(e) => setV({ ...v, chairPost: e.target.value })}
              error={field('chairPost')}
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
