import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { MoveButtons, moveItem } from '../../components/ListEditing.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { IncFrame, incApi, personOptions, SelectField, usePeople } from './parts.tsx';
import { incidentTexts } from './texts.ts';

interface Step {
  function: string;
  tier: number | null;
  /** The role (id) whose holders take the step, when the policy's chain names it. */
  role?: string | null;
  label: string;
  skippableWhenMinor: boolean;
  timeoutHours: number;
}
interface Head {
  kind: 'user' | 'role' | 'function';
  ref: string;
  label: string;
  skippableWhenMinor: boolean;
}
interface Settings {
  chain: Step[];
  head: Head | null;
  promptReportDays: number;
  finalReportDays: number;
  finalReportDaysUnauthorized: number;
  logRetentionDays: number;
  stored: boolean;
}
interface Fn {
  key: string;
  ja: string;
  en: string;
}

const CHAIN_FNS = [
  'incidents.receive',
  'incidents.escalate_to',
  'incidents.handle',
  'incidents.close',
  'incidents.head_notice',
];

/** The reporting chain (R-A5): steps, skippable when minor, timeouts, head of the body, statutory clocks. */
export default function ChainSettings() {
  const x = useT(incidentTexts);
  const settings = useData<Settings>('/api/incidents/settings');
  // Functions are named in words; the form waits for their names rather than show keys meanwhile.
  const fns = useData<{ items: Fn[] }>('/api/org/functions');
  const roles = useData<{ items: { id: string; name: string }[] }>('/api/org/roles');
  const [done, setDone] = useState<string | null>(null);
  if (!settings.data || (fns.isPending && !fns.error))
    return (
      <IncFrame title={x.settingsTitle}>
        <Loaded query={settings}>{() => '…'}</Loaded>
      </IncFrame>
    );
  return (
    <IncFrame title={x.settingsTitle} lead={x.settingsLead}>
      <Status message={done} />
      <ChainForm
        key={settings.dataUpdatedAt}
        initial={settings.data}
        fns={fns.data?.items ?? []}
        roles={roles.data?.items ?? []}
        onSaved={() => setDone(x.saved)}
      />
    </IncFrame>
  );
}

function ChainForm({
  initial,
  fns,
  roles,
  onSaved,
}: {
  initial: Settings;
  fns: Fn[];
  roles: { id: string; name: string }[];
  onSaved(): void;
}) {
  const f = useFormat();
  const x = useT(incidentTexts);
  const [s, setS] = useState<Settings>(initial);
  const people = usePeople(true);
  const save = useMutate((body: Omit<Settings, 'stored'>) => incApi.put('/api/incidents/settings', body), {
    invalidate: ['/api/incidents/settings'],
    onDone: onSaved,
  });
  const { error, busy, field } = save;
  const fnLabel = (k: string) => {
    const fn = fns.find((n) => n.key === k);
    return fn ? f.named(fn.ja, fn.en) : x.unknownFn;
  };
  const setStep = (i: number, patch: Partial<Step>) =>
    setS({ ...s, chain: s.chain.map((c, n) => (n === i ? { ...c, ...patch } : c)) });
  const num = (v: string) => (v === '' ? Number.NaN : Number(v));

  function submit() {
    const { stored: _s, ...body } = s;
    void save.run(body);
  }
  const headOptions =
    s.head?.kind === 'role'
      ? roles.map((r) => ({ value: r.id, label: r.name }))
      : s.head?.kind === 'user'
        ? personOptions(people)
        : CHAIN_FNS.map((k) => ({ value: k, label: fnLabel(k) }));

  return (
    <>
      {!s.stored && <p className="alert alert--info">{x.proposed}</p>}
      {s.chain.length === 0 && <p className="alert alert--info">{x.chainEmpty}</p>}
      <Form
        onSend={submit}
        error={error}
        idPrefix="chain"
        noValidate
        aria-label={x.settingsTitle}
        className=""
      >
        <h2 className="section-title">{x.chain}</h2>
        {s.chain.map((c, i) => {
          const p = `chain-${i}`;
          return (
            <fieldset key={p} className="inc-card">
              <legend className="field__label">
                {fmt(x.step, { n: i + 1 })}：{c.label}
              </legend>
              {c.role && (
                <p className="field__hint">
                  {fmt(x.stepRole, { role: roles.find((r) => r.id === c.role)?.name ?? c.label })}
                </p>
              )}
              <div className="inc-step">
                <SelectField
                  id={`${p}-fn`}
                  label={x.fn}
                  value={c.function}
                  onChange={(e) => setStep(i, { function: e.target.value })}
                  options={[...new Set([...CHAIN_FNS, c.function])].map((k) => ({
                    value: k,
                    label: fnLabel(k),
                  }))}
                />
                <TextField
                  id={`${p}-tier`}
                  label={x.tier}
                  type="number"
                  min={1}
                  max={20}
                  value={c.tier ?? ''}
                  onChange={(e) => setStep(i, { tier: e.target.value ? Number(e.target.value) : null })}
                  error={field(`chain.${i}.tier`)}
                />
                <TextField
                  id={`${p}-label`}
                  label={x.label}
                  value={c.label}
                  maxLength={200}
                  required
                  onChange={(e) => setStep(i, { label: e.target.value })}
                  error={field(`chain.${i}.label`)}
                />
                <TextField
                  id={`${p}-timeout`}
                  label={x.timeout}
                  type="number"
                  min={1}
                  max={720}
                  value={Number.isNaN(c.timeoutHours) ? '' : c.timeoutHours}
                  onChange={(e) => setStep(i, { timeoutHours: num(e.target.value) })}
                  error={field(`chain.${i}.timeoutHours`)}
                />
              </div>
              <div className="checkbox field">
                <input
                  type="checkbox"
                  id={`${p}-skip`}
                  checked={c.skippableWhenMinor}
                  onChange={(e) => setStep(i, { skippableWhenMinor: e.target.checked })}
                />
                <label htmlFor={`${p}-skip`}>{x.skippable}</label>
              </div>
              <MoveButtons
                className="actions"
                buttonClass="btn btn--text"
                index={i}
                count={s.chain.length}
                onMove={(by) => setS({ ...s, chain: moveItem(s.chain, i, by) })}
                onRemove={() => setS({ ...s, chain: s.chain.filter((_, n) => n !== i) })}
                removeLabel={x.remove}
                canRemove={s.chain.length > 1}
              />
            </fieldset>
          );
        })}
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() =>
            setS({
              ...s,
              chain: [
                ...s.chain,
                {
                  function: 'incidents.escalate_to',
                  tier: null,
                  label: '',
                  skippableWhenMinor: true,
                  timeoutHours: 24,
                },
              ],
            })
          }
        >
          {x.addStep}
        </button>

        <h2 className="section-title section">{x.head}</h2>
        <SelectField
          id="chain-head-kind"
          label={x.headKind}
          value={s.head?.kind ?? ''}
          onChange={(e) => {
            const kind = e.target.value as Head['kind'] | '';
            setS({
              ...s,
              head: kind
                ? {
                    kind,
                    ref: kind === 'function' ? 'incidents.head_notice' : '',
                    label: s.head?.label ?? '',
                    skippableWhenMinor: s.head?.skippableWhenMinor ?? true,
                  }
                : null,
            });
          }}
          placeholder={x.headNone}
          options={(['function', 'role', 'user'] as const).map((k) => ({ value: k, label: x.headKinds[k] }))}
        />
        {s.head && (
          <>
            {headOptions.length ? (
              <SelectField
                id="chain-head-ref"
                label={x.headRef}
                value={s.head.ref}
                onChange={(e) => s.head && setS({ ...s, head: { ...s.head, ref: e.target.value } })}
                error={field('head.ref')}
                placeholder="—"
                options={headOptions.map((o) => ({ value: o.value, label: o.label }))}
              />
            ) : (
              <TextField
                id="chain-head-ref"
                label={x.headRef}
                value={s.head.ref}
                maxLength={100}
                onChange={(e) => s.head && setS({ ...s, head: { ...s.head, ref: e.target.value } })}
                error={field('head.ref')}
              />
            )}
            <TextField
              id="chain-head-label"
              label={x.label}
              value={s.head.label}
              maxLength={200}
              required
              onChange={(e) => s.head && setS({ ...s, head: { ...s.head, label: e.target.value } })}
              error={field('head.label')}
            />
            <div className="checkbox field">
              <input
                type="checkbox"
                id="chain-head-skip"
                checked={s.head.skippableWhenMinor}
                onChange={(e) =>
                  s.head && setS({ ...s, head: { ...s.head, skippableWhenMinor: e.target.checked } })
                }
              />
              <label htmlFor="chain-head-skip">{x.skippable}</label>
            </div>
          </>
        )}

        <h2 className="section-title section">{x.clocks}</h2>
        <div className="inc-step">
          {(
            [
              ['promptReportDays', x.prompt, 30],
              ['finalReportDays', x.final, 180],
              ['finalReportDaysUnauthorized', x.finalUnauthorized, 180],
              ['logRetentionDays', x.retentionDays, 7300],
            ] as const
          ).map(([k, label, max]) => (
            <TextField
              key={k}
              id={`chain-${k}`}
              label={label}
              type="number"
              min={1}
              max={max}
              value={Number.isNaN(s[k]) ? '' : s[k]}
              onChange={(e) => setS({ ...s, [k]: num(e.target.value) })}
              error={field(k)}
            />
          ))}
        </div>
        <SubmitRow label={x.save} busy={busy} />
      </Form>
    </>
  );
}
