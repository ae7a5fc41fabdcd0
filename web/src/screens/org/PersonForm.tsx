import { useEffect, useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { orgApi, type Person } from './api.ts';
import { orgTexts } from './i18n.ts';
import { orNull, SelectField } from './parts.tsx';

interface Props {
  units: { id: string; label: string }[];
  /** Editing an existing person; absent to create one. */
  person?: Person;
  onSaved(): void;
}

/** Creates a person (showing the one-time password once) or edits one. */
export function PersonForm({ units, person, onSaved }: Props) {
  const { t } = useI18n();
  const x = useT(orgTexts);
  const [types, setTypes] = useState<string[]>([]);
  const blank = {
    loginId: '',
    displayName: '',
    email: '',
    phone: '',
    unitId: '',
    post: '',
    employmentType: '',
  };
  const [v, setV] = useState(() =>
    person
      ? {
          ...blank,
          ...person,
          email: person.email ?? '',
          phone: person.phone ?? '',
          unitId: person.unitId ?? '',
          post: person.post ?? '',
        }
      : blank,
  );
  const [otp, setOtp] = useState<{ loginId: string; password: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run, field } = useAction();
  useEffect(() => {
    orgApi.get<{ employmentTypes: string[] }>('/api/org/settings').then((s) => {
      setTypes(s.employmentTypes);
      setV((cur) => (cur.employmentType ? cur : { ...cur, employmentType: s.employmentTypes[0] }));
    });
  }, []);
  const set = (k: keyof typeof blank) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const p = person ? 'pe' : 'pn';
  const submit = () =>
    run(async () => {
      // The previous person's one-time password leaves the screen when the next one is added.
      setOtp(null);
      const body = {
        displayName: v.displayName,
        email: orNull(v.email),
        phone: orNull(v.phone),
        unitId: v.unitId || null,
        post: orNull(v.post),
        employmentType: v.employmentType,
      };
      if (person) {
        await orgApi.patch(`/api/org/people/${person.id}`, body);
        setDone(x.saved);
      } else {
        const r = await orgApi.post<{ oneTimePassword: string }>('/api/org/people', {
          ...body,
          loginId: v.loginId,
        });
        setOtp({ loginId: v.loginId, password: r.oneTimePassword });
        // Ready for the next person, with the employment type the select shows (not an empty value).
        setV({ ...blank, employmentType: types[0] ?? '' });
      }
      onSaved();
    });
  const labels = {
    loginId: x.loginId,
    displayName: x.displayName,
    email: x.email,
    phone: x.phone,
    unitId: x.unit,
    post: x.post,
    employmentType: x.employmentType,
  };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <FormAlert error={error} idPrefix={p} labels={labels} />
      <Status message={done} />
      {otp && (
        <div className="alert alert--info" role="status">
          <p className="alert__title">{x.oneTimeTitle}</p>
          <p className="mono">
            {otp.loginId}: {otp.password}
          </p>
          <p>{x.oneTimeHint}</p>
        </div>
      )}
      {!person && (
        <TextField
          id={`${p}-loginId`}
          label={x.loginId}
          value={v.loginId}
          onChange={set('loginId')}
          required
          error={field('loginId')}
          autoComplete="off"
        />
      )}
      <TextField
        id={`${p}-displayName`}
        label={x.displayName}
        value={v.displayName}
        onChange={set('displayName')}
        required
        error={field('displayName')}
      />
      <SelectField
        id={`${p}-unitId`}
        label={x.unit}
        value={v.unitId}
        onChange={set('unitId')}
        error={field('unitId')}
      >
        <option value="">{x.none}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.label}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${p}-post`}
        label={x.post}
        value={v.post}
        onChange={set('post')}
        error={field('post')}
      />
      <SelectField
        id={`${p}-employmentType`}
        label={x.employmentType}
        value={v.employmentType}
        onChange={set('employmentType')}
        error={field('employmentType')}
      >
        {types.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${p}-email`}
        type="email"
        label={x.email}
        value={v.email}
        onChange={set('email')}
        error={field('email')}
      />
      <TextField
        id={`${p}-phone`}
        label={x.phone}
        value={v.phone}
        onChange={set('phone')}
        error={field('phone')}
      />
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {person ? t.common.save : x.add}
      </button>
    </form>
  );
}
