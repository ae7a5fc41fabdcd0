import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { inLang, useI18n, useT } from '../../i18n/index.tsx';
import { formatWarekiDate } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import { loadUnitOptions, orgApi, type Person, type Role, type RoleFunction } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame } from './parts.tsx';
import { RoleAssignForm } from './RoleAssignForm.tsx';
import { RoleEditForm } from './RoleEditForm.tsx';

/** One role: its fields, functions (checkboxes from the registry), holders and new assignments. */
export default function RoleDetail({ params }: ScreenProps) {
  const { lang } = useI18n();
  const x = useT(orgTexts);
  const [role, setRole] = useState<Role | null>(null);
  const [fns, setFns] = useState<RoleFunction[]>([]);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [people, setPeople] = useState<Person[]>([]);
  const [units, setUnits] = useState<{ id: string; label: string }[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run } = useAction();
  const { refresh } = useSession();
  const load = useCallback(async () => {
    const r =
      (await orgApi.get<{ items: Role[] }>('/api/org/roles')).items.find((i) => i.id === params.id) ?? null;
    setRole(r);
    setChecked(new Set(r?.functions.map((f) => f.key)));
  }, [params.id]);
  useEffect(() => {
    load();
    orgApi.get<{ items: typeof fns }>('/api/org/functions').then((r) => setFns(r.items));
    orgApi.get<{ items: Person[] }>('/api/org/people?status=active').then((r) => setPeople(r.items));
    loadUnitOptions().then(setUnits);
  }, [load]);
  if (!role) return <OrgFrame>{null}</OrgFrame>;
  const toggle = (k: string) =>
    setChecked((s) => {
      const n = new Set(s);
      if (n.has(k)) n.delete(k);
      else n.add(k);
      return n;
    });
  // Functions and assignments may be the caller's own: the session (menus, buttons) follows at once.
  const after = async () => {
    setDone(x.saved);
    await Promise.all([load(), refresh()]);
  };
  return (
    <OrgFrame lead={`${role.name}（${x.tier}: ${role.tier}）`}>
      <FormAlert error={error} />
      <Status message={done} />
      <RoleEditForm role={role} onSaved={after} />
      <section className="section" aria-labelledby="rd-fns">
        <h2 id="rd-fns">{x.functions}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              await orgApi.put(`/api/org/roles/${role.id}/functions`, { functions: [...checked] });
              await after();
            });
          }}
        >
          <fieldset>
            <legend className="visually-hidden">{x.functions}</legend>
            {fns.map((f) => (
              <div className="checkbox" key={f.key}>
                <input
                  type="checkbox"
                  id={`fn-${f.key}`}
                  checked={checked.has(f.key)}
                  onChange={() => toggle(f.key)}
                  aria-describedby={`fn-${f.key}-about`}
                />
                <label htmlFor={`fn-${f.key}`}>{inLang(lang, f.ja, f.en)}</label>
                <p id={`fn-${f.key}-about`} className="checkbox__hint">
                  {f.description[lang]}
                </p>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {x.functions}: {x.record}
          </button>
        </form>
      </section>
      <section className="section" aria-labelledby="rd-holders">
        <h2 id="rd-holders">{x.holders}</h2>
        {role.holders.length === 0 && <p>{x.noHolder}</p>}
        <ul>
          {role.holders.map((h) => (
            <li key={h.assignmentId}>
              {h.displayName}
              {h.acting && `（${x.acting}）`}
              {h.unitId && ` — ${units.find((u) => u.id === h.unitId)?.label.trim() ?? ''}`}
              {h.validFrom && ` ${formatWarekiDate(h.validFrom)}〜`}
              {h.validUntil && formatWarekiDate(h.validUntil)}{' '}
              <button
                type="button"
                className="btn btn--danger-text btn--small"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await orgApi.post(`/api/org/assignments/${h.assignmentId}/end`, {});
                    await after();
                  })
                }
              >
                {x.end}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <RoleAssignForm role={role} people={people} units={units} onSaved={after} />
    </OrgFrame>
  );
}
