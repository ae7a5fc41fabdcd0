import { useState } from 'react';
import { useData, useInvalidate, useMutate } from '../../api/query.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Section } from '../../components/Section.tsx';
import { inLang, useI18n, useT } from '../../i18n/index.tsx';
import { formatWarekiDate } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import {
  FUNCTIONS,
  orgApi,
  PEOPLE,
  type Person,
  ROLES,
  type Role,
  type RoleFunction,
  UNITS,
  type UnitNode,
  unitOptions,
} from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame } from './parts.tsx';
import { RoleAssignForm } from './RoleAssignForm.tsx';
import { RoleEditForm } from './RoleEditForm.tsx';

/** One role: its fields, functions (checkboxes from the registry), holders and new assignments. */
export default function RoleDetail({ params }: ScreenProps) {
  const x = useT(orgTexts);
  const q = useData<{ items: Role[] }>(ROLES);
  const role = q.data?.items.find((i) => i.id === params.id);
  return (
    <OrgFrame lead={role && `${role.name}（${x.tier}: ${role.tier}）`}>
      <Loaded query={q}>{() => role && <RoleScreen role={role} />}</Loaded>
    </OrgFrame>
  );
}

function RoleScreen({ role }: { role: Role }) {
  const x = useT(orgTexts);
  const people = useData<{ items: Person[] }>(`${PEOPLE}?status=active`).data?.items ?? [];
  const units = unitOptions(useData<{ items: UnitNode[] }>(UNITS).data?.items ?? []);
  const { refresh } = useSession();
  const invalidate = useInvalidate();
  const [done, setDone] = useState<string | null>(null);
  // Functions and assignments may be the caller's own: the session (menus, buttons) follows at once.
  const after = async () => {
    setDone(x.saved);
    await Promise.all([invalidate(ROLES, PEOPLE), refresh()]);
  };
  const change = useMutate((fn: () => Promise<unknown>) => fn(), { onDone: () => void after() });
  return (
    <>
      <FormAlert error={change.error} />
      <Status message={done} />
      <RoleEditForm role={role} onSaved={() => void after()} />
      <RoleFunctions
        role={role}
        busy={change.busy}
        onSave={(functions) =>
          void change.run(() => orgApi.put(`${ROLES}/${role.id}/functions`, { functions }))
        }
      />
      <Section id="rd-holders" title={x.holders}>
        {role.holders.length === 0 && <p>{x.noHolder}</p>}
        <ul>
          {role.holders.map((h) => (
            <li key={h.assignmentId}>
              {h.displayName}
              {h.acting && `（${x.acting}）`}
              {h.unitId && ` — ${units.find((u) => u.id === h.unitId)?.label.trim() ?? ''}`}
              {h.validFrom && ` ${formatWarekiDate(h.validFrom)}〜`}
              {h.validUntil && formatWarekiDate(h.validUntil)}{' '}
              <Button
                kind="danger-text"
                small
                disabled={change.busy}
                onClick={() =>
                  void change.run(() => orgApi.post(`/api/org/assignments/${h.assignmentId}/end`, {}))
                }
              >
                {x.end}
              </Button>
            </li>
          ))}
        </ul>
      </Section>
      <RoleAssignForm role={role} people={people} units={units} onSaved={() => void after()} />
    </>
  );
}

/** The role's functions: a checkbox for each function the modules declare, with what its holder does. */
function RoleFunctions({
  role,
  onSave,
  busy,
}: {
  role: Role;
  onSave(functions: string[]): void;
  busy: boolean;
}) {
  const { lang } = useI18n();
  const x = useT(orgTexts);
  const fns = useData<{ items: RoleFunction[] }>(FUNCTIONS).data?.items ?? [];
  const [checked, setChecked] = useState(() => new Set(role.functions.map((f) => f.key)));
  const toggle = (k: string, on: boolean) =>
    setChecked((s) => {
      const n = new Set(s);
      if (on) n.add(k);
      else n.delete(k);
      return n;
    });
  return (
    <Section id="rd-fns" title={x.functions}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave([...checked]);
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
                onChange={(e) => toggle(f.key, e.target.checked)}
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
    </Section>
  );
}
