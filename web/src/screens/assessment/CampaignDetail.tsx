import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import {
  AreaField,
  Bars,
  Frame,
  isoDay,
  patch,
  SelectField,
  useDay,
  useFunctions,
} from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { clauseHref } from '../policy/ClauseRef.tsx';
import { closeTexts } from './close-texts.ts';
import { Receipts } from './Receipts.tsx';

interface Item {
  id: string;
  seq: number;
  area: string;
  clausePath: string | null;
  question: string;
  sourceText: string | null;
  respondentKind: string;
  roleIds: string[];
  source: string;
}
interface Measure {
  id: string;
  title: string;
  itemId: string | null;
  ownerUserId: string;
  dueOn: string;
  status: string;
  result: string | null;
}
export interface Campaign {
  id: string;
  title: string;
  fiscalYear: number;
  kind: string;
  status: string;
  dueOn: string | null;
  policyVersionId: string | null;
  noticeId: string | null;
  areas: Record<string, string>;
  items: Item[];
  measures: Measure[];
}
interface Tally {
  key: string;
  label: string;
  total: number;
  answered: number;
  done: number;
  partial: number;
  notDone: number;
  na: number;
  rate: number | null;
}
interface Results {
  overall: Tally | null;
  byUnit: Tally[];
  byRole: Tally[];
  byArea: Tally[];
  history: { fiscalYear: number; overall: Tally | null }[];
}
interface Person {
  id: string;
  displayName: string;
  loginId: string;
}
interface Role {
  id: string;
  name: string;
}

const bars = (rows: Tally[]) =>
  rows.map((t) => ({
    key: t.key,
    label: t.label,
    value: t.rate,
    detail: `${t.answered}/${t.total}（${t.done}・${t.partial}・${t.notDone}・${t.na}）`,
  }));

/** One campaign: items by policy area (editable in draft), launch, results, measures, publication. */
export default function CampaignDetail({ params }: ScreenProps) {
  const x = useText();
  const day = useDay();
  const has = useFunctions();
  const canManage = has('assessment.manage');
  const [c, setC] = useState<Campaign | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [roles, setRoles] = useState<Role[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  const ct = useT(closeTexts);
  const [failed, setFailed] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      const d = await api.get<Campaign>(`/api/assessment/campaigns/${params.id}`);
      setC(d);
      if (d.status !== 'draft')
        setResults(await api.get<Results>(`/api/assessment/campaigns/${params.id}/results`));
    } catch (e) {
      // A refusal or a missing campaign is said in words, never an endless 読み込み中.
      setFailed(e instanceof ApiError ? e : new ApiError(0, 'network', ''));
    }
  }, [params.id]);
  useEffect(() => {
    void load();
    api
      .get<{ items: Person[] }>('/api/org/people')
      .then((r) => setPeople(r.items))
      .catch(() => setPeople([]));
    api
      .get<{ items: Role[] }>('/api/org/roles')
      .then((r) => setRoles(r.items))
      .catch(() => setRoles([]));
  }, [load]);
  if (!c && failed) return <LoadFailed error={failed} onRetry={() => void load()} />;
  if (!c) return <Loading />;
  const groups = new Map<string, Item[]>();
  for (const i of c.items) groups.set(i.area, [...(groups.get(i.area) ?? []), i]);
  const areaName = (a: string) => c.areas?.[a] ?? a;
  const personName = (id: string) => people.find((p) => p.id === id)?.displayName ?? '—';
  const step = (fn: () => Promise<string>) =>
    action.run(async () => {
      setMessage(null);
      const m = await fn();
      await load();
      setMessage(m);
    });
  return (
    <Frame
      title={c.title}
      lead={`${fmt(x.fiscalYearLabel, { year: c.fiscalYear })}・${x.kindShort[c.kind] ?? c.kind}・${fmt(x.itemCount, { n: c.items.length })}${c.dueOn ? `・${x.dueOn} ${day(c.dueOn)}` : ''}`}
    >
      {dialog}
      <p>
        {x.status}: <span className="tag">{x.campaignStatus[c.status] ?? c.status}</span>
      </p>
      <FormAlert error={action.error} />
      <Status message={message} />
      {canManage && (
        <div className="actions as-section">
          {c.status === 'draft' && (
            <button
              type="button"
              className="btn btn--primary"
              disabled={action.busy}
              onClick={() =>
                void step(async () => {
                  const r = await api.post<{ respondents: number; responses: number }>(
                    `/api/assessment/campaigns/${c.id}/launch`,
                  );
                  return fmt(x.launched, { responses: r.responses, notified: r.respondents });
                })
              }
            >
              {x.launch}
            </button>
          )}
          {c.status === 'open' && (
            <button
              type="button"
              className="btn btn--secondary"
              disabled={action.busy}
              onClick={async () => {
                const total = results?.overall?.total ?? 0;
                const missing = total - (results?.overall?.answered ?? 0);
                const ok = await confirm(ct.confirm, {
                  detail: fmt(missing ? ct.missing : ct.allIn, { total, missing }),
                  confirmLabel: x.close,
                  danger: missing > 0,
                });
                if (!ok) return;
                void step(async () => {
                  await api.post(`/api/assessment/campaigns/${c.id}/close`);
                  return x.closed;
                });
              }}
            >
              {x.close}
            </button>
          )}
        </div>
      )}

      {results && <ResultsView results={results} />}

      {c.status !== 'draft' && (
        <Measures c={c} people={people} canManage={canManage} personName={personName} reload={load} />
      )}

      {c.status !== 'draft' && <Publish c={c} canManage={canManage} reload={load} />}

      <section aria-labelledby="cmp-items" className="as-section">
        <h2 id="cmp-items">
          {x.items}（{fmt(x.itemCount, { n: c.items.length })}）
        </h2>
        {[...groups.entries()].map(([area, items]) => (
          <details key={area} className="as-box" open={groups.size <= 3}>
            <summary>
              <strong>{areaName(area)}</strong>（{items.length}）
            </summary>
            <ul className="link-list">
              {items.map((i) => (
                <ItemRow
                  key={i.id}
                  item={i}
                  c={c}
                  roles={roles}
                  editable={canManage && c.status === 'draft'}
                  reload={load}
                />
              ))}
            </ul>
          </details>
        ))}
        {canManage && c.status === 'draft' && <AddItem c={c} roles={roles} reload={load} />}
      </section>
    </Frame>
  );
}

function ClauseLink({ c, path }: { c: Campaign; path: string | null }) {
  if (!path) return null;
  return c.policyVersionId ? (
    <Link href={clauseHref(c.policyVersionId, path)}>
      <code>{path}</code>
    </Link>
  ) : (
    <code>{path}</code>
  );
}

function ItemRow({
  item,
  c,
  roles,
  editable,
  reload,
}: {
  item: Item;
  c: Campaign;
  roles: Role[];
  editable: boolean;
  reload(): Promise<void>;
}) {
  const x = useText();
  const [editing, setEditing] = useState(false);
  const [question, setQuestion] = useState(item.question);
  const [area, setArea] = useState(item.area);
  const { error, busy, run, field } = useAction();
  const roleNames = item.roleIds.map((r) => roles.find((x) => x.id === r)?.name ?? r).join('、');
  return (
    <li className="as-item">
      <p className="as-item__q">
        {item.seq}. {item.question}
      </p>
      <p className="as-item__meta">
        {x.clause}: <ClauseLink c={c} path={item.clausePath} />
        {'　'}
        {x.respondent}: {x.respondentKinds[item.respondentKind] ?? item.respondentKind}
        {roleNames ? `（${roleNames}）` : ''}
      </p>
      {item.sourceText && <p className="as-item__meta">{item.sourceText}</p>}
      {editable && !editing && (
        <button type="button" className="btn btn--text btn--small" onClick={() => setEditing(true)}>
          {x.edit}
          <span className="visually-hidden">（{item.seq}）</span>
        </button>
      )}
      {editing && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await patch(`/api/assessment/items/${item.id}`, { question, area });
              setEditing(false);
              await reload();
            });
          }}
        >
          <FormAlert error={error} />
          <AreaField
            id={`item-${item.id}-question`}
            label={x.question}
            value={question}
            onChange={setQuestion}
            error={field('question')}
            required
          />
          <SelectField
            id={`item-${item.id}-area`}
            label={x.areaCol}
            value={area}
            onChange={setArea}
            options={Object.entries(c.areas).map(([value, label]) => ({ value, label }))}
          />
          <div className="actions">
            <button type="submit" className="btn btn--primary btn--small" disabled={busy}>
              {x.save}
            </button>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setEditing(false)}>
              {x.cancel}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function AddItem({ c, roles, reload }: { c: Campaign; roles: Role[]; reload(): Promise<void> }) {
  const x = useText();
  const { error, busy, run, field } = useAction();
  const [f, setF] = useState({
    question: '',
    area: 'other',
    clausePath: '',
    respondentKind: 'roles',
    roleId: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF((s) => ({ ...s, [k]: v }));
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await api.post(`/api/assessment/campaigns/${c.id}/items`, {
        question: f.question,
        area: f.area,
        clausePath: f.clausePath || null,
        respondentKind: f.respondentKind,
        roleIds: f.respondentKind === 'roles' && f.roleId ? [f.roleId] : [],
      });
      setF({
        question: '',
        area: f.area,
        clausePath: '',
        respondentKind: f.respondentKind,
        roleId: f.roleId,
      });
      await reload();
    });
  }
  return (
    <form className="form as-box" onSubmit={submit} aria-labelledby="cmp-add" noValidate>
      <h3 id="cmp-add">{x.addItem}</h3>
      <FormAlert error={error} />
      <AreaField
        id="add-question"
        label={x.question}
        value={f.question}
        onChange={set('question')}
        error={field('question')}
        required
      />
      <div className="as-grid">
        <SelectField
          id="add-area"
          label={x.areaCol}
          value={f.area}
          onChange={set('area')}
          options={Object.entries(c.areas).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          id="add-clausePath"
          label={x.clause}
          value={f.clausePath}
          onChange={(e) => set('clausePath')(e.target.value)}
          error={field('clausePath')}
        />
        <SelectField
          id="add-respondentKind"
          label={x.respondent}
          value={f.respondentKind}
          onChange={set('respondentKind')}
          options={['roles', 'staff', 'default'].map((k) => ({ value: k, label: x.respondentKinds[k] }))}
        />
        {f.respondentKind === 'roles' && (
          <SelectField
            id="add-roleIds"
            label={x.role}
            value={f.roleId}
            onChange={set('roleId')}
            error={field('roleIds')}
            options={[{ value: '', label: '—' }, ...roles.map((r) => ({ value: r.id, label: r.name }))]}
          />
        )}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn--secondary" disabled={busy}>
          {x.addItem}
        </button>
      </div>
    </form>
  );
}

function ResultsView({ results }: { results: Results }) {
  const x = useText();
  const o = results.overall;
  return (
    <section aria-labelledby="cmp-results" className="as-section">
      <h2 id="cmp-results">{x.results}</h2>
      {o && (
        <p>
          {x.overall}: {x.rate} <strong>{o.rate === null ? '—' : `${o.rate}%`}</strong>（{x.answered}{' '}
          {o.answered}/{o.total}・{x.answers.done} {o.done}・{x.answers.partial} {o.partial}・
          {x.answers.not_done} {o.notDone}・{x.answers.na} {o.na}）
        </p>
      )}
      <Bars title={x.byUnit} valueLabel={x.rate} rows={bars(results.byUnit)} />
      <Bars title={x.byRole} valueLabel={x.rate} rows={bars(results.byRole)} />
      <Bars title={x.byArea} valueLabel={x.rate} rows={bars(results.byArea)} />
      {results.history.length > 0 && (
        <Bars
          title={x.history}
          valueLabel={x.rate}
          rows={[
            ...(o
              ? [{ key: 'now', label: x.overall, value: o.rate, detail: `${o.answered}/${o.total}` }]
              : []),
            ...results.history.map((h) => ({
              key: String(h.fiscalYear),
              label: fmt(x.fiscalYearLabel, { year: h.fiscalYear }),
              value: h.overall?.rate ?? null,
              detail: h.overall ? `${h.overall.answered}/${h.overall.total}` : '',
            })),
          ]}
        />
      )}
    </section>
  );
}

function Measures({
  c,
  people,
  canManage,
  personName,
  reload,
}: {
  c: Campaign;
  people: Person[];
  canManage: boolean;
  personName(id: string): string;
  reload(): Promise<void>;
}) {
  const x = useText();
  const add = useAction();
  const [f, setF] = useState({ title: '', itemId: '', ownerUserId: '', dueOn: isoDay(60) });
  const set = (k: keyof typeof f) => (v: string) => setF((s) => ({ ...s, [k]: v }));
  return (
    <section aria-labelledby="cmp-measures" className="as-section">
      <h2 id="cmp-measures">{x.measures}</h2>
      {c.measures.length === 0 && <p>{x.none}</p>}
      <ul className="link-list">
        {c.measures.map((m) => (
          <MeasureRow
            key={m.id}
            m={m}
            c={c}
            canManage={canManage}
            owner={personName(m.ownerUserId)}
            reload={reload}
          />
        ))}
      </ul>
      {canManage && (
        <form
          className="form as-box"
          aria-labelledby="measure-add"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add.run(async () => {
              await api.post(`/api/assessment/campaigns/${c.id}/measures`, {
                title: f.title,
                itemId: f.itemId || undefined,
                ownerUserId: f.ownerUserId,
                dueOn: f.dueOn,
              });
              setF({ ...f, title: '', itemId: '' });
              await reload();
            });
          }}
        >
          <h3 id="measure-add">{x.addMeasure}</h3>
          <FormAlert error={add.error} />
          <TextField
            id="measure-title"
            label={x.measure}
            value={f.title}
            onChange={(e) => set('title')(e.target.value)}
            error={add.field('title')}
            required
          />
          <SelectField
            id="measure-item"
            label={x.relatedItem}
            value={f.itemId}
            onChange={set('itemId')}
            options={[
              { value: '', label: '—' },
              ...c.items.map((i) => ({ value: i.id, label: `${i.seq}. ${i.question.slice(0, 60)}` })),
            ]}
          />
          <div className="as-grid">
            <SelectField
              id="measure-owner"
              label={x.owner}
              value={f.ownerUserId}
              onChange={set('ownerUserId')}
              error={add.field('ownerUserId')}
              required
              options={[
                { value: '', label: '—' },
                ...people.map((p) => ({ value: p.id, label: `${p.displayName}（${p.loginId}）` })),
              ]}
            />
            <TextField
              id="measure-due"
              label={x.dueOn}
              type="date"
              value={f.dueOn}
              onChange={(e) => set('dueOn')(e.target.value)}
              error={add.field('dueOn')}
              required
            />
          </div>
          <div className="actions">
            <button type="submit" className="btn btn--secondary" disabled={add.busy}>
              {x.addMeasure}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function MeasureRow({
  m,
  c,
  canManage,
  owner,
  reload,
}: {
  m: Measure;
  c: Campaign;
  canManage: boolean;
  owner: string;
  reload(): Promise<void>;
}) {
  const x = useText();
  const day = useDay();
  const { error, busy, run, field } = useAction();
  const [result, setResult] = useState('');
  const item = c.items.find((i) => i.id === m.itemId);
  return (
    <li className="as-item">
      <p className="as-item__q">
        {m.title}{' '}
        <span className={m.status === 'closed' ? 'tag tag--ok' : 'tag'}>
          {x.measureStatus[m.status] ?? m.status}
        </span>
      </p>
      <p className="as-item__meta">
        {x.owner}: {owner}・{x.dueOn}: {day(m.dueOn)}
        {item ? `・${x.relatedItem}: ${item.seq}. ${item.question.slice(0, 40)}` : ''}
      </p>
      {m.result && (
        <p>
          {x.measureResult}: {m.result}
        </p>
      )}
      {canManage && m.status === 'open' && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await api.post(`/api/assessment/measures/${m.id}/close`, { result });
              await reload();
            });
          }}
        >
          <FormAlert error={error} />
          <AreaField
            id={`measure-${m.id}-result`}
            label={`${x.measureResult}（${m.title}）`}
            value={result}
            onChange={setResult}
            error={field('result')}
            required
            rows={2}
          />
          <button type="submit" className="btn btn--secondary btn--small" disabled={busy}>
            {x.closeMeasure}
          </button>
        </form>
      )}
    </li>
  );
}

function Publish({ c, canManage, reload }: { c: Campaign; canManage: boolean; reload(): Promise<void> }) {
  const x = useText();
  const { error, busy, run } = useAction();
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="cmp-publish" className="as-section">
      <h2 id="cmp-publish">{x.publish}</h2>
      {canManage && !c.noticeId && (
        <form
          className="form as-box"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await api.post(`/api/assessment/campaigns/${c.id}/publish`, { message: text });
              setDone(x.published);
              await reload();
            });
          }}
        >
          <FormAlert error={error} />
          <AreaField id="publish-message" label={x.publishMessage} value={text} onChange={setText} />
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {x.publish}
          </button>
        </form>
      )}
      <Status message={done} />
      {c.noticeId && <Receipts campaignId={c.id} />}
    </section>
  );
}
