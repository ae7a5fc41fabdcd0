import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { orgApi, PEOPLE, type Person, SETTINGS } from './api.ts';
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
  const types = useData<{ employmentTypes: string[] }>(SETTINGS).data?.employmentTypes ?? [];
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
  // Until one is chosen, the person has the first employment type (the one the select shows).
  const employmentType = v.employmentType || (types[0] ?? '');
  const set = (k: keyof typeof blank) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const p = person ? 'pe' : 'pn';
  const save = useMutate(
    async () => {
      // The previous person's one-time password leaves the screen when the next one is added.
      setOtp(null);
      const body = {
        displayName: v.displayName,
        email: orNull(v.email),
        phone: orNull(v.phone),
        unitId: v.unitId || null,
        post: orNull(v.post),
        employmentType,
      };
      if (person) {
        await orgApi.patch(`${PEOPLE}/${person.id}`, body);
        return null;
      }
      const r = await orgApi.post<{ oneTimePassword: string }>(PEOPLE, { ...body, loginId: v.loginId });
      setOtp({ loginId: v.loginId, password: r.oneTimePassword });
      // Ready for the next person.
      setV(blank);
      return r;
    },
    { onDone: onSaved },
  );
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
    <Form onSend={() => void save.run()} error={save.error} idPrefix={p} labels={labels}>
      <Status message={person && save.data !== undefined && !save.busy ? x.saved : null} />
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
          error={save.field('loginId')}
          autoComplete="off"
        />
      )}
      <TextField
        id={`${p}-displayName`}
        label={x.displayName}
        value={v.displayName}
        onChange={set('displayName')}
        required
        error={save.field('displayName')}
      />
      <SelectField
        id={`${p}-unitId`}
        label={x.unit}
        value={v.unitId}
        onChange={set('unitId')}
        error={save.field('unitId')}
        placeholder={x.none}
        options={units.map((u) => ({ value: u.id, label: u.label }))}
      />
      <TextField
        id={`${p}-post`}
        label={x.post}
        value={v.post}
        onChange={set('post')}
        error={save.field('post')}
      />
      <SelectField
        id={`${p}-employmentType`}
        label={x.employmentType}
        value={employmentType}
        onChange={set('employmentType')}
        error={save.field('employmentType')}
        options={types.map((t) => ({ value: t, label: t }))}
      />
      <TextField
        id={`${p}-email`}
        type="email"
        label={x.email}
        value={v.email}
        onChange={set('email')}
        error={save.field('email')}
      />
      <TextField
        id={`${p}-phone`}
        label={x.phone}
        value={v.phone}
        onChange={set('phone')}
        error={save.field('phone')}
      />
      <SubmitRow label={person ? t.common.save : x.add} busy={save.busy} />
    </Form>
  );
}
