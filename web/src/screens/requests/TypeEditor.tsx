import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import type { ChainStep, FieldSpec, FieldType, FunctionDef, RequestType, TypesAnswer } from './api.ts';
import { put, typeName } from './api.ts';
import { useRequestText } from './i18n.ts';
import { RequestsNav } from './RequestsNav.tsx';

type Draft = Omit<RequestType, 'id' | 'source'>;

const BLANK: Draft = {
  code: '',
  nameJa: '',
  nameEn: '',
  topic: null,
  recordKind: null,
  clausePath: null,
  active: true,
  definition: {
    flow: 'approval',
    fields: [
      { key: 'purpose', type: 'textarea', label: { ja: '目的・理由', en: 'Purpose' }, required: true },
    ],
    levels: [],
    chain: [{ function: '', mode: 'any', unitScoped: false }],
    returnTracking: null,
    confirmations: null,
    escalateAfterDays: 3,
  },
};
const FIELD_TYPES: FieldType[] = ['text', 'textarea', 'date', 'select', 'asset', 'checklist'];

function move<T>(list: T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** Function picker: every function the server offers, labelled in the UI language. */
function FnSelect(props: { id: string; value: string; fns: FunctionDef[]; onChange(v: string): void }) {
  const { lang } = useI18n();
  const known = props.fns.some((f) => f.key === props.value);
  return (
    <select
      id={props.id}
      className="input"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">—</option>
      {!known && props.value && <option value={props.value}>{props.value}</option>}
      {props.fns.map((f) => (
        <option key={f.key} value={f.key}>
          {lang === 'en' ? f.en : f.ja}（{f.key}）
        </option>
      ))}
    </select>
  );
}

/** Add or change a request type: names, form fields, approver chain, classes, return tracking and confirmations. */
export default function TypeEditor({ params }: ScreenProps) {
  const x = useRequestText();
  const { lang } = useI18n();
  const isNew = !params.id;
  const [draft, setDraft] = useState<Draft | null>(isNew ? BLANK : null);
  const [fns, setFns] = useState<FunctionDef[]>([]);
  const [levelsText, setLevelsText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run } = useAction();

  useEffect(() => {
    void api.get<TypesAnswer>('/api/requests/types').then((r) => {
      // Every function modules declare when the caller may read them (org routes), else the requests ones.
      void api
        .get<{ items: FunctionDef[] }>('/api/org/functions')
        .then((o) => setFns(o.items))
        .catch(() => setFns(r.functions));
      if (!isNew) {
        const t = r.items.find((i) => i.id === params.id);
        if (t) {
          const { id: _id, source: _source, ...rest } = t;
          setDraft(rest);
          setLevelsText(t.definition.levels.join('、'));
        }
      }
    });
  }, [isNew, params.id]);
  if (!draft) return <Loading />;
  const def = draft.definition;
  const setDef = (patch: Partial<Draft['definition']>) =>
    setDraft({ ...draft, definition: { ...def, ...patch } });
  const setStep = (i: number, patch: Partial<ChainStep>) =>
    setDef({ chain: def.chain.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setField = (i: number, patch: Partial<FieldSpec>) =>
    setDef({ fields: def.fields.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const dateFields = def.fields.filter((f) => f.type === 'date');

  const save = () =>
    run(async () => {
      setDone(null);
      const body = {
        ...draft,
        topic: draft.topic || null,
        recordKind: draft.recordKind || null,
        clausePath: draft.clausePath || null,
        definition: {
          ...def,
          levels: levelsText
            .split(/[、,，\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        },
      };
      if (isNew) {
        const r = await api.post<{ id: string }>('/api/requests/types', body);
        navigate(`/requests/types/${r.id}`, { replace: true });
      } else {
        await put(`/api/requests/types/${params.id}`, body);
      }
      setDone(x.saved);
    });

  const text = (id: string, label: string, value: string, on: (v: string) => void, hint?: string) => (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        className="input"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => on(e.target.value)}
      />
    </div>
  );

  return (
    <>
      <PageHeading>{isNew ? x.addType : typeName(draft, lang)}</PageHeading>
      <RequestsNav />
      <p>
        <Link href="/requests/types">← {x.types}</Link>
      </p>
      <form
        className="form rq-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormAlert error={error} />
        <Status message={done} />
        {text('te-code', x.code, draft.code, (v) => setDraft({ ...draft, code: v }))}
        {text('te-nameJa', x.nameJa, draft.nameJa, (v) => setDraft({ ...draft, nameJa: v }))}
        {text('te-nameEn', x.nameEn, draft.nameEn, (v) => setDraft({ ...draft, nameEn: v }))}
        {text('te-clause', x.clause, draft.clausePath ?? '', (v) => setDraft({ ...draft, clausePath: v }))}
        {text(
          'te-kind',
          x.recordKind,
          draft.recordKind ?? '',
          (v) => setDraft({ ...draft, recordKind: v }),
          'carry / disposal / …',
        )}
        <div className="checkbox">
          <input
            id="te-active"
            type="checkbox"
            checked={draft.active}
            onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
          />
          <label htmlFor="te-active">{x.active}</label>
        </div>
        <div className="field">
          <label htmlFor="te-flow" className="field__label">
            {x.flow}
          </label>
          <select
            id="te-flow"
            className="input"
            value={def.flow}
            onChange={(e) => setDef({ flow: e.target.value as Draft['definition']['flow'] })}
          >
            {Object.entries(x.flows).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        {text('te-levels', x.levels, levelsText, setLevelsText, x.levelsHint)}

        <fieldset>
          <legend className="section-title">{x.chainEditor}</legend>
          {def.chain.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional
            <fieldset key={i} className="rq-step">
              <legend>{x.stepN.replace('{n}', String(i + 1))}</legend>
              <div className="rq-row">
                <label htmlFor={`te-step-${i}-fn`}>
                  {x.fn}
                  <FnSelect
                    id={`te-step-${i}-fn`}
                    value={s.function}
                    fns={fns}
                    onChange={(v) => setStep(i, { function: v })}
                  />
                </label>
                <label htmlFor={`te-step-${i}-mode`}>
                  {x.mode}
                  <select
                    id={`te-step-${i}-mode`}
                    className="input"
                    value={s.mode}
                    onChange={(e) => setStep(i, { mode: e.target.value as ChainStep['mode'] })}
                  >
                    <option value="any">{x.modeAny}</option>
                    <option value="all">{x.modeAll}</option>
                  </select>
                </label>
              </div>
              <div className="checkbox">
                <input
                  id={`te-step-${i}-unit`}
                  type="checkbox"
                  checked={s.unitScoped}
                  onChange={(e) => setStep(i, { unitScoped: e.target.checked })}
                />
                <label htmlFor={`te-step-${i}-unit`}>{x.scoped}</label>
              </div>
              <div className="rq-buttons">
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={i === 0}
                  onClick={() => setDef({ chain: move(def.chain, i, -1) })}
                >
                  {x.up}
                </button>
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={i === def.chain.length - 1}
                  onClick={() => setDef({ chain: move(def.chain, i, 1) })}
                >
                  {x.down}
                </button>
                <button
                  type="button"
                  className="btn btn--danger-text btn--small"
                  disabled={def.chain.length === 1}
                  onClick={() => setDef({ chain: def.chain.filter((_, j) => j !== i) })}
                >
                  {x.removeStep}
                </button>
              </div>
            </fieldset>
          ))}
          {def.chain.length < 6 && (
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() =>
                setDef({ chain: [...def.chain, { function: '', mode: 'any', unitScoped: false }] })
              }
            >
              {x.addStep}
            </button>
          )}
        </fieldset>

        <fieldset>
          <legend className="section-title">{x.aftercare}</legend>
          <div className="checkbox">
            <input
              id="te-return"
              type="checkbox"
              checked={!!def.returnTracking}
              onChange={(e) =>
                setDef({
                  returnTracking: e.target.checked
                    ? { dueBusinessDays: 0, fromField: dateFields.at(-1)?.key }
                    : null,
                })
              }
            />
            <label htmlFor="te-return">{x.returnTracking}</label>
          </div>
          {def.returnTracking && (
            <div className="rq-row">
              <label htmlFor="te-due">
                {x.dueDays}
                <input
                  id="te-due"
                  className="input"
                  type="number"
                  min={0}
                  max={250}
                  value={def.returnTracking.dueBusinessDays}
                  onChange={(e) =>
                    setDef({
                      returnTracking: {
                        ...(def.returnTracking ?? {}),
                        dueBusinessDays: Number(e.target.value) || 0,
                      },
                    })
                  }
                />
              </label>
              <label htmlFor="te-from">
                {x.fromField}
                <select
                  id="te-from"
                  className="input"
                  value={def.returnTracking.fromField ?? ''}
                  onChange={(e) =>
                    setDef({
                      returnTracking: {
                        dueBusinessDays: def.returnTracking?.dueBusinessDays ?? 0,
                        fromField: e.target.value || undefined,
                      },
                    })
                  }
                >
                  <option value="">{x.fromApproval}</option>
                  {dateFields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label.ja}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          <div className="checkbox">
            <input
              id="te-confirm"
              type="checkbox"
              checked={!!def.confirmations}
              onChange={(e) =>
                setDef({
                  confirmations: e.target.checked ? { count: 2, function: 'requests.confirm_return' } : null,
                })
              }
            />
            <label htmlFor="te-confirm">{x.confirmations}</label>
          </div>
          {def.confirmations && (
            <div className="rq-row">
              <label htmlFor="te-confirm-count">
                {x.confirmCount}
                <input
                  id="te-confirm-count"
                  className="input"
                  type="number"
                  min={1}
                  max={10}
                  value={def.confirmations.count}
                  onChange={(e) =>
                    setDef({
                      confirmations: {
                        function: def.confirmations?.function ?? '',
                        count: Number(e.target.value) || 1,
                      },
                    })
                  }
                />
              </label>
              <label htmlFor="te-confirm-fn">
                {x.confirmFn}
                <FnSelect
                  id="te-confirm-fn"
                  value={def.confirmations.function}
                  fns={fns}
                  onChange={(v) =>
                    setDef({ confirmations: { count: def.confirmations?.count ?? 1, function: v } })
                  }
                />
              </label>
            </div>
          )}
          <div className="field">
            <label htmlFor="te-escalate" className="field__label">
              {x.escalate}
            </label>
            <input
              id="te-escalate"
              className="input"
              type="number"
              min={1}
              max={60}
              value={def.escalateAfterDays}
              onChange={(e) => setDef({ escalateAfterDays: Number(e.target.value) || 1 })}
            />
          </div>
        </fieldset>

        <fieldset>
          <legend className="section-title">{x.fields}</legend>
          {def.fields.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fields are positional while edited
            <fieldset key={i} className="rq-step">
              <legend>
                {i + 1}. {f.label.ja || f.key}
              </legend>
              <div className="rq-row">
                <label htmlFor={`te-f-${i}-key`}>
                  {x.fieldKey}
                  <input
                    id={`te-f-${i}-key`}
                    className="input"
                    value={f.key}
                    onChange={(e) => setField(i, { key: e.target.value })}
                  />
                </label>
                <label htmlFor={`te-f-${i}-type`}>
                  {x.fieldType}
                  <select
                    id={`te-f-${i}-type`}
                    className="input"
                    value={f.type}
                    onChange={(e) => setField(i, { type: e.target.value as FieldType })}
                  >
                    {FIELD_TYPES.map((k) => (
                      <option key={k} value={k}>
                        {x.fieldTypes[k]}
                      </option>
                    ))}
                  </select>
                </label>
                <label htmlFor={`te-f-${i}-ja`}>
                  {x.fieldLabel}（日本語）
                  <input
                    id={`te-f-${i}-ja`}
                    className="input"
                    value={f.label.ja}
                    onChange={(e) => setField(i, { label: { ...f.label, ja: e.target.value } })}
                  />
                </label>
                <label htmlFor={`te-f-${i}-en`}>
                  {x.fieldLabel}（English）
                  <input
                    id={`te-f-${i}-en`}
                    className="input"
                    value={f.label.en}
                    onChange={(e) => setField(i, { label: { ...f.label, en: e.target.value } })}
                  />
                </label>
              </div>
              {(f.type === 'select' || f.type === 'checklist') && (
                <div className="field">
                  <label htmlFor={`te-f-${i}-opts`} className="field__label">
                    {x.fieldOptions}
                  </label>
                  <textarea
                    id={`te-f-${i}-opts`}
                    className="input"
                    value={(f.options ?? []).join('\n')}
                    onChange={(e) => setField(i, { options: e.target.value.split('\n') })}
                    onBlur={() =>
                      setField(i, { options: (f.options ?? []).map((o) => o.trim()).filter(Boolean) })
                    }
                  />
                </div>
              )}
              <div className="checkbox">
                <input
                  id={`te-f-${i}-req`}
                  type="checkbox"
                  checked={f.required}
                  onChange={(e) => setField(i, { required: e.target.checked })}
                />
                <label htmlFor={`te-f-${i}-req`}>{x.required}</label>
              </div>
              <div className="rq-buttons">
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={i === 0}
                  onClick={() => setDef({ fields: move(def.fields, i, -1) })}
                >
                  {x.up}
                </button>
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  disabled={i === def.fields.length - 1}
                  onClick={() => setDef({ fields: move(def.fields, i, 1) })}
                >
                  {x.down}
                </button>
                <button
                  type="button"
                  className="btn btn--danger-text btn--small"
                  onClick={() => setDef({ fields: def.fields.filter((_, j) => j !== i) })}
                >
                  {x.removeField}
                </button>
              </div>
            </fieldset>
          ))}
          {def.fields.length < 30 && (
            <button
              type="button"
              className="btn btn--secondary"
              onClick={() =>
                setDef({
                  fields: [
                    ...def.fields,
                    {
                      key: `field_${def.fields.length + 1}`,
                      type: 'text',
                      label: { ja: '', en: '' },
                      required: false,
                    },
                  ],
                })
              }
            >
              {x.addField}
            </button>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {x.save}
          </button>
        </div>
      </form>
    </>
  );
}
