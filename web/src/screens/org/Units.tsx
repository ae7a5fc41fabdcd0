import { useCallback, useEffect, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { orgApi, type UnitNode, unitOptions } from './api.ts';
import { texts } from './i18n.ts';
import { OrgFrame, SelectField } from './parts.tsx';

/** The unit tree: add, rename, move and abolish units. */
export default function Units() {
  const { lang } = useI18n();
  const x = texts(lang);
  const [tree, setTree] = useState<UnitNode[]>([]);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('課');
  const [parentId, setParentId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run, field } = useAction();
  const load = useCallback(
    () => orgApi.get<{ items: UnitNode[] }>('/api/org/units').then((r) => setTree(r.items)),
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
      <span className={u.active ? '' : 'muted'}>
        {u.name}（{u.kind}）{!u.active && ` — ${x.inactive}`}
      </span>{' '}
      {u.active && (
        <>
          <button
            type="button"
            className="btn btn--text btn--small"
            onClick={() => {
              const n = window.prompt(x.rename, u.name);
              if (n) act(() => orgApi.patch(`/api/org/units/${u.id}`, { name: n }));
            }}
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
            onClick={() => act(() => orgApi.post(`/api/org/units/${u.id}/deactivate`))}
          >
            {x.deactivate}
          </button>
        </>
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
        {tree.length ? <ul className="tree">{tree.map(renderNode)}</ul> : <p>{x.noneYet}</p>}
      </section>
      <section aria-labelledby="units-add">
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
    </OrgFrame>
  );
}
