import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { FunctionChips } from '../../components/Chips.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadedTable } from '../../components/LoadedTable.tsx';
import { Section } from '../../components/Section.tsx';
import { useT } from '../../i18n/index.tsx';
import { AddForm } from './AddForm.tsx';
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

const ROLES = '/api/org/roles';
const SUGGESTED = '/api/org/suggested-assignments';

/** Roles in tier order, 充て職 suggestions to confirm, and a form to add a role. */
export default function Roles() {
  const x = useT(orgTexts);
  const admin = useCan()('org.admin');
  const roles = useData<{ items: Role[] }>(ROLES);
  const columns: Column<Role>[] = [
    { key: 'tier', header: x.tierShort, numeric: true },
    {
      key: 'name',
      header: x.role,
      className: 'col-role',
      cell: (r) => (
        <>
          <Link href={`/organization/roles/${r.id}`}>{r.name}</Link>
          {r.optional && <span className="cell-sub">{x.optional}</span>}
        </>
      ),
    },
    {
      key: 'post',
      header: x.postFills,
      className: 'col-post',
      value: (r) => r.post ?? (r.designated ? x.designated : '—'),
    },
    {
      key: 'functions',
      header: x.functions,
      value: (r) => r.functions.map((f) => f.ja).join(' '),
      cell: (r) => <FunctionChips functions={r.functions} />,
    },
    {
      key: 'holders',
      header: x.holders,
      className: 'col-holders',
      value: (r) => r.holders.map((h) => h.displayName).join(' '),
      cell: (r) =>
        r.holders.length ? (
          r.holders.map((h) => (
            <span key={h.assignmentId} className="cell-line">
              {h.displayName}
              {h.acting && `（${x.acting}）`}
            </span>
          ))
        ) : (
          <span className="muted">{x.noHolder}</span>
        ),
    },
  ];
  return (
    <OrgFrame>
      <LoadedTable
        query={roles}
        columns={columns}
        label={x.tabs.roles}
        filter
        className="table--zebra table--roles"
        empty={<EmptyState add={admin && { href: '#rn-name', label: x.add }} />}
      />
      {admin && <Suggestions />}
      {admin && (
        <AddForm
          prefix="rn"
          inline
          fields={[
            { key: 'name', label: x.name, required: true },
            { key: 'tier', label: x.tier, required: true, number: { min: 1, max: 20 } },
            { key: 'post', label: x.postFills },
          ]}
          initial={{ name: '', tier: '3', post: '' }}
          create={(v) => orgApi.post(ROLES, { name: v.name, tier: Number(v.tier), post: orNull(v.post) })}
          invalidate={[ROLES]}
        />
      )}
    </OrgFrame>
  );
}

/** People whose post fills a role (充て職) but who do not hold it yet: one click assigns it. */
function Suggestions() {
  const x = useT(orgTexts);
  const sugg = useData<{ items: Suggestion[] }>(SUGGESTED).data?.items ?? [];
  const assign = useMutate(
    (s: Suggestion) => orgApi.post(`${ROLES}/${s.roleId}/assignments`, { userId: s.userId }),
    {
      invalidate: [ROLES, SUGGESTED],
    },
  );
  if (!sugg.length) return null;
  return (
    <Section id="roles-sugg" title={x.suggested}>
      <FormAlert error={assign.error} />
      <ul className="row-list">
        {sugg.map((s) => (
          <li key={s.roleId + s.userId}>
            {s.displayName}（{s.post}）→ {s.roleName}{' '}
            <ActionButton action={assign} vars={s} label={x.assign} secondary small />
          </li>
        ))}
      </ul>
    </Section>
  );
}
