import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { signInLink } from '../../lib/signin-link.ts';
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
  const p = person ? 'pe' : 'pn';
  const form = useFormState(p, {
    loginId: '',
    displayName: person?.displayName ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    unitId: person?.unitId ?? '',
    post: person?.post ?? '',
    employmentType: person?.employmentType ?? '',
  });
  const v = form.values;
  const [otp, setOtp] = useState<{ loginId: string; password: string } | null>(null);
  // Until one is chosen, the person has the first employment type (the one the select shows).
  const employmentType = v.employmentType || (types[0] ?? '');
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
      form.reset();
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
          <p>
            {x.signInLink}: <code>{signInLink(otp.loginId)}</code>
          </p>
          <p>{x.oneTimeHint}</p>
        </div>
      )}
      {!person && (
        <TextField label={x.loginId} required autoComplete="off" {...form.text('loginId', save.field)} />
      )}
      <TextField label={x.displayName} required {...form.text('displayName', save.field)} />
      <SelectField
        label={x.unit}
        {...form.text('unitId', save.field)}
        placeholder={x.none}
        options={units.map((u) => ({ value: u.id, label: u.label }))}
      />
      <TextField label={x.post} {...form.text('post', save.field)} />
      <SelectField
        label={x.employmentType}
        {...form.text('employmentType', save.field)}
        value={employmentType}
        options={types.map((t) => ({ value: t, label: x.employmentKinds[t] ?? t }))}
      />
      <TextField type="email" label={x.email} {...form.text('email', save.field)} />
      <TextField label={x.phone} {...form.text('phone', save.field)} />
      <SubmitRow label={person ? t.common.save : x.add} busy={save.busy} />
    </Form>
  );
}
