import { type FormEvent, useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { TextField } from '../../components/Field.tsx';
import { type FieldSpec, SpecField } from '../../components/FieldsForm.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { incApi, TextArea, val } from './parts.tsx';
import { incidentTexts } from './texts.ts';

export interface Section {
  key: string;
  title: string;
  body: string;
}

export interface PlanAnswer {
  plan: {
    title: string;
    version: number;
    sections: Section[];
    bcp_title: string | null;
    bcp_reference: string | null;
    bcp_checked_at: string | null;
    bcp_note: string | null;
    review_due: string | null;
  } | null;
  required: { key: string; title: string }[];
  requiredSource: 'policy' | 'default';
  requiredClause: string | null;
  missing: string[];
  versions: { id: string; version: number; created_at: string }[];
  triggers: { id: string; reason: string; review_due: string; created_at: string }[];
  reviewDue: string | null;
  reviewOverdue: boolean;
}

/** The sections as edited: the required ones first (empty when not yet written), then the body's own. */
function initialSections(data: PlanAnswer): Section[] {
  const have = data.plan?.sections ?? [];
  const req = data.required.map((r) => have.find((s) => s.key === r.key) ?? { ...r, body: '' });
  return [...req, ...have.filter((s) => !data.required.some((r) => r.key === s.key))];
}

/** The plan's sections (the required ones checked as they are written), its BCP and its review date. */
export function PlanForm({
  data,
  may,
  onSaved,
}: {
  data: PlanAnswer;
  may: boolean;
  onSaved(version: number): void;
}) {
  const x = useT(incidentTexts);
  const p = data.plan;
  const [sections, setSections] = useState<Section[]>(() => initialSections(data));
  const [reviewDue, setReviewDue] = useState(p?.review_due ?? '');
  const save = useMutate((body: unknown) => incApi.put<{ version: number }>('/api/emergency-plan', body), {
    onDone: (r) => onSaved(r.version),
  });
  const missing = data.required.filter((r) => !sections.some((s) => s.key === r.key && s.body.trim()));
  const isRequired = (k: string) => data.required.some((r) => r.key === k);
  const edit = (i: number, patch: Partial<Section>) =>
    setSections((all) => all.map((s, n) => (n === i ? { ...s, ...patch } : s)));

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    void save.run({
      title: val(f, 'title'),
      required: data.required,
      sections: sections.map((s) => ({ key: s.key, title: s.title.trim(), body: s.body })),
      bcpTitle: val(f, 'bcpTitle') || null,
      bcpReference: val(f, 'bcpReference') || null,
      reviewDue: reviewDue || null,
    });
  }
  const spec = (f: FieldSpec) => <SpecField id={`plan-${f.name}`} f={f} error={save.field(f.name)} />;
  return (
    <>
      <section aria-labelledby="plan-required">
        <h2 id="plan-required" className="section-title">
          {x.required}
        </h2>
        <p className="field__hint">
          {data.requiredSource === 'policy'
            ? fmt(x.requiredFromPolicy, { clause: data.requiredClause ?? '' })
            : x.requiredDefault}
        </p>
        <ul>
          {data.required.map((r) => {
            const miss = missing.some((m) => m.key === r.key);
            return (
              <li key={r.key} className={miss ? 'inc-warn' : 'inc-ok'}>
                {miss ? '✗' : '✓'} {r.title}
              </li>
            );
          })}
        </ul>
        <p role="status" className={missing.length ? 'inc-warn' : 'inc-ok'}>
          {missing.length ? `${x.missing}: ${missing.map((m) => m.title).join('、')}` : x.allPresent}
        </p>
      </section>
      {!may && <p className="alert alert--info">{x.readOnly}</p>}
      <form onSubmit={submit} noValidate aria-label={x.planTitle} className="form section">
        <FormAlert error={save.error} idPrefix="plan" />
        <fieldset disabled={!may}>
          {spec({
            name: 'title',
            label: x.planName,
            required: true,
            maxLength: 200,
            defaultValue: p?.title ?? x.planDefaultName,
          })}
          {sections.map((s, i) => (
            <div key={s.key} className="inc-card">
              {isRequired(s.key) ? (
                <p className="field__label">{s.title}</p>
              ) : (
                <TextField
                  id={`plan-title-${s.key}`}
                  label={x.sectionTitle}
                  value={s.title}
                  maxLength={200}
                  onChange={(e) => edit(i, { title: e.target.value })}
                />
              )}
              <TextArea
                id={`plan-sections.${s.key}`}
                label={`${s.title}：${x.sectionBody}`}
                value={s.body}
                required={isRequired(s.key)}
                maxLength={20000}
                rows={5}
                onChange={(e) => edit(i, { body: e.target.value })}
                error={save.field(`sections.${s.key}`)}
              />
              {may && !isRequired(s.key) && (
                <button
                  type="button"
                  className="btn btn--text btn--danger-text"
                  onClick={() => setSections((all) => all.filter((_, n) => n !== i))}
                >
                  {x.remove}
                </button>
              )}
            </div>
          ))}
          {may && (
            <button
              type="button"
              className="btn btn--secondary btn--small"
              onClick={() =>
                setSections((all) => [
                  ...all,
                  { key: `extra_${Date.now().toString(36)}`, title: x.extraSection, body: '' },
                ])
              }
            >
              {x.addSection}
            </button>
          )}
          <h3 className="section">{x.bcp}</h3>
          {spec({ name: 'bcpTitle', label: x.bcpTitle, maxLength: 300, defaultValue: p?.bcp_title ?? '' })}
          {spec({
            name: 'bcpReference',
            label: x.bcpReference,
            maxLength: 500,
            defaultValue: p?.bcp_reference ?? '',
          })}
          <DateField
            id="plan-reviewDue"
            label={x.reviewDue}
            value={reviewDue}
            onChange={setReviewDue}
            error={save.field('reviewDue')}
            disabled={!may}
          />
          {/* Only whoever may change the plan is offered the buttons; the others read it. */}
          {may && <SubmitRow label={x.save} busy={save.busy} />}
        </fieldset>
      </form>
    </>
  );
}
