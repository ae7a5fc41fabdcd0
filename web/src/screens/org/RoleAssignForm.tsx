import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { CheckField, TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { useT } from '../../i18n/index.tsx';
import { orgApi, type Person, type Role } from './api.ts';
import { orgTexts } from './i18n.ts';
import { orNull, SelectField } from './parts.tsx';

interface Props {
  role: Role;
  people: Person[];
  units: { id: string; label: string }[];
  onSaved(): void;
}

/**
 * Gives the role to a person: a plain assignment (unit scope, acting deputy with a period), or for a
 * designated role an appointment record (by whom, when, for which systems or units).
 */
export function RoleAssignForm({ role, people, units, onSaved }: Props) {
  const x = useT(orgTexts);
  const blank = {
    userId: '',
    unitId: '',
    acting: false,
    validFrom: '',
    validUntil: '',
    appointedBy: '',
    appointedOn: '',
    scope: '',
  };
  const [v, setV] = useState(blank);
  const appoint = role.designated;
  const save = useMutate(
    () => {
      const common = { userId: v.userId, unitId: v.unitId || null, validUntil: v.validUntil || null };
      return appoint
        ? orgApi.post(`/api/org/roles/${role.id}/appointments`, {
            ...common,
            appointedBy: v.appointedBy || null,
            appointedOn: v.appointedOn,
            scope: orNull(v.scope),
          })
        : orgApi.post(`/api/org/roles/${role.id}/assignments`, {
            ...common,
            acting: v.acting,
            validFrom: v.validFrom || null,
          });
    },
    {
      onDone: () => {
        setV(blank);
        onSaved();
      },
    },
  );
  const { error, busy, field } = save;
  const date = (k: 'appointedOn' | 'validFrom' | 'validUntil', label: string, required?: boolean) => (
    <DateField
      id={`ra-${k}`}
      label={label}
      value={v[k]}
      onChange={(d) => setV({ ...v, [k]: d })}
      required={required}
      error={field(k)}
    />
  );
  const personSelect = (id: string, label: string, key: 'userId' | 'appointedBy', required: boolean) => (
    <SelectField
      id={id}
      label={label}
      value={v[key]}
      onChange={(e) => setV({ ...v, [key]: e.target.value })}
      required={required}
      error={field(key)}
    >
      <option value="">—</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.displayName}（{p.post ?? p.loginId}）
        </option>
      ))}
    </SelectField>
  );
  return (
    <section className="section" aria-labelledby="ra-h">
      <h2 id="ra-h">{appoint ? x.appointments : x.assign}</h2>
      <Form
        onSend={() => void save.run()}
        error={error}
        idPrefix="ra"
        labels={{
          userId: x.displayName,
          unitId: x.unit,
          appointedOn: x.appointedOn,
          validUntil: x.validUntil,
        }}
      >
        {personSelect('ra-userId', x.displayName, 'userId', true)}
        <SelectField
          id="ra-unitId"
          label={x.unit}
          value={v.unitId}
          onChange={(e) => setV({ ...v, unitId: e.target.value })}
          error={field('unitId')}
          placeholder={x.none}
          options={units.map((u) => ({ value: u.id, label: u.label }))}
        />
        {appoint ? (
          <>
            {personSelect('ra-appointedBy', x.appointedBy, 'appointedBy', false)}
            {date('appointedOn', x.appointedOn, true)}
            <TextField
              id="ra-scope"
              label={x.scope}
              value={v.scope}
              onChange={(e) => setV({ ...v, scope: e.target.value })}
              error={field('scope')}
            />
          </>
        ) : (
          <>
            <CheckField
              id="ra-acting"
              label={x.acting}
              checked={v.acting}
              onChange={(acting) => setV({ ...v, acting })}
            />
            {date('validFrom', x.validFrom)}
          </>
        )}
        {date('validUntil', x.validUntil)}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {appoint ? x.record : x.assign}
        </button>
      </Form>
    </section>
  );
}
