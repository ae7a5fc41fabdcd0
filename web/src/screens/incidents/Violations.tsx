import { useCan } from '../../app/useCan.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FieldsForm } from '../../components/FieldsForm.tsx';
import { Section } from '../../components/Section.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import { area, IncFrame, incApi, personChoice, RecordForm, useLoad, usePeople } from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Violation {
  id: string;
  reported_at: string;
  subject_user_id: string | null;
  description: string;
  clause_path: string | null;
  decision: string | null;
  measures: string | null;
  decided_at: string | null;
  suspended_at: string | null;
  head_notified: string | null;
  head_notified_at: string | null;
  reinstated_at: string | null;
  reinstate_reason: string | null;
  status: string;
}

/** Violations (R-G6): anyone reports; holders of violations.manage decide measures and lift suspensions. */
export default function Violations() {
  const x = useT(incidentTexts);
  const has = useCan();
  const manage = has('violations.manage');
  const people = usePeople(manage || has('incidents.handle'));
  const list = useLoad<{ items: Violation[] }>(manage ? '/api/violations' : '');
  const { lang } = useI18n();
  const nameOf = (v: Violation) => people.find((u) => u.id === v.subject_user_id)?.displayName ?? '';

  return (
    <IncFrame title={x.violationsTitle} lead={x.violationsLead}>
      <RecordForm
        idPrefix="vio"
        label={x.reportViolation}
        submitLabel={x.reportViolation}
        reload={() => manage && list.reload()}
        submit={(v) =>
          incApi.post('/api/violations', {
            subjectUserId: v.subject || null,
            description: v.description,
            clausePath: v.clausePath || null,
          })
        }
        fields={[
          people.length > 0 && {
            ...personChoice('subject', x.subject, people, x.subjectNone),
            field: 'subjectUserId',
          },
          area('description', x.description, 4000, true),
          { name: 'clausePath', label: x.clausePath, maxLength: 200 },
        ]}
      >
        <h2 className="section-title">{x.reportViolation}</h2>
      </RecordForm>
      {manage && (
        <Section id="vio-list" title={x.violationsTitle}>
          <DataTable
            rows={list.data?.items ?? []}
            label={x.violationsTitle}
            empty={<p>{x.none}</p>}
            columns={[
              { key: 'reported_at', header: x.reportedAt, cell: (v) => formatDateTime(v.reported_at, lang) },
              { key: 'subject', header: x.subject, value: (v) => nameOf(v) },
              { key: 'description', header: x.description },
              { key: 'clause_path', header: x.clause },
              { key: 'status', header: x.status, value: (v) => x.violationStatus[v.status] ?? v.status },
              {
                key: 'measures',
                header: x.measures,
                sortable: false,
                cell: (v) => <ViolationMeasures v={v} reload={list.reload} />,
              },
            ]}
          />
        </Section>
      )}
    </IncFrame>
  );
}

/** What was decided for one violation, the suspension and its lifting, and the forms that record them. */
function ViolationMeasures({ v, reload }: { v: Violation; reload: () => Promise<void> }) {
  const { lang } = useI18n();
  const x = useT(incidentTexts);
  const p = `vio-${v.id}`;
  const notified = v.head_notified ? (JSON.parse(v.head_notified) as string[]).length : 0;
  return (
    <>
      {v.decision && (
        <p>
          {x.decision}: {v.decision}
          {v.measures && (
            <>
              （{x.measures}: {v.measures}）
            </>
          )}
        </p>
      )}
      {v.suspended_at && (
        <p className="inc-warn">
          {x.suspended} {formatDateTime(v.suspended_at, lang)}
          {v.head_notified_at && (
            <>
              ・{x.headNotified} {formatDateTime(v.head_notified_at, lang)}（{notified} {x.people}）
            </>
          )}
        </p>
      )}
      {v.reinstated_at && (
        <p className="inc-ok">
          {x.reinstated} {formatDateTime(v.reinstated_at, lang)}（{v.reinstate_reason}）
        </p>
      )}
      {v.status === 'open' && (
        <details>
          <summary>{x.decide}</summary>
          <FieldsForm
            idPrefix={p}
            label={x.decide}
            small
            keep
            submitLabel={x.decide}
            onDone={() => void reload()}
            submit={(f) =>
              incApi.post(`/api/violations/${v.id}/decide`, {
                decision: f.decision,
                measures: f.measures || null,
                suspendAccess: f.suspend === 'on',
              })
            }
            fields={[
              area('decision', x.decision, 2000, true),
              area('measures', x.measures, 2000),
              !!v.subject_user_id && {
                name: 'suspend',
                kind: 'check',
                label: x.suspend,
                field: 'suspendAccess',
              },
            ]}
          />
        </details>
      )}
      {v.suspended_at && !v.reinstated_at && (
        <FieldsForm
          idPrefix={p}
          label={x.reinstate}
          className="form--inline"
          secondary
          small
          keep
          submitLabel={x.reinstate}
          onDone={() => void reload()}
          submit={(f) => incApi.post(`/api/violations/${v.id}/reinstate`, { reason: f.reason })}
          fields={[{ name: 'reason', label: x.reinstateReason, required: true, maxLength: 2000 }]}
        />
      )}
    </>
  );
}
