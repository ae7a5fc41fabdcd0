import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt } from '../../i18n/index.tsx';
import {
  AreaField,
  Frame,
  fiscalYearNow,
  type Named,
  SelectField,
  useFunctions,
  useOrgLists,
} from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';

interface PlanRow {
  id: string;
  kind: string;
  auditType: string;
  title: string;
  fiscalYear: number;
  toYear: number | null;
  status: string;
  parentId: string | null;
}

/** Ticks for a list of units or systems, inside one fieldset. */
export function TickList({
  legend,
  name,
  items,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  items: Named[];
  chosen: string[];
  onChange(ids: string[]): void;
  error?: string;
}) {
  return (
    <fieldset className="field as-box" aria-invalid={error ? true : undefined}>
      <legend className="field__label">{legend}</legend>
      {error && <p className="field__error">{error}</p>}
      {items.map((i) => (
        <div key={i.id}>
          <label className="as-check">
            <input
              type="checkbox"
              name={name}
              checked={chosen.includes(i.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, i.id] : chosen.filter((c) => c !== i.id))
              }
            />
            {i.name}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** 監査: plans (multi-year, yearly, special) and the form to create one with scope and auditors (R-I3). */
export default function Audits() {
  const x = useText();
  const has = useFunctions();
  const { units, people, systems } = useOrgLists();
  const { error, busy, run, field } = useAction();
  const [rows, setRows] = useState<PlanRow[] | null>(null);
  const fy = fiscalYearNow();
  const [f, setF] = useState({
    kind: 'yearly',
    auditType: 'internal',
    title: '',
    fiscalYear: String(fy),
    toYear: '',
    parentId: '',
    purpose: '',
    timing: '',
    structure: '',
    criteria: '',
    auditorOrg: '',
    orderedBy: '',
  });
  const [scopeUnits, setScopeUnits] = useState<string[]>([]);
  const [scopeSystems, setScopeSystems] = useState<string[]>([]);
  const [auditorIds, setAuditorIds] = useState<string[]>(['']);
  const set = (k: keyof typeof f) => (v: string) => setF((s) => ({ ...s, [k]: v }));
  useEffect(() => {
    api.get<PlanRow[]>('/api/audits/plans').then(setRows);
  }, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { id } = await api.post<{ id: string }>('/api/audits/plans', {
        kind: f.kind,
        auditType: f.auditType,
        title: f.title,
        fiscalYear: Number(f.fiscalYear),
        toYear: f.kind === 'multi_year' && f.toYear ? Number(f.toYear) : undefined,
        parentId: f.parentId || undefined,
        purpose: f.purpose,
        scopeUnits,
        scopeSystems,
        timing: f.timing,
        structure: f.structure,
        criteria: f.criteria,
        auditorOrg: f.auditorOrg || undefined,
        orderedBy: f.kind === 'special' ? f.orderedBy || undefined : undefined,
        auditorIds: auditorIds.filter(Boolean),
      });
      navigate(`/inspections/audits/${id}`);
    });
  }
  const multi = (rows ?? []).filter((r) => r.kind === 'multi_year');
  const personOptions = [{ value: '', label: '—' }, ...people.map((p) => ({ value: p.id, label: p.name }))];
  return (
    <Frame title={x.audits} lead={x.auditsLead}>
      <section aria-labelledby="au-list" className="as-section">
        <h2 id="au-list">{x.audits}</h2>
        {rows && rows.length === 0 && <p>{x.none}</p>}
        {rows && rows.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{x.fiscalYear}</th>
                  <th scope="col">{x.title_}</th>
                  <th scope="col">{x.planKind}</th>
                  <th scope="col">{x.auditType}</th>
                  <th scope="col">{x.status}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id}>
                    <td>
                      {fmt(x.fiscalYearLabel, { year: p.fiscalYear })}
                      {p.toYear ? `〜${fmt(x.fiscalYearLabel, { year: p.toYear })}` : ''}
                    </td>
                    <td>
                      <Link href={`/inspections/audits/${p.id}`}>{p.title}</Link>
                    </td>
                    <td>{x.planKinds[p.kind] ?? p.kind}</td>
                    <td>{x.auditTypes[p.auditType] ?? p.auditType}</td>
                    <td>
                      <span className="tag">{x.planStatus[p.status] ?? p.status}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {has('audits.manage') && (
        <section aria-labelledby="au-new" className="as-section">
          <h2 id="au-new">{x.newPlan}</h2>
          <form className="form as-box" onSubmit={submit} noValidate aria-labelledby="au-new">
            <FormAlert
              error={error}
              idPrefix="au"
              labels={{ orderedBy: x.orderedBy, title: x.title_, purpose: x.purpose }}
            />
            <div className="as-grid">
              <SelectField
                id="au-kind"
                label={x.planKind}
                value={f.kind}
                onChange={set('kind')}
                options={['multi_year', 'yearly', 'special'].map((k) => ({
                  value: k,
                  label: x.planKinds[k],
                }))}
              />
              <SelectField
                id="au-auditType"
                label={x.auditType}
                value={f.auditType}
                onChange={set('auditType')}
                options={['internal', 'external'].map((k) => ({ value: k, label: x.auditTypes[k] }))}
              />
              <TextField
                id="au-fiscalYear"
                label={x.fiscalYear}
                type="number"
                value={f.fiscalYear}
                onChange={(e) => set('fiscalYear')(e.target.value)}
                error={field('fiscalYear')}
                required
              />
              {f.kind === 'multi_year' && (
                <TextField
                  id="au-toYear"
                  label={x.toYear}
                  type="number"
                  value={f.toYear}
                  onChange={(e) => set('toYear')(e.target.value)}
                  error={field('toYear')}
                />
              )}
              {f.kind !== 'multi_year' && multi.length > 0 && (
                <SelectField
                  id="au-parentId"
                  label={x.parent}
                  value={f.parentId}
                  onChange={set('parentId')}
                  options={[
                    { value: '', label: '—' },
                    ...multi.map((m) => ({ value: m.id, label: m.title })),
                  ]}
                />
              )}
              {f.kind === 'special' && (
                <SelectField
                  id="au-orderedBy"
                  label={x.orderedBy}
                  value={f.orderedBy}
                  onChange={set('orderedBy')}
                  options={personOptions}
                  error={field('orderedBy')}
                  required
                />
              )}
            </div>
            <TextField
              id="au-title"
              label={x.title_}
              value={f.title}
              onChange={(e) => set('title')(e.target.value)}
              error={field('title')}
              required
            />
            <AreaField
              id="au-purpose"
              label={x.purpose}
              value={f.purpose}
              onChange={set('purpose')}
              error={field('purpose')}
              required
            />
            <div className="as-grid">
              <TickList
                legend={x.scopeUnits}
                name="scopeUnits"
                items={units}
                chosen={scopeUnits}
                onChange={setScopeUnits}
              />
              {systems.length > 0 && (
                <TickList
                  legend={x.scopeSystems}
                  name="scopeSystems"
                  items={systems}
                  chosen={scopeSystems}
                  onChange={setScopeSystems}
                />
              )}
            </div>
            <div className="as-grid">
              <TextField
                id="au-timing"
                label={x.timing}
                value={f.timing}
                onChange={(e) => set('timing')(e.target.value)}
                error={field('timing')}
                required
              />
              <TextField
                id="au-auditorOrg"
                label={x.auditorOrg}
                value={f.auditorOrg}
                onChange={(e) => set('auditorOrg')(e.target.value)}
                error={field('auditorOrg')}
              />
            </div>
            <AreaField
              id="au-structure"
              label={x.structure}
              value={f.structure}
              onChange={set('structure')}
              error={field('structure')}
              required
              rows={2}
            />
            <AreaField
              id="au-criteria"
              label={x.criteria}
              value={f.criteria}
              onChange={set('criteria')}
              error={field('criteria')}
              required
              rows={2}
            />
            <fieldset className="as-box">
              <legend className="field__label">{x.auditors}</legend>
              {auditorIds.map((a, i) => (
                <SelectField
                  // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in the form
                  key={i}
                  id={`au-auditorIds.${i}`}
                  label={`${x.auditors} ${i + 1}`}
                  value={a}
                  onChange={(v) => setAuditorIds((ids) => ids.map((old, j) => (j === i ? v : old)))}
                  options={personOptions}
                  error={field(`auditorIds.${i}`)}
                />
              ))}
              <button
                type="button"
                className="btn btn--text btn--small"
                onClick={() => setAuditorIds((ids) => [...ids, ''])}
              >
                {x.addAuditor}
              </button>
            </fieldset>
            <div className="actions">
              <button type="submit" className="btn btn--primary" disabled={busy}>
                {x.newPlan}
              </button>
            </div>
          </form>
        </section>
      )}
    </Frame>
  );
}
