import { useState } from 'react';
import { useData } from '../../../api/query.ts';
import { Button } from '../../../components/Button.tsx';
import { type Column, DataTable } from '../../../components/DataTable.tsx';
import { FieldFrame } from '../../../components/Field.tsx';
import { FormAlert, Status } from '../../../components/FormAlert.tsx';
import { Loaded } from '../../../components/Loaded.tsx';
import { PersonSelect } from '../../../components/Pickers.tsx';
import { fmt, useT } from '../../../i18n/index.tsx';
import type { Role } from '../../org/api.ts';
import type { SetupStatus } from '../api.ts';
import { RefusedRoles } from '../RefusedRoles.tsx';
import { setupTexts } from '../texts.ts';
import { type Suggestion, useAssignRoles } from '../useAssignRoles.ts';
import { useStepDone } from '../useStepDone.ts';

/**
 * Each role the policy defines, with the person whose post it names (充て職): one button gives every
 * suggested role to its person and goes on; a role nobody's post fills gets a person chosen here. Roles the caller
 * may not give (approving ones, while a hosting administrator sets the body up) are listed for the
 * body's own administrator, who continues after the hand-over.
 */
export function RolesStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const stepDone = useStepDone();
  const roles = useData<{ items: Role[] }>('/api/org/roles');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  // The roles left for the body's administrator are named again on the hand-over step and the checklist.
  const { suggestions: sugg, assign, byPost, refusal, done } = useAssignRoles(() => stepDone('roles'));
  const byRole = new Map<string, Suggestion[]>();
  for (const x of sugg) byRole.set(x.roleId, [...(byRole.get(x.roleId) ?? []), x]);
  const columns: Column<Role>[] = [
    { key: 'name', header: s.role, value: (r) => r.name },
    { key: 'post', header: s.rolePost, value: (r) => r.post ?? '' },
    {
      key: 'holder',
      header: s.holder,
      value: (r) => r.holders.map((h) => h.displayName).join('、'),
      cell: (r) =>
        r.holders.length ? (
          r.holders.map((h) => h.displayName).join('、')
        ) : byRole.get(r.id)?.length ? (
          byRole
            .get(r.id)
            ?.map((x) => fmt(s.suggested, { name: x.displayName, post: x.post }))
            .join('、')
        ) : (
          <div className="form form--inline">
            <FieldFrame id={`setup-role-${r.id}`} label={fmt(s.assignPerson, { role: r.name })}>
              <PersonSelect
                id={`setup-role-${r.id}`}
                value={chosen[r.id] ?? ''}
                onChange={(v) => setChosen({ ...chosen, [r.id]: v })}
              />
            </FieldFrame>
            <Button
              small
              disabled={assign.busy || !chosen[r.id]}
              onClick={() =>
                void assign.run({ pairs: [{ roleId: r.id, roleName: r.name, userId: chosen[r.id] }] })
              }
            >
              {s.assignOne}
            </Button>
          </div>
        ),
    },
  ];
  return (
    <Loaded query={roles}>
      {(d) => {
        // The founder role is the set-up's own, handed over on the last step.
        const shown = d.items.filter((r) => r.id !== status.founderRoleId);
        return (
          <>
            <Status message={done} />
            <FormAlert error={assign.error} />
            <DataTable
              rows={shown}
              columns={columns}
              rowKey={(r) => r.id}
              caption={s.steps.roles}
              captionHidden
            />
            <RefusedRoles refusal={refusal} inStep />
            <div className="actions">
              {sugg.length > 0 && (
                <Button kind="primary" disabled={assign.busy} onClick={() => void byPost(true)}>
                  {s.assignByPost}
                </Button>
              )}
              <Button onClick={() => void stepDone('roles')}>
                {sugg.length > 0 ? s.nextUnassigned : s.next}
              </Button>
            </div>
          </>
        );
      }}
    </Loaded>
  );
}
