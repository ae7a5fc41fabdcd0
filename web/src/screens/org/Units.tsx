import { useCallback, useEffect, useState } from 'react';
import { usePath } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Redirect } from '../../components/Loading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { orgApi, type UnitNode, unitOptions } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, SelectField, useOrgTabs } from './parts.tsx';

/** The area's entry: the unit tree for those who may read it, else the first tab they may open. */
export default function Units() {
  const tabs = useOrgTabs();
  const path = usePath();
  if (path === '/organization' && !tabs.includes('units'))
    return <Redirect to={`/organization/${tabs[0]}`} />;
  return <UnitTree />;
}

/** The unit tree: add, rename (inline), move and abolish units. */
function UnitTree() {
  const { t } = useI18n();
  const x = useT(orgTexts);
  const [tree, setTree] = useState<UnitNode[]>([]);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('課');
  const [parentId, setParentId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [loaded, setLoaded] = useState(false);
  const { error, busy, run, field } = useAction();
  const { session } = useSession();
  const admin = session?.functions.includes('org.admin') ?? false;
  const load = useCallback(
    () =>
      orgApi.get<{ items: UnitNode[] }>('/api/org/units').then((r) => {
        setTree(r.items);
        setLoaded(true);
      }),
    [],
  );
  useEffect(() => {
    // A 403 (no org.read) is shown in the form alert rather than left unhandled.
    run(load);
  }, [load, run]);
  const act = (fn: () => Promise<unknown>) =>
    run(async () => {
      await fn();
      setDone(x.saved);
      await load();
    });
  const options = unitOptions(tree);
  const renderNode = (u: UnitNode) => (
    <li key={u.id}>
      <span className={u.active ? 'tree__name' : 'tree__name muted'}>
        {u.name}
        <span className="tree__kind">{u.kind}</span>
        {!u.active && ` — ${x.inactive}`}
      </span>
      {u.active && admin && renaming?.id === u.id && (
        <form
          className="inline-edit"
          aria-label={`${x.rename}: ${u.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            const n = renaming.name.trim();
            if (!n || n === u.name) return setRenaming(null);
            act(() => orgApi.patch(`/api/org/units/${u.id}`, { name: n })).then(() => setRenaming(null));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setRenaming(null);
          }}
        >
          <label className="visually-hidden" htmlFor={`rn-${u.id}`}>
            {`${x.name}: ${u.name}`}
          </label>
          <input
            id={`rn-${u.id}`}
            className="input input--inline"
            value={renaming.name}
            // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this unit
            autoFocus
            maxLength={200}
            onChange={(e) => setRenaming({ id: u.id, name: e.target.value })}
          />
          <button type="submit" className="btn btn--primary btn--small" disabled={busy}>
            {t.common.save}
          </button>
          <button type="button" className="btn btn--text btn--small" onClick={() => setRenaming(null)}>
            {t.common.cancel}
          </button>
        </form>
      )}
      {u.active && admin && renaming?.id !== u.id && (
        <span className="tree__actions">
          <button
            type="button"
            className="btn btn--text btn--small"
            onClick={() => setRenaming({ id: u.id, name: u.name })}
          >
            {x.rename}
          </button>
          <label className="visually-hidden" htmlFor={`mv-${u.id}`}>{`${x.move}: ${u.name}`}</label>
          <select
            id={`mv-${u.id}`}
            className="input input--inline"
            value=""
            onChange={(e) =>
              act(() =>
                orgApi.post(`/api/org/units/${u.id}/move`, {
                  parentId: e.target.value === '-' ? null : e.target.value,
                }),
              )
            }
          >
            <option value="">{x.move}…</option>
            <option value="-">{x.none}</option>
            {options
              .filter((o) => o.id !== u.id && o.active)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="btn btn--danger-text btn--small"
            onClick={() => {
              if (window.confirm(`${x.deactivate}: ${u.name}`))
                act(() => orgApi.post(`/api/org/units/${u.id}/deactivate`));
            }}
          >
            {x.deactivate}
          </button>
        </span>
      )}
      {u.children.length > 0 && <ul>{u.children.map(renderNode)}</ul>}
    </li>
  );
  return (
    <OrgFrame>
      <FormAlert error={error} idPrefix="unit" labels={{ name: x.name, kind: x.kind, parentId: x.parent }} />
      <Status message={done} />
      <section aria-labelledby="units-tree">
        <h2 id="units-tree">{x.tabs.units}</h2>
        {tree.length ? (
          <ul className="tree">{tree.map(renderNode)}</ul>
        ) : (
          loaded && (
            <EmptyState
              action={
                admin && (
                  <a className="btn btn--secondary btn--small" href="#unit-name">
                    {x.add}
                  </a>
                )
              }
            />
          )
        )}
      </section>
      {admin && (
        <section className="section" aria-labelledby="units-add">
          <h2 id="units-add">{x.add}</h2>
          <form
            className="form form--inline"
            onSubmit={(e) => {
              e.preventDefault();
              act(() => orgApi.post('/api/org/units', { name, kind, parentId: parentId || null })).then(() =>
                setName(''),
              );
            }}
          >
            <TextField
              id="unit-name"
              label={x.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              error={field('name')}
            />
            <TextField
              id="unit-kind"
              label={x.kind}
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              required
              error={field('kind')}
            />
            <SelectField
              id="unit-parentId"
              label={x.parent}
              value={parentId}
              onChange={(e) => setParentId(e.target.value)}
              error={field('parentId')}
            >
              <option value="">{x.none}</option>
              {options
                .filter((o) => o.active)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
            </SelectField>
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {x.add}
            </button>
          </form>
        </section>
      )}
    </OrgFrame>
  );
}
