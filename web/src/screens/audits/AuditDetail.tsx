import { useCallback, useState } from 'react';
import { api } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import { AreaField, Frame, type Named, SelectField, useDay, useOrgLists } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';

interface Finding {
  id: string;
  severity: string;
  clausePath: string | null;
  unitId: string | null;
  systemId: string | null;
  title: string;
  detail: string;
  status: string;
  dueOn: string | null;
  closedAt: string | null;
  responses: { kind: string; body: string; at: string }[];
}
interface Plan {
  id: string;
  kind: string;
  auditType: string;
  title: string;
  fiscalYear: number;
  toYear: number | null;
  purpose: string;
  timing: string;
  structure: string;
  criteria: string;
  auditorOrg: string | null;
  orderedBy: string | null;
  status: string;
  reportedAt: string | null;
  units: Named[];
  systems: Named[];
  auditors: { userId: string; name: string; lead: boolean }[];
  findings: Finding[];
  /** What the caller may do here: by function, or as an auditor appointed to this plan. */
  can: Abilities;
}
interface Abilities {
  manage: boolean;
  auditor: boolean;
  carryOut: boolean;
  respond: boolean;
  unitId: string | null;
}

/** One audit: plan, scope, auditors (independence checked), findings to closure, report PDF (R-I3). */
export default function AuditDetail({ params }: ScreenProps) {
  const x = useText();
  const { lang } = useI18n();
  const lists = useOrgLists();
  const q = useData<Plan>(`/api/audits/plans/${params.id}`);
  const [msg, setMsg] = useState<string | null>(null);
  const act = useAction();
  const refetch = q.refetch;
  const load = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const p = q.data;
  // A refusal or a missing plan is said in words, never an endless 読み込み中.
  if (!p)
    return (
      <Frame title={x.audits}>
        <Loaded query={q}>{() => null}</Loaded>
      </Frame>
    );
  const manage = p.can.manage;
  const carryOut = p.can.carryOut;
  const person = (id: string | null) => (id ? (lists.people.find((u) => u.id === id)?.name ?? '—') : '');
  const open = p.status !== 'closed';
  return (
    <Frame
      title={p.title}
      lead={`${x.planKinds[p.kind] ?? p.kind}・${x.auditTypes[p.auditType] ?? p.auditType}・${fmt(x.fiscalYearLabel, { year: p.fiscalYear })}${p.toYear ? `〜${fmt(x.fiscalYearLabel, { year: p.toYear })}` : ''}`}
    >
      <p>
        {x.status}: <span className="tag">{x.planStatus[p.status] ?? p.status}</span>
        {p.reportedAt ? `（${formatDateTime(p.reportedAt, lang)}）` : ''}
      </p>
      <dl className="as-box as-grid">
        <div>
          <dt>{x.purpose}</dt>
          <dd>{p.purpose}</dd>
        </div>
        <div>
          <dt>{x.scopeUnits}</dt>
          <dd>{p.units.map((u) => u.name).join('、') || '—'}</dd>
        </div>
        <div>
          <dt>{x.scopeSystems}</dt>
          <dd>{p.systems.map((s) => s.name).join('、') || '—'}</dd>
        </div>
        <div>
          <dt>{x.timing}</dt>
          <dd>{p.timing}</dd>
        </div>
        <div>
          <dt>{x.structure}</dt>
          <dd>{p.structure}</dd>
        </div>
        <div>
          <dt>{x.criteria}</dt>
          <dd>{p.criteria}</dd>
        </div>
        {p.auditorOrg && (
          <div>
            <dt>{x.auditorOrg}</dt>
            <dd>{p.auditorOrg}</dd>
          </div>
        )}
        {p.orderedBy && (
          <div>
            <dt>{x.orderedBy}</dt>
            <dd>{person(p.orderedBy)}</dd>
          </div>
        )}
      </dl>
      <div className="actions as-section">
        <a className="btn btn--secondary" href={`/api/audits/plans/${p.id}/report.pdf`} download>
          {x.reportPdf}
        </a>
        {carryOut && open && (
          <button
            type="button"
            className="btn btn--secondary"
            disabled={act.busy}
            onClick={() =>
              void act.run(async () => {
                await api.post(`/api/audits/plans/${p.id}/report`);
                await load();
                setMsg(x.reported);
              })
            }
          >
            {x.issueReport}
          </button>
        )}
        {carryOut && open && (
          <button
            type="button"
            className="btn btn--primary"
            disabled={act.busy}
            onClick={() =>
              void act.run(async () => {
                await api.post(`/api/audits/plans/${p.id}/close`);
                await load();
                setMsg(x.planClosed);
              })
            }
          >
            {x.closePlan}
          </button>
        )}
      </div>
      <FormAlert error={act.error} />
      <Status message={msg} />

      <section aria-labelledby="au-auditors" className="as-section">
        <h2 id="au-auditors">{x.auditors}</h2>
        <ul className="link-list">
          {p.auditors.map((a) => (
            <li key={a.userId}>
              {a.name}
              {a.lead ? `（${x.lead_}）` : ''}
            </li>
          ))}
        </ul>
        {manage && open && <AddAuditor planId={p.id} people={lists.people} reload={load} />}
      </section>

      <section aria-labelledby="au-findings" className="as-section">
        <h2 id="au-findings">{x.findings}</h2>
        {p.findings.length === 0 && <p>{x.none}</p>}
        <ol className="link-list">
          {p.findings.map((f) => (
            <FindingView key={f.id} f={f} lists={lists} reload={load} can={p.can} />
          ))}
        </ol>
        {carryOut && open && (
          <AddFinding
            planId={p.id}
            units={p.units.length ? p.units : lists.units}
            systems={p.systems.length ? p.systems : lists.systems}
            reload={load}
          />
        )}
      </section>
    </Frame>
  );
}

function AddAuditor({
  planId,
  people,
  reload,
}: {
  planId: string;
  people: Named[];
  reload(): Promise<void>;
}) {
  const x = useText();
  const { error, busy, run, field } = useAction();
  const [userId, setUserId] = useState('');
  const [lead, setLead] = useState(false);
  return (
    <form
      className="form as-box"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.post(`/api/audits/plans/${planId}/auditors`, { userId, lead });
          setUserId('');
          await reload();
        });
      }}
    >
      <FormAlert error={error} />
      <SelectField
        id="auditor-userId"
        label={x.addAuditor}
        value={userId}
        onChange={setUserId}
        error={field('userId')}
        options={[{ value: '', label: '—' }, ...people.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <label className="as-check">
        <input type="checkbox" checked={lead} onChange={(e) => setLead(e.target.checked)} />
        {x.lead_}
      </label>
      <div className="actions">
        <button type="submit" className="btn btn--secondary btn--small" disabled={busy || !userId}>
          {x.addAuditor}
        </button>
      </div>
    </form>
  );
}

function AddFinding({
  planId,
  units,
  systems,
  reload,
}: {
  planId: string;
  units: Named[];
  systems: Named[];
  reload(): Promise<void>;
}) {
  const x = useText();
  const { error, busy, run, field } = useAction();
  const empty = {
    severity: 'medium',
    clausePath: '',
    unitId: '',
    systemId: '',
    title: '',
    detail: '',
    dueOn: '',
  };
  const [f, setF] = useState(empty);
  const set = (k: keyof typeof f) => (v: string) => setF((s) => ({ ...s, [k]: v }));
  return (
    <form
      className="form as-box"
      noValidate
      aria-labelledby="finding-add"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.post(`/api/audits/plans/${planId}/findings`, {
            severity: f.severity,
            clausePath: f.clausePath || undefined,
            unitId: f.unitId || undefined,
            systemId: f.systemId || undefined,
            title: f.title,
            detail: f.detail,
            dueOn: f.dueOn || undefined,
          });
          setF(empty);
          await reload();
        });
      }}
    >
      <h3 id="finding-add">{x.addFinding}</h3>
      <FormAlert error={error} />
      <div className="as-grid">
        <SelectField
          id="finding-severity"
          label={x.severity}
          value={f.severity}
          onChange={set('severity')}
          options={['high', 'medium', 'low', 'observation'].map((k) => ({
            value: k,
            label: x.severities[k],
          }))}
        />
        <TextField
          id="finding-clausePath"
          label={x.clause}
          value={f.clausePath}
          onChange={(e) => set('clausePath')(e.target.value)}
          error={field('clausePath')}
        />
        <SelectField
          id="finding-unitId"
          label={x.unit}
          value={f.unitId}
          onChange={set('unitId')}
          error={field('unitId')}
          options={[{ value: '', label: '—' }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        {systems.length > 0 && (
          <SelectField
            id="finding-systemId"
            label={x.scopeSystems}
            value={f.systemId}
            onChange={set('systemId')}
            options={[{ value: '', label: '—' }, ...systems.map((u) => ({ value: u.id, label: u.name }))]}
          />
        )}
        <TextField
          id="finding-dueOn"
          label={x.dueOn}
          type="date"
          value={f.dueOn}
          onChange={(e) => set('dueOn')(e.target.value)}
          error={field('dueOn')}
        />
      </div>
      <TextField
        id="finding-title"
        label={x.title_}
        value={f.title}
        onChange={(e) => set('title')(e.target.value)}
        error={field('title')}
        required
      />
      <AreaField
        id="finding-detail"
        label={x.detail}
        value={f.detail}
        onChange={set('detail')}
        error={field('detail')}
        required
      />
      <div className="actions">
        <button type="submit" className="btn btn--secondary" disabled={busy}>
          {x.addFinding}
        </button>
      </div>
    </form>
  );
}

function FindingView({
  f,
  lists,
  reload,
  can,
}: {
  f: Finding;
  lists: { units: Named[]; systems: Named[] };
  reload(): Promise<void>;
  can: Abilities;
}) {
  const x = useText();
  const { lang } = useI18n();
  const day = useDay();
  const resp = useAction();
  const fu = useAction();
  const [answer, setAnswer] = useState('');
  const [follow, setFollow] = useState('');
  const [close, setClose] = useState(false);
  const unit = lists.units.find((u) => u.id === f.unitId)?.name.trim();
  return (
    <li className="as-item">
      <p className="as-item__q">
        <span className={f.severity === 'high' ? 'tag as-sev--high' : 'tag'}>
          {x.severity}: {x.severities[f.severity] ?? f.severity}
        </span>{' '}
        {f.title}{' '}
        <span className={f.status === 'closed' ? 'tag tag--ok' : 'tag'}>
          {x.findingStatus[f.status] ?? f.status}
        </span>
      </p>
      <p className="as-item__meta">
        {f.clausePath && (
          <>
            {x.clause}: <code>{f.clausePath}</code>
            {'　'}
          </>
        )}
        {unit ? `${x.unit}: ${unit}　` : ''}
        {f.dueOn ? `${x.dueOn}: ${day(f.dueOn)}` : ''}
      </p>
      <p>{f.detail}</p>
      {f.responses.length > 0 && (
        <ul className="link-list">
          {f.responses.map((r) => (
            <li key={r.at + r.kind}>
              <strong>{x.responseKinds[r.kind] ?? r.kind}</strong>（{formatDateTime(r.at, lang)}）: {r.body}
            </li>
          ))}
        </ul>
      )}
      {f.status !== 'closed' && (can.manage || (can.respond && (!f.unitId || f.unitId === can.unitId))) && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void resp.run(async () => {
              await api.post(`/api/audits/findings/${f.id}/response`, { body: answer });
              setAnswer('');
              await reload();
            });
          }}
        >
          <FormAlert error={resp.error} />
          <AreaField
            id={`resp-${f.id}`}
            label={`${x.respond}（${f.title}）`}
            value={answer}
            onChange={setAnswer}
            rows={2}
            required
          />
          <button
            type="submit"
            className="btn btn--secondary btn--small"
            disabled={resp.busy || !answer.trim()}
          >
            {x.sendResponse}
          </button>
        </form>
      )}
      {f.status !== 'closed' && can.carryOut && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void fu.run(async () => {
              await api.post(`/api/audits/findings/${f.id}/follow-up`, { body: follow, close });
              setFollow('');
              setClose(false);
              await reload();
            });
          }}
        >
          <FormAlert error={fu.error} />
          <AreaField
            id={`fu-${f.id}`}
            label={`${x.followUp}（${f.title}）`}
            value={follow}
            onChange={setFollow}
            rows={2}
            required
          />
          <label className="as-check">
            <input type="checkbox" checked={close} onChange={(e) => setClose(e.target.checked)} />
            {x.closeFinding}
          </label>
          <div>
            <button
              type="submit"
              className="btn btn--secondary btn--small"
              disabled={fu.busy || !follow.trim()}
            >
              {x.sendFollowUp}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
