import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { ScreenProps } from '../../routes.tsx';
import { Frame, Part, useOrgLists } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { AddAuditor, AddFinding } from './AuditForms.tsx';
import { auditsApi, type Plan, planPath, reportPdfPath } from './api.ts';
import { FindingView } from './FindingView.tsx';
import { PlanSummary, yearsOf } from './PlanSummary.tsx';

/** One audit: plan, scope, auditors (independence checked), findings to closure, report PDF (R-I3). */
export default function AuditDetail({ params }: ScreenProps) {
  const x = useT(assuranceTexts);
  const q = useData<Plan>(planPath(params.id));
  // A refusal or a missing plan is said in words, never an endless 読み込み中.
  if (!q.data)
    return (
      <Frame title={x.audits}>
        <Loaded query={q}>{() => null}</Loaded>
      </Frame>
    );
  return <PlanView p={q.data} />;
}

function PlanView({ p }: { p: Plan }) {
  const x = useT(assuranceTexts);
  const f = useFormat();
  const lists = useOrgLists();
  const [msg, setMsg] = useState<string | null>(null);
  const step = useMutate(({ fn }: { fn: () => Promise<unknown>; done: string }) => fn(), {
    invalidate: [planPath(p.id)],
    onDone: (_r, v) => setMsg(v.done),
  });
  const { manage, carryOut } = p.can;
  const open = p.status !== 'closed';
  return (
    <Frame
      title={p.title}
      lead={`${x.planKinds[p.kind] ?? p.kind}・${x.auditTypes[p.auditType] ?? p.auditType}・${yearsOf(x, p)}`}
    >
      <p>
        {x.status}: <span className="tag">{x.planStatus[p.status] ?? p.status}</span>
        {p.reportedAt ? `（${f.dateTime(p.reportedAt)}）` : ''}
      </p>
      <PlanSummary p={p} people={lists.people} />
      <div className="actions as-section">
        <a className="btn btn--secondary" href={reportPdfPath(p.id)} download>
          {x.reportPdf}
        </a>
        {carryOut && open && (
          <>
            <ActionButton
              action={step}
              vars={{ fn: () => auditsApi.issueReport(p.id), done: x.reported }}
              label={x.issueReport}
              secondary
            />
            <ActionButton
              action={step}
              vars={{ fn: () => auditsApi.close(p.id), done: x.planClosed }}
              label={x.closePlan}
            />
          </>
        )}
      </div>
      <FormAlert error={step.error} />
      <Status message={msg} />

      <Part id="au-auditors" title={x.auditors}>
        <ul className="link-list">
          {p.auditors.map((a) => (
            <li key={a.userId}>
              {a.name}
              {a.lead ? `（${x.lead_}）` : ''}
            </li>
          ))}
        </ul>
        {manage && open && <AddAuditor planId={p.id} people={lists.people} />}
      </Part>

      <Part id="au-findings" title={x.findings}>
        {p.findings.length === 0 && <p>{x.none}</p>}
        <ol className="link-list">
          {p.findings.map((finding) => (
            <FindingView key={finding.id} planId={p.id} f={finding} units={lists.units} can={p.can} />
          ))}
        </ol>
        {carryOut && open && (
          <AddFinding
            planId={p.id}
            units={p.units.length ? p.units : lists.units}
            systems={p.systems.length ? p.systems : lists.systems}
          />
        )}
      </Part>
    </Frame>
  );
}
