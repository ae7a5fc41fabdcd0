import { useMutate } from '../../api/query.ts';
import { DateField } from '../../components/DateField.tsx';
import { CheckField, TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
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
  const form = useFormState('ra', {
    userId: '',
    unitId: '',
    acting: false,
    validFrom: '',
    validUntil: '',
    appointedBy: '',
    appointedOn: '',
    scope: '',
  });
  const v = form.values;
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
        form.reset();
        onSaved();
      },
    },
  );
  const { error, busy, field } = save;
  const date = (k: 'appointedOn' | 'validFrom' | 'validUntil', label: string, required?: boolean) => (
    <DateField label={label} required={required} {...form.pick(k, field)} />
  );
  const choices = people.map((p) => ({ value: p.id, label: `${p.displayName}（${p.post ?? p.loginId}）` }));
  const personSelect = (label: string, key: 'userId' | 'appointedBy', required: boolean) => (
    <SelectField
      label={label}
      required={required}
      {...form.text(key, field)}
      placeholder="—"
      options={choices}
    />
  );
  return (
    <Section id="ra-h" title={appoint ? x.appointments : x.assign}>
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
        {personSelect(x.displayName, 'userId', true)}
        <SelectField
          label={x.unit}
          {...form.text('unitId', field)}
          placeholder={x.none}
          options={units.map((u) => ({ value: u.id, label: u.label }))}
        />
        {appoint ? (
          <>
            {personSelect(x.appointedBy, 'appointedBy', false)}
            {date('appointedOn', x.appointedOn, true)}
            <TextField label={x.scope} {...form.text('scope', field)} />
          </>
        ) : (
          <>
            <CheckField label={x.acting} {...form.check('acting')} />
            {date('validFrom', x.validFrom)}
          </>
        )}
        {date('validUntil', x.validUntil)}
        <SubmitRow label={appoint ? x.record : x.assign} busy={busy} />
      </Form>
    </Section>
  );
}
