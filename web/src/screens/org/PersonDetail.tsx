import { useData, useMutate } from '../../api/query.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Section } from '../../components/Section.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDate } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import { orgApi, PEOPLE, type Person, type UnitNode, unitOptions } from './api.ts';
import { orgTexts } from './i18n.ts';
import { PersonForm } from './PersonForm.tsx';
import { OrgFrame } from './parts.tsx';

interface Detail extends Person {
  assignments: {
    id: string;
    roleName: string;
    acting: boolean;
    validFrom: string | null;
    validUntil: string | null;
    endedAt: string | null;
    endReason: string | null;
  }[];
  transfers: { id: string; kind: string; effectiveOn: string; appliedAt: string | null }[];
}

/** One person: details form, status, role assignments (past ones too) and transfers. */
export default function PersonDetail({ params }: ScreenProps) {
  const x = useT(orgTexts);
  const path = `${PEOPLE}/${params.id}`;
  const q = useData<Detail>(path);
  const units = useData<{ items: UnitNode[] }>('/api/org/units').data?.items;
  const { error, busy, run } = useMutate(
    (status: 'active' | 'suspended') => orgApi.post(`${path}/status`, { status }),
    { invalidate: [PEOPLE] },
  );
  const p = q.data;
  if (!p)
    return <OrgFrame>{q.error && <LoadFailed error={q.error} onRetry={() => void q.refetch()} />}</OrgFrame>;
  const setStatus = (status: 'active' | 'suspended') => void run(status);
  return (
    <OrgFrame lead={`${p.displayName}（${p.loginId}）— ${x.statuses[p.status] ?? p.status}`}>
      <FormAlert error={error} />
      <PersonForm
        key={p.id + p.status}
        units={units ? unitOptions(units) : []}
        person={p}
        onSaved={() => void q.refetch()}
      />
      <p className="actions">
        {(p.status === 'active' || p.status === 'suspended') && (
          <button
            type="button"
            className={p.status === 'active' ? 'btn btn--danger' : 'btn btn--secondary'}
            disabled={busy}
            onClick={() => setStatus(p.status === 'active' ? 'suspended' : 'active')}
          >
            {p.status === 'active' ? x.suspend : x.reactivate}
          </button>
        )}
      </p>
      <Section id="pd-roles" title={x.role}>
        <ul>
          {p.assignments.map((a) => (
            <li key={a.id} className={a.endedAt ? 'muted' : ''}>
              {a.roleName}
              {a.acting && `（${x.acting}）`}
              {a.validFrom && ` ${formatWarekiDate(a.validFrom)}〜`}
              {a.validUntil && formatWarekiDate(a.validUntil)}
              {a.endedAt &&
                ` — ${x.end} ${formatWarekiDate(a.endedAt)}${a.endReason ? `（${x.endReasons[a.endReason] ?? a.endReason}）` : ''}`}
            </li>
          ))}
        </ul>
      </Section>
      {p.transfers.length > 0 && (
        <Section id="pd-tr" title={x.tabs.transfers}>
          <ul>
            {p.transfers.map((t) => (
              <li key={t.id}>
                {t.kind === 'retirement' ? x.kindRetirement : x.kindTransfer}{' '}
                {formatWarekiDate(t.effectiveOn)}（{t.appliedAt ? x.applied : x.pending}）
              </li>
            ))}
          </ul>
        </Section>
      )}
    </OrgFrame>
  );
}
