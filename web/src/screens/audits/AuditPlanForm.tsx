import { type FormEvent, useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { navigate } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useT } from '../../i18n/index.tsx';
import { AreaField, fiscalYearNow, SelectField, useFormState, useOrgLists } from '../dashboard/kit.tsx';
import { TickList, useTicks } from '../dashboard/TickList.tsx';
import { assuranceTexts } from '../dashboard/texts.ts';
import { auditsApi, PLANS, type PlanRow } from './api.ts';

/** A new audit plan: kind, year(s), purpose, scope, timing, structure, criteria and auditors (R-I3). */
export function AuditPlanForm({ multiYear }: { multiYear: PlanRow[] }) {
  const x = useT(assuranceTexts);
  const { units, people, systems } = useOrgLists();
  const form = useFormState('au', {
    kind: 'yearly',
    auditType: 'internal',
    title: '',
    fiscalYear: String(fiscalYearNow()),
    toYear: '',
    parentId: '',
    purpose: '',
    timing: '',
    structure: '',
    criteria: '',
    auditorOrg: '',
    orderedBy: '',
  });
  const scopeUnits = useTicks('scopeUnits');
  const scopeSystems = useTicks('scopeSystems');
  const [auditorIds, setAuditorIds] = useState<string[]>(['']);
  const { values: f, set } = form;
  const create = useMutate(auditsApi.createPlan, {
    invalidate: [PLANS],
    onDone: ({ id }) => navigate(`/inspections/audits/${id}`),
  });
  const { field } = create;
  function submit(e: FormEvent) {
    e.preventDefault();
    void create.run({
      kind: f.kind,
      auditType: f.auditType,
      title: f.title,
      fiscalYear: Number(f.fiscalYear),
      toYear: f.kind === 'multi_year' && f.toYear ? Number(f.toYear) : undefined,
      parentId: f.parentId || undefined,
      purpose: f.purpose,
      scopeUnits: scopeUnits.chosen,
      scopeSystems: scopeSystems.chosen,
      timing: f.timing,
      structure: f.structure,
      criteria: f.criteria,
      auditorOrg: f.auditorOrg || undefined,
      orderedBy: f.kind === 'special' ? f.orderedBy || undefined : undefined,
      auditorIds: auditorIds.filter(Boolean),
    });
  }
  const personOptions = [{ value: '', label: '—' }, ...people.map((p) => ({ value: p.id, label: p.name }))];
  return (
    <form className="form as-box" onSubmit={submit} noValidate aria-labelledby="au-new">
      <FormAlert
        error={create.error}
        idPrefix="au"
        labels={{ orderedBy: x.orderedBy, title: x.title_, purpose: x.purpose }}
      />
      <div className="as-grid">
        <SelectField
          {...form.pick('kind')}
          label={x.planKind}
          options={['multi_year', 'yearly', 'special'].map((k) => ({ value: k, label: x.planKinds[k] }))}
        />
        <SelectField
          {...form.pick('auditType')}
          label={x.auditType}
          options={['internal', 'external'].map((k) => ({ value: k, label: x.auditTypes[k] }))}
        />
        <TextField {...form.text('fiscalYear', field)} label={x.fiscalYear} type="number" required />
        {f.kind === 'multi_year' && (
          <TextField {...form.text('toYear', field)} label={x.toYear} type="number" />
        )}
        {f.kind !== 'multi_year' && multiYear.length > 0 && (
          <SelectField
            {...form.pick('parentId')}
            label={x.parent}
            options={[{ value: '', label: '—' }, ...multiYear.map((m) => ({ value: m.id, label: m.title }))]}
          />
        )}
        {f.kind === 'special' && (
          <SelectField
            {...form.pick('orderedBy', field)}
            label={x.orderedBy}
            options={personOptions}
            required
          />
        )}
      </div>
      <TextField {...form.text('title', field)} label={x.title_} required />
      <AreaField {...form.pick('purpose', field)} label={x.purpose} required />
      <div className="as-grid">
        <TickList legend={x.scopeUnits} items={units} {...scopeUnits} />
        {systems.length > 0 && <TickList legend={x.scopeSystems} items={systems} {...scopeSystems} />}
      </div>
      <div className="as-grid">
        <TextField {...form.text('timing', field)} label={x.timing} required />
        <TextField {...form.text('auditorOrg', field)} label={x.auditorOrg} />
      </div>
      {(['structure', 'criteria'] as const).map((k) => (
        <AreaField
          key={k}
          id={`au-${k}`}
          label={x[k]}
          value={f[k]}
          onChange={set(k)}
          error={field(k)}
          required
          rows={2}
        />
      ))}
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
      <SubmitRow label={x.newPlan} busy={create.busy} />
    </form>
  );
}
