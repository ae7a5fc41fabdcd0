import { useMutate } from '../../api/query.ts';
import { useSession } from '../../app/session.tsx';
import { useCan } from '../../app/useCan.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { area, IncFrame, incApi, RecordForm, resultColumn, resultField, useLoad } from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Check {
  id: string;
  checked_at: string;
  scope: string;
  findings: string;
  result: string;
  routed_to: string;
  acknowledged_at: string | null;
}

/** Compliance checks (R-G2): findings are routed up; recipients acknowledge them. */
export default function Compliance() {
  const x = useT(incidentTexts);
  const has = useCan();
  const { session } = useSession();
  const { data, reload } = useLoad<{ items: Check[] }>('/api/compliance-checks');
  const ackIt = useMutate((id: string) => incApi.post(`/api/compliance-checks/${id}/ack`), {
    onDone: () => void reload(),
  });
  const fm = useFormat();
  const columns: Column<Check>[] = [
    { key: 'checked_at', header: x.receivedAt, cell: (c) => fm.dateTime(c.checked_at) },
    { key: 'scope', header: x.scope },
    { key: 'findings', header: x.findings },
    resultColumn(x),
    {
      key: 'routed_to',
      header: x.routedTo,
      value: (c) => c.acknowledged_at ?? '',
      cell: (c) => {
        const routed = JSON.parse(c.routed_to) as string[];
        return (
          <>
            {routed.length} {x.people}
            {c.acknowledged_at ? (
              <span className="cell-sub">
                {x.acknowledged} {fm.dateTime(c.acknowledged_at)}
              </span>
            ) : (
              session &&
              routed.includes(session.user.id) && (
                <ActionButton action={ackIt} vars={c.id} label={x.ackFindings} secondary small />
              )
            )}
          </>
        );
      },
    },
  ];
  return (
    <IncFrame title={x.complianceTitle} lead={x.complianceLead}>
      <FormAlert error={ackIt.error} />
      {has('compliance.check') && (
        <RecordForm
          idPrefix="cmp"
          label={x.complianceTitle}
          reload={reload}
          submit={(v) => incApi.post('/api/compliance-checks', v)}
          fields={[
            area('scope', x.scope, 500, true),
            area('findings', x.findings, 4000, true),
            resultField(x),
          ]}
        />
      )}
      <Section id="cmp-list" title={x.complianceTitle}>
        <DataTable
          rows={data?.items ?? []}
          columns={columns}
          label={x.complianceTitle}
          empty={<p>{x.none}</p>}
        />
      </Section>
    </IncFrame>
  );
}
