import { useEffect, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { orgApi } from './api.ts';
import { texts } from './i18n.ts';
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
}

/** Organization settings from its policy: password rules, session limits, lockout, employment types. */
export default function OrgSettings() {
  const { lang, t } = useI18n();
  const x = texts(lang);
  const [s, setS] = useState<Settings | null>(null);
  const [types, setTypes] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run, field } = useAction();
  useEffect(() => {
    orgApi.get<Settings>('/api/org/settings').then((r) => {
      setS(r);
      setTypes(r.employmentTypes.join('\n'));
    });
  }, []);
  if (!s) return <OrgFrame>{null}</OrgFrame>;
  const num = <K extends 'password' | 'session' | 'lockout'>(
    group: K,
    key: keyof Settings[K],
    label: string,
  ) => (
    <TextField
      id={`os-${group}.${String(key)}`}
      type="number"
      label={label}
      value={String(s[group][key])}
      error={field(`${group}.${String(key)}`)}
      onChange={(e) => setS({ ...s, [group]: { ...s[group], [key]: Number(e.target.value) } })}
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
        <FormAlert error={error} />
        <Status message={done} />
        <fieldset>
          <legend>{x.password}</legend>
          {num('password', 'minLength', x.minLength)}
          {(['requireUpper', 'requireLower', 'requireDigit', 'requireSymbol'] as const).map(flag)}
        </fieldset>
        <fieldset>
          <legend>{x.session}</legend>
          {num('session', 'idleMinutes', x.idleMinutes)}
          {num('session', 'absoluteHours', x.absoluteHours)}
        </fieldset>
        <fieldset>
          <legend>{x.lockout}</legend>
          {num('lockout', 'maxFailures', x.maxFailures)}
          {num('lockout', 'lockMinutes', x.lockMinutes)}
        </fieldset>
        <TextAreaField
          id="os-employmentTypes"
          label={x.employmentTypes}
          value={types}
          onChange={(e) => setTypes(e.target.value)}
          error={field('employmentTypes')}
        />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t.common.save}
        </button>
      </form>
    </OrgFrame>
  );
}
