import { useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
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
  const { error, busy, run, field } = useAction();
  const appoint = role.designated;
  const submit = () =>
    run(async () => {
      const common = { userId: v.userId, unitId: v.unitId || null, validUntil: v.validUntil || null };
      if (appoint)
        await orgApi.post(`/api/org/roles/${role.id}/appointments`, {
          ...common,
          appointedBy: v.appointedBy || null,
          appointedOn: v.appointedOn,
          scope: orNull(v.scope),
        });
      else
        await orgApi.post(`/api/org/roles/${role.id}/assignments`, {
          ...common,
          acting: v.acting,
          validFrom: v.validFrom || null,
        });
      setV(blank);
      onSaved();
    });
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
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <FormAlert
          error={error}
          idPrefix="ra"
          labels={{
            userId: x.displayName,
            unitId: x.unit,
            appointedOn: x.appointedOn,
            validUntil: x.validUntil,
          }}
        />
        {personSelect('ra-userId', x.displayName, 'userId', true)}
        <SelectField
          id="ra-unitId"
          label={x.unit}
          value={v.unitId}
          onChange={(e) => setV({ ...v, unitId: e.target.value })}
          error={field('unitId')}
        >
          <option value="">{x.none}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </SelectField>
        {appoint ? (
          <>
            {personSelect('ra-appointedBy', x.appointedBy, 'appointedBy', false)}
            <TextField
              id="ra-appointedOn"
              type="date"
              label={x.appointedOn}
              value={v.appointedOn}
              onChange={(e) => setV({ ...v, appointedOn: e.target.value })}
              required
              error={field('appointedOn')}
            />
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
            <div className="checkbox">
              <input
                type="checkbox"
                id="ra-acting"
                checked={v.acting}
                onChange={(e) => setV({ ...v, acting: e.target.checked })}
              />
              <label htmlFor="ra-acting">{x.acting}</label>
            </div>
            <TextField
              id="ra-validFrom"
              type="date"
              label={x.validFrom}
              value={v.validFrom}
              onChange={(e) => setV({ ...v, validFrom: e.target.value })}
              error={field('validFrom')}
            />
          </>
        )}
        <TextField
          id="ra-validUntil"
          type="date"
          label={x.validUntil}
          value={v.validUntil}
          onChange={(e) => setV({ ...v, validUntil: e.target.value })}
          error={field('validUntil')}
        />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {appoint ? x.record : x.assign}
        </button>
      </form>
    </section>
  );
}
