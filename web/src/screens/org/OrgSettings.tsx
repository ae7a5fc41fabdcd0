import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { CheckField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { KindSelect } from '../setup/steps/KindSelect.tsx';
import { orgApi, SETTINGS } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame } from './parts.tsx';

export interface OrgSettings {
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
export default function OrgSettingsScreen() {
  const q = useData<OrgSettings>(SETTINGS);
  return (
    <OrgFrame>
      <Loaded query={q}>{(s) => <SettingsForm initial={s} />}</Loaded>
    </OrgFrame>
  );
}

function SettingsForm({ initial }: { initial: OrgSettings }) {
  const { t } = useI18n();
  const x = useT(orgTexts);
  const [s, setS] = useState(initial);
  // The default types are codes, written here by their names; a name typed back is sent as its code.
  const [types, setTypes] = useState(
    initial.employmentTypes.map((c) => x.employmentKinds[c] ?? c).join('\n'),
  );
  const codeOf = (name: string) =>
    Object.entries(x.employmentKinds).find(([, label]) => label === name)?.[0] ?? name;
  const save = useMutate((body: OrgSettings) => orgApi.put<OrgSettings>(SETTINGS, body), {
    invalidate: [SETTINGS],
    onDone: (r) => setS(r),
  });
  const num = <K extends 'password' | 'session' | 'lockout'>(
    group: K,
    key: keyof OrgSettings[K],
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
      error={save.field(`${group}.${String(key)}`)}
      onChange={(e) =>
        setS({
          ...s,
          [group]: { ...s[group], [key]: e.target.value === '' ? Number.NaN : Number(e.target.value) },
        })
      }
    />
  );
  const flag = (key: 'requireUpper' | 'requireLower' | 'requireDigit' | 'requireSymbol') => (
    <CheckField
      key={key}
      id={`os-${key}`}
      label={x[key]}
      checked={s.password[key]}
      onChange={(on) => setS({ ...s, password: { ...s.password, [key]: on } })}
    />
  );
  const employmentTypes = types
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map(codeOf);
  return (
    <Form
      onSend={() => void save.run({ ...s, employmentTypes })}
      error={save.error}
      idPrefix="os"
      labels={{
        'password.minLength': x.minLength,
        'session.idleMinutes': x.idleMinutes,
        'session.absoluteHours': x.absoluteHours,
        'lockout.maxFailures': x.maxFailures,
        'lockout.lockMinutes': x.lockMinutes,
        employmentTypes: x.employmentTypes,
      }}
    >
      <Status message={save.data && !save.busy ? x.saved : null} />
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
            setS({ ...s, approvalSelfGrant: e.target.value as OrgSettings['approvalSelfGrant'] })
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
        error={save.field('employmentTypes')}
      />
      <SubmitRow label={t.common.save} busy={save.busy} />
    </Form>
  );
}
