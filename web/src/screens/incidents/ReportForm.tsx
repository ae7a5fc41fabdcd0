import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { navigate } from '../../app/router.tsx';
import { localNow, toIso } from '../../components/DateTimeField.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { type FieldSpec, SpecField } from '../../components/FieldsForm.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { kitTexts } from '../../components/i18n.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { type ClauseCitation, citeText } from './cite.ts';
import { incidentHomeTexts } from './i18n.ts';
import { area } from './parts.tsx';
import { reportTexts } from './report-texts.ts';
import './incidents.css';

interface IncidentType {
  key: string;
  nameJa: string;
  nameEn: string;
  steps: { ja: string; en: string }[];
  clauseCitation: ClauseCitation | null;
}

/** The one-minute report form: works on a phone, shows the type's first steps as soon as it is chosen. */
export function ReportForm() {
  const f = useFormat();
  const x = useT(incidentHomeTexts);
  const r = useT(reportTexts);
  const c = useT(kitTexts);
  const types = useData<{ items: IncidentType[] }>('/api/incidents/types').data?.items ?? [];
  const [typeKey, setTypeKey] = useState('');
  const [source, setSource] = useState('staff');
  const [personal, setPersonal] = useState('unknown');
  const send = useMutate((body: unknown) => api.post<{ id: string }>('/api/incidents', body), {
    invalidate: ['/api/incidents'],
    onDone: (created) => navigate(`/incidents/${created.id}`),
  });
  const { error, field } = send;
  const type = types.find((t) => t.key === typeKey);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = new FormData(e.currentTarget);
    const text = (name: string) => String(v.get(name) ?? '');
    void send.run({
      title: text('title'),
      description: text('description'),
      typeKey,
      foundAt: toIso(text('foundAt')),
      occurredAt: toIso(text('occurredAt')) || null,
      personalInfo: personal,
      source,
      sourceDetail: source === 'staff' ? null : text('sourceDetail'),
    });
  }

  const now = localNow();
  const spec = (id: string, f: FieldSpec) => <SpecField id={id} f={f} error={field(f.name)} />;
  return (
    <form onSubmit={submit} noValidate aria-label={x.report}>
      <FormAlert error={error} idPrefix="incident" />
      <SelectField
        id="incident-type"
        className="input inc-full-mobile"
        label={x.type}
        value={typeKey}
        onChange={(e) => setTypeKey(e.target.value)}
        required
        aria-describedby={type ? 'incident-steps' : undefined}
        error={field('typeKey')}
        placeholder={c.choose}
        options={types.map((t) => ({ value: t.key, label: f.named(t.nameJa, t.nameEn) }))}
      />
      {type && (
        <div id="incident-steps" className="notice" role="note">
          <p className="notice__title">{x.steps}</p>
          <ol>
            {type.steps.map((s) => (
              <li key={s.ja}>{f.named(s.ja, s.en)}</li>
            ))}
          </ol>
          {type.clauseCitation && <p>{fmt(x.stepsClause, { clause: citeText(x, type.clauseCitation) })}</p>}
        </div>
      )}
      {spec('incident-title', { name: 'title', label: x.what, required: true, maxLength: 200 })}
      {spec('incident-description', { ...area('description', x.description, 4000, true), rows: 4 })}
      {spec('incident-found', {
        name: 'foundAt',
        kind: 'datetime',
        label: x.foundAt,
        defaultValue: now,
        required: true,
      })}
      {spec('incident-occurred', {
        name: 'occurredAt',
        kind: 'datetime',
        label: r.occurredAt,
        hint: r.occurredHint,
        max: now,
      })}
      <fieldset className="field inc-radio-row">
        <legend className="field__label">{x.personal}</legend>
        {(['yes', 'no', 'unknown'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="personal"
              value={v}
              checked={personal === v}
              onChange={() => setPersonal(v)}
            />{' '}
            {x[v]}
          </label>
        ))}
      </fieldset>
      <SelectField
        id="incident-source"
        className="input inc-full-mobile"
        label={x.source}
        value={source}
        onChange={(e) => setSource(e.target.value)}
        options={(['staff', 'citizen', 'vendor', 'other'] as const).map((v) => ({ value: v, label: x[v] }))}
      />
      {source !== 'staff' && (
        <TextField id="incident-source-detail" name="sourceDetail" label={x.sourceDetail} maxLength={500} />
      )}
      <button type="submit" className="btn btn--primary btn--block" disabled={send.busy}>
        {x.send}
      </button>
    </form>
  );
}
