import { type FormEvent, useEffect, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/date.ts';
import { IncFrame, incApi, TextArea, useFunctions, useLoad, val } from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Section {
  key: string;
  title: string;
  body: string;
}
interface PlanAnswer {
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

/** The emergency response plan (R-A3): required sections from the policy, versions, BCP check, review triggers. */
export default function PlanEditor() {
  const { lang } = useI18n();
  const x = useT(incidentTexts);
  const may = useFunctions()('emergency_plan.manage');
  const { data, reload } = useLoad<PlanAnswer>('/api/emergency-plan');
  const [sections, setSections] = useState<Section[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const save = useAction();
  const bcp = useAction();
  const trig = useAction();

  useEffect(() => {
    if (!data) return;
    const have = data.plan?.sections ?? [];
    const req = data.required.map((r) => have.find((s) => s.key === r.key) ?? { ...r, body: '' });
    setSections([...req, ...have.filter((s) => !data.required.some((r) => r.key === s.key))]);
  }, [data]);

  if (!data) return <IncFrame title={x.planTitle}>…</IncFrame>;
  const missing = data.required.filter((r) => !sections.some((s) => s.key === r.key && s.body.trim()));
  const isRequired = (k: string) => data.required.some((r) => r.key === k);
  const edit = (i: number, patch: Partial<Section>) =>
    setSections((all) => all.map((s, n) => (n === i ? { ...s, ...patch } : s)));

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    save.run(async () => {
      const r = await incApi.put<{ version: number }>('/api/emergency-plan', {
        title: val(f, 'title'),
        required: data?.required,
        sections: sections.map((s) => ({ key: s.key, title: s.title.trim(), body: s.body })),
        bcpTitle: val(f, 'bcpTitle') || null,
        bcpReference: val(f, 'bcpReference') || null,
        reviewDue: val(f, 'reviewDue') || null,
      });
      setDone(`${x.saved}（${fmt(x.version, { n: r.version })}）`);
      await reload();
    });
  }
  function checkBcp(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const note = val(new FormData(e.currentTarget), 'note');
    bcp.run(async () => {
      await incApi.post('/api/emergency-plan/bcp-check', { note: note || null });
      setDone(x.recorded);
      await reload();
    });
  }
  function addTrigger(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    trig.run(async () => {
      await incApi.post('/api/emergency-plan/triggers', {
        reason: val(f, 'reason'),
        reviewDue: val(f, 'reviewDue'),
      });
      form.reset();
      setDone(x.recorded);
      await reload();
    });
  }
  const p = data.plan;
  return (
    <IncFrame title={x.planTitle} lead={x.planLead}>
      <Status message={done} />
      {data.reviewDue && (
        <p className={data.reviewOverdue ? 'alert alert--error' : 'alert alert--info'}>
          {data.reviewOverdue ? x.reviewOverdue : x.reviewDue}: {formatDate(data.reviewDue, lang)}
        </p>
      )}
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
          <TextField
            id="plan-title"
            name="title"
            label={x.planName}
            required
            maxLength={200}
            defaultValue={
              p?.title ?? (lang === 'en' ? 'Emergency response plan' : '情報セキュリティ緊急時対応計画')
            }
            error={save.field('title')}
          />
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
              {!isRequired(s.key) && (
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
          <h3 className="section">{x.bcp}</h3>
          <TextField
            id="plan-bcpTitle"
            name="bcpTitle"
            label={x.bcpTitle}
            maxLength={300}
            defaultValue={p?.bcp_title ?? ''}
          />
          <TextField
            id="plan-bcpReference"
            name="bcpReference"
            label={x.bcpReference}
            maxLength={500}
            defaultValue={p?.bcp_reference ?? ''}
          />
          <TextField
            id="plan-reviewDue"
            name="reviewDue"
            type="date"
            label={x.reviewDue}
            defaultValue={p?.review_due ?? ''}
          />
          <div className="actions">
            <button type="submit" className="btn btn--primary" disabled={save.busy || !may}>
              {x.save}
            </button>
          </div>
        </fieldset>
      </form>
      {p && (
        <section aria-labelledby="plan-bcp" className="section">
          <h2 id="plan-bcp" className="section-title">
            {x.bcp}
          </h2>
          <p>
            {p.bcp_title ?? '—'} {p.bcp_reference && `（${p.bcp_reference}）`}：
            {p.bcp_checked_at ? (
              <span className="inc-ok">
                {x.bcpChecked} {formatDateTime(p.bcp_checked_at, lang)} {p.bcp_note}
              </span>
            ) : (
              <span className="inc-warn">{x.bcpNotChecked}</span>
            )}
          </p>
          {may && p.bcp_title && (
            <form onSubmit={checkBcp} noValidate className="form--inline" aria-label={x.bcpCheck}>
              <FormAlert error={bcp.error} />
              <TextField id="plan-bcp-note" name="note" label={x.note} maxLength={2000} />
              <button type="submit" className="btn btn--secondary" disabled={bcp.busy}>
                {x.bcpCheck}
              </button>
            </form>
          )}
        </section>
      )}
      <section aria-labelledby="plan-triggers" className="section">
        <h2 id="plan-triggers" className="section-title">
          {x.triggers}
        </h2>
        {data.triggers.length === 0 ? (
          <p>{x.none}</p>
        ) : (
          <ul>
            {data.triggers.map((t) => (
              <li key={t.id}>
                {t.reason}（{x.reviewDue} {formatDate(t.review_due, lang)}・
                {formatDateTime(t.created_at, lang)}）
              </li>
            ))}
          </ul>
        )}
        {may && (
          <form onSubmit={addTrigger} noValidate aria-label={x.addTrigger} className="form">
            <FormAlert error={trig.error} idPrefix="trig" />
            <TextField
              id="trig-reason"
              name="reason"
              label={x.reason}
              required
              maxLength={1000}
              error={trig.field('reason')}
            />
            <TextField
              id="trig-reviewDue"
              name="reviewDue"
              type="date"
              label={x.reviewDue}
              required
              error={trig.field('reviewDue')}
            />
            <button type="submit" className="btn btn--secondary" disabled={trig.busy}>
              {x.addTrigger}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="plan-versions" className="section">
        <h2 id="plan-versions" className="section-title">
          {x.versions}
        </h2>
        {data.versions.length === 0 ? (
          <p>{x.none}</p>
        ) : (
          <ul>
            {data.versions.map((v) => (
              <li key={v.id}>
                {fmt(x.version, { n: v.version })}・{formatDateTime(v.created_at, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </IncFrame>
  );
}
