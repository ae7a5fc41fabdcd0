import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { AreaField, SelectField, useFormState } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import type { Campaign, Role } from './campaign-types.ts';

/** Adding a check item of the body's own to a draft campaign. */
export function AddItem({ c, roles, reload }: { c: Campaign; roles: Role[]; reload(): Promise<void> }) {
  const x = useText();
  const { error, busy, run, field } = useAction();
  const form = useFormState('add', {
    question: '',
    area: 'other',
    clausePath: '',
    respondentKind: 'roles',
    roleId: '',
  });
  const f = form.values;
  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await api.post(`/api/assessment/campaigns/${c.id}/items`, {
        question: f.question,
        area: f.area,
        clausePath: f.clausePath || null,
        respondentKind: f.respondentKind,
        roleIds: f.respondentKind === 'roles' && f.roleId ? [f.roleId] : [],
      });
      form.setValues({ ...f, question: '', clausePath: '' });
      await reload();
    });
  }
  return (
    <form className="form as-box" onSubmit={submit} aria-labelledby="cmp-add" noValidate>
      <h3 id="cmp-add">{x.addItem}</h3>
      <FormAlert error={error} />
      <AreaField {...form.pick('question', field)} label={x.question} required />
      <div className="as-grid">
        <SelectField
          {...form.pick('area')}
          label={x.areaCol}
          options={Object.entries(c.areas).map(([value, label]) => ({ value, label }))}
        />
        <TextField {...form.text('clausePath', field)} label={x.clause} />
        <SelectField
          {...form.pick('respondentKind')}
          label={x.respondent}
          options={['roles', 'staff', 'default'].map((k) => ({ value: k, label: x.respondentKinds[k] }))}
        />
        {f.respondentKind === 'roles' && (
          <SelectField
            id="add-roleIds"
            label={x.role}
            value={f.roleId}
            onChange={form.set('roleId')}
            error={field('roleIds')}
            options={[{ value: '', label: '—' }, ...roles.map((r) => ({ value: r.id, label: r.name }))]}
          />
        )}
      </div>
      <SubmitRow label={x.addItem} busy={busy} secondary />
    </form>
  );
}
