import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { Form } from '../../components/Form.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { AreaField, type Named } from '../dashboard/kit.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { type Abilities, auditsApi, type Finding, planPath } from './api.ts';

/** A text sent about a finding: the audited unit's answer, or the auditors' follow-up (which may close it). */
function NoteForm({
  id,
  label,
  button,
  planId,
  closeLabel,
  send,
}: {
  id: string;
  label: string;
  button: string;
  planId: string;
  /** Offer a tick that closes the finding with this note. */
  closeLabel?: string;
  send(body: string, close: boolean): Promise<unknown>;
}) {
  const [body, setBody] = useState('');
  const [close, setClose] = useState(false);
  const m = useMutate(() => send(body, close), {
    invalidate: [planPath(planId)],
    onDone: () => {
      setBody('');
      setClose(false);
    },
  });
  return (
    <Form onSend={() => void m.run()} error={m.error}>
      <AreaField id={id} label={label} value={body} onChange={setBody} rows={2} required />
      {closeLabel && (
        <label className="as-check">
          <input type="checkbox" checked={close} onChange={(e) => setClose(e.target.checked)} />
          {closeLabel}
        </label>
      )}
      <div>
        <button type="submit" className="btn btn--secondary btn--small" disabled={m.busy || !body.trim()}>
          {button}
        </button>
      </div>
    </Form>
  );
}

/** One finding: severity, status, clause, unit, due date, the answers so far, and the forms to answer or follow up. */
export function FindingView({
  planId,
  f,
  units,
  can,
}: {
  planId: string;
  f: Finding;
  units: Named[];
  can: Abilities;
}) {
  const x = useT(assuranceTexts);
  const fm = useFormat();
  const unit = units.find((u) => u.id === f.unitId)?.name.trim();
  const open = f.status !== 'closed';
  return (
    <li className="as-item">
      <p className="as-item__q">
        <span className={f.severity === 'high' ? 'tag as-sev--high' : 'tag'}>
          {x.severity}: {x.severities[f.severity] ?? f.severity}
        </span>{' '}
        {f.title}{' '}
        <span className={open ? 'tag' : 'tag tag--ok'}>{x.findingStatus[f.status] ?? f.status}</span>
      </p>
      <p className="as-item__meta">
        {f.clausePath && (
          <>
            {x.clause}: <code>{f.clausePath}</code>
            {'　'}
          </>
        )}
        {unit ? `${x.unit}: ${unit}　` : ''}
        {f.dueOn ? `${x.dueOn}: ${fm.date(f.dueOn)}` : ''}
      </p>
      <p>{f.detail}</p>
      {f.responses.length > 0 && (
        <ul className="link-list">
          {f.responses.map((r) => (
            <li key={r.at + r.kind}>
              <strong>{x.responseKinds[r.kind] ?? r.kind}</strong>（{fm.dateTime(r.at)}）: {r.body}
            </li>
          ))}
        </ul>
      )}
      {open && (can.manage || (can.respond && (!f.unitId || f.unitId === can.unitId))) && (
        <NoteForm
          id={`resp-${f.id}`}
          label={`${x.respond}（${f.title}）`}
          button={x.sendResponse}
          planId={planId}
          send={(body) => auditsApi.respond(f.id, body)}
        />
      )}
      {open && can.carryOut && (
        <NoteForm
          id={`fu-${f.id}`}
          label={`${x.followUp}（${f.title}）`}
          button={x.sendFollowUp}
          planId={planId}
          closeLabel={x.closeFinding}
          send={(body, close) => auditsApi.followUp(f.id, body, close)}
        />
      )}
    </li>
  );
}
