import { useState } from 'react';
import { type Mutate, useData, useMutate } from '../../api/query.ts';
import { usePath } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import { Button } from '../../components/Button.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Redirect } from '../../components/Loading.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { orgApi, UNITS, type UnitNode, unitOptions } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, useOrgTabs } from './parts.tsx';

/** The area's entry: the unit tree for those who may read it, else the first tab they may open. */
export default function Units() {
  const tabs = useOrgTabs();
  const path = usePath();
  if (path === '/organization' && !tabs.includes('units'))
    return <Redirect to={`/organization/${tabs[0]}`} />;
  return <UnitTree />;
}

type Option = ReturnType<typeof unitOptions>[number];
/** A change to the units: the call to make; the tree (and the pickers' lists) reload after it. */
type UnitChange = () => Promise<unknown>;

/** The unit tree: add, rename (inline), move and abolish units. */
function UnitTree() {
  const x = useT(orgTexts);
  const q = useData<{ items: UnitNode[] }>(UNITS);
  const admin = useCan()('org.admin');
  const change = useMutate(
    async (fn: UnitChange) => {
      await fn();
      return true;
    },
    { invalidate: [UNITS, '/api/org/directory'] },
  );
  const tree = q.data?.items ?? [];
  const options = unitOptions(tree);
  return (
    <OrgFrame>
      <FormAlert
        error={change.error}
        idPrefix="unit"
        labels={{ name: x.name, kind: x.kind, parentId: x.parent }}
      />
      <Status message={change.data && !change.busy ? x.saved : null} />
      <section aria-labelledby="units-tree">
        <h2 id="units-tree">{x.tabs.units}</h2>
        <Loaded query={q}>
          {({ items }) =>
            items.length ? (
              <ul className="tree">
                {items.map((u) => (
                  <UnitItem key={u.id} unit={u} admin={admin} options={options} change={change} />
                ))}
              </ul>
            ) : (
              <EmptyState add={admin && { href: '#unit-name', label: x.add }} />
            )
          }
        </Loaded>
      </section>
      {admin && <AddUnit options={options} change={change} />}
    </OrgFrame>
  );
}

/** One unit of the tree with its children; an administrator renames, moves or abolishes it in place. */
function UnitItem({
  unit: u,
  admin,
  options,
  change,
}: {
  unit: UnitNode;
  admin: boolean;
  options: Option[];
  change: Mutate<UnitChange, boolean>;
}) {
  const { t } = useI18n();
  const x = useT(orgTexts);
  const { confirm, dialog } = useConfirm();
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <li>
      {dialog}
      <span className={u.active ? 'tree__name' : 'tree__name muted'}>
        {u.name}
        <span className="tree__kind">{x.unitKinds[u.kind] ?? u.kind}</span>
        {!u.active && ` — ${x.inactive}`}
      </span>
      {u.active && admin && renaming !== null && (
        <form
          className="inline-edit"
          aria-label={`${x.rename}: ${u.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            const n = renaming.trim();
            if (!n || n === u.name) return setRenaming(null);
            void change
              .run(() => orgApi.patch(`${UNITS}/${u.id}`, { name: n }))
              .then(() => setRenaming(null));
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
            value={renaming}
            // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this unit
            autoFocus
            maxLength={200}
            onChange={(e) => setRenaming(e.target.value)}
          />
          <button type="submit" className="btn btn--primary btn--small" disabled={change.busy}>
            {t.common.save}
          </button>
          <Button kind="text" small onClick={() => setRenaming(null)}>
            {t.common.cancel}
          </Button>
        </form>
      )}
      {u.active && admin && renaming === null && (
        <span className="tree__actions">
          <Button kind="text" small onClick={() => setRenaming(u.name)}>
            {x.rename}
          </Button>
          <label className="visually-hidden" htmlFor={`mv-${u.id}`}>{`${x.move}: ${u.name}`}</label>
          <select
            id={`mv-${u.id}`}
            className="input input--inline"
            value=""
            onChange={(e) => {
              const parentId = e.target.value === '-' ? null : e.target.value;
              void change.run(() => orgApi.post(`${UNITS}/${u.id}/move`, { parentId }));
            }}
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
          <Button
            kind="danger-text"
            small
            onClick={async () => {
              if (await confirm(`${x.deactivate}: ${u.name}`, { danger: true, confirmLabel: x.deactivate }))
                void change.run(() => orgApi.post(`${UNITS}/${u.id}/deactivate`, {}));
            }}
          >
            {x.deactivate}
          </Button>
        </span>
      )}
      {u.children.length > 0 && (
        <ul>
          {u.children.map((c) => (
            <UnitItem key={c.id} unit={c} admin={admin} options={options} change={change} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The form that adds a unit under another (or at the top). */
function AddUnit({ options, change }: { options: Option[]; change: Mutate<UnitChange, boolean> }) {
  const x = useT(orgTexts);
  const form = useFormState('unit', { name: '', kind: '課', parentId: '' });
  const { name, kind, parentId } = form.values;
  const add = async () => {
    const done = await change.run(() => orgApi.post(UNITS, { name, kind, parentId: parentId || null }));
    if (done) form.set('name')('');
  };
  return (
    <Section id="units-add" title={x.add}>
      <form
        className="form form--inline"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextField label={x.name} required {...form.text('name', change.field)} />
        <TextField label={x.kind} required {...form.text('kind', change.field)} />
        <SelectField label={x.parent} {...form.text('parentId', change.field)}>
          <option value="">{x.none}</option>
          {options
            .filter((o) => o.active)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
        </SelectField>
        <SubmitRow label={x.add} busy={change.busy} />
      </form>
    </Section>
  );
}
