import { useEffect, useState } from 'react';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { KindSelect } from '../setup/steps/KindSelect.tsx';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame, TextAreaField } from './parts.tsx';

interface Settings {
  password: {
    minLength: number;
    requireUpper: boolean;
    requireLower: boolean;
    requireDigit: boolean;
    requireSymbol: boolean;
  };
  session: { idleMinutes: number; absoluteHours: number };
  lockout: { maxFailures: number; lockMinutes: number };
  employmentTypes: string[];
  approvalSelfGrant: 'second_administrator' | 'sole_administrator_may';
  bodyKind?: string;
}

/** Organization settings: the kind of body, and from its policy password rules, session limits, lockout, employment types. */
export default function OrgSettings() {
  const { t } = useI18n();
  const x = useT(orgTexts);
  const [s, setS] = useState<Settings | null>(null);
  const [types, setTypes] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run, field } = useAction();
  const loading = useAction();
  useEffect(() => {
    void loading.run(() =>
      orgApi.get<Settings>('/api/org/settings').then((r) => {
        setS(r);
        setTypes(r.employmentTypes.join('\n'));
      }),
    );
  }, [loading.run]);
  if (!s) return <OrgFrame>{loading.error ? <FormAlert error={loading.error} /> : <Loading />}</OrgFrame>;
  const num = <K extends 'password' | 'session' | 'lockout'>(
    group: K,
    key: keyof Settings[K],
    label: string,
    min: number,
    max: number,
  ) => (
    <TextField
      id={`os-${group}.${String(key)}`}
      type="number"
      inputMode="numeric"
      className="input--short"
      min={min}
      max={max}
      required
      label={label}
      hint={fmt(x.range, { min, max })}
      value={Number.isNaN(s[group][key]) ? '' : String(s[group][key])}
      error={field(`${group}.${String(key)}`)}
      onChange={(e) =>
        setS({
          ...s,
          [group]: { ...s[group], [key]: e.target.value === '' ? Number.NaN : Number(e.target.value) },
        })
      }
    />
  );
  const flag = (key: 'requireUpper' | 'requireLower' | 'requireDigit' | 'requireSymbol') => (
    <div className="checkbox" key={key}>
      <input
        type="checkbox"
        id={`os-${key}`}
        checked={s.password[key]}
        onChange={(e) => setS({ ...s, password: { ...s.password, [key]: e.target.checked } })}
      />
      <label htmlFor={`os-${key}`}>{x[key]}</label>
    </div>
  );
  return (
    <OrgFrame>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          run(async () => {
            setS(
              await orgApi.put<Settings>('/api/org/settings', {
                ...s,
                employmentTypes: types
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean),
              }),
            );
            setDone(x.saved);
          });
        }}
      >
        <FormAlert
          error={error}
          idPrefix="os"
          labels={{
            'password.minLength': x.minLength,
            'session.idleMinutes': x.idleMinutes,
            'session.absoluteHours': x.absoluteHours,
            'lockout.maxFailures': x.maxFailures,
            'lockout.lockMinutes': x.lockMinutes,
            employmentTypes: x.employmentTypes,
          }}
        />
        <Status message={done} />
        <KindSelect value={s.bodyKind ?? ''} onChange={(v) => setS({ ...s, bodyKind: v || undefined })} />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{x.password}</legend>
          {num('password', 'minLength', x.minLength, 8, 128)}
          {(['requireUpper', 'requireLower', 'requireDigit', 'requireSymbol'] as const).map(flag)}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{x.session}</legend>
          {num('session', 'idleMinutes', x.idleMinutes, 1, 240)}
          {num('session', 'absoluteHours', x.absoluteHours, 1, 24)}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{x.lockout}</legend>
          {num('lockout', 'maxFailures', x.maxFailures, 3, 20)}
          {num('lockout', 'lockMinutes', x.lockMinutes, 1, 1440)}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{x.approvalSelfGrant}</legend>
          <SelectField
            id="os-approvalSelfGrant"
            label={x.approvalSelfGrantRule}
            hint={x.approvalSelfGrantHint}
            value={s.approvalSelfGrant}
            onChange={(e) =>
              setS({ ...s, approvalSelfGrant: e.target.value as Settings['approvalSelfGrant'] })
            }
            options={(['second_administrator', 'sole_administrator_may'] as const).map((k) => ({
              value: k,
              label: x.approvalSelfGrantRules[k],
            }))}
          />
        </fieldset>
        <TextAreaField
          id="os-employmentTypes"
          label={x.employmentTypes}
          value={types}
          onChange={(e) => setTypes(e.target.value)}
          error={field('employmentTypes')}
        />
        <SubmitRow label={t.common.save} busy={busy} />
      </form>
    </OrgFrame>
  );
}
