import { DataTable } from '../../components/DataTable.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { syncTexts } from './sync-i18n.ts';

type Change = { before: string | null; after: string | null };
export interface PlanAction {
  kind: string;
  loginId?: string;
  displayName?: string;
  reason?: string;
  person?: { loginId: string; displayName: string; unit: string | null; post: string | null };
  changes?: Record<string, Change>;
}
export interface Plan {
  counts: Record<string, number>;
  actions: PlanAction[];
  roleProposals: { kind: string; loginId: string; displayName: string; roleName: string; group: string }[];
}

/** What a dry run found: counts, one line per change, and the roles groups suggest. */
export function SyncPlanView({ plan }: { plan: Plan }) {
  const x = useT(syncTexts);
  const detail = (a: PlanAction) => {
    if (a.kind === 'add') return [a.person?.unit, a.person?.post].filter(Boolean).join(' / ');
    if (a.changes && Object.keys(a.changes).length)
      return Object.entries(a.changes)
        .map(([k, c]) => `${x.fields[k] ?? k}: ${c.before ?? '—'} → ${c.after ?? '—'}`)
        .join('、');
    return a.reason ? (x.reasons[a.reason] ?? a.reason) : '';
  };
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{fmt(x.counts, plan.counts)}</h2>
      <div data-testid="sync-plan">
        <DataTable
          rows={plan.actions.map((a, i) => ({ ...a, n: i }))}
          rowKey={(a) => String(a.n)}
          label={x.detail}
          empty={<p>{x.nothing}</p>}
          columns={[
            { key: 'kind', header: x.kind, value: (a) => x.kinds[a.kind] ?? a.kind },
            { key: 'loginId', header: x.loginId, value: (a) => a.person?.loginId ?? a.loginId },
            { key: 'name', header: x.name, value: (a) => a.person?.displayName ?? a.displayName },
            { key: 'detail', header: x.detail, value: detail },
          ]}
        />
      </div>
      {plan.roleProposals.length > 0 && (
        <>
          <h3>{x.roleProposals}</h3>
          <ul>
            {plan.roleProposals.map((p) => (
              <li key={`${p.kind}:${p.loginId}:${p.roleName}`}>
                {p.displayName}（{p.loginId}）: {p.roleName} {p.kind === 'role_grant' ? x.grant : x.end}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
