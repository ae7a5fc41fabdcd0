import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { AreaField, SelectField } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import type { Campaign, Role } from './campaign-types.ts';

/** Adding a check item of the body's own to a draft campaign. */
export function AddItem({ c, roles, reload }: { c: Campaign; roles: Role[]; reload(): Promise<void> }) {
  const x = useText();
  const { error, busy, run, field } = useAction();
  const [f, setF] = useState({
    question: '',
    area: 'other',
    clausePath: '',
    respondentKind: 'roles',
    roleId: '',
  });
  const set = (k: keyof typeof f) => (v: string) => setF((s) => ({ ...s, [k]: v }));
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
      setF({
        question: '',
        area: f.area,
        clausePath: '',
        respondentKind: f.respondentKind,
        roleId: f.roleId,
      });
      await reload();
    });
  }
  return (
    <form className="form as-box" onSubmit={submit} aria-labelledby="cmp-add" noValidate>
      <h3 id="cmp-add">{x.addItem}</h3>
      <FormAlert error={error} />
      <AreaField
        id="add-question"
        label={x.question}
        value={f.question}
        onChange={set('question')}
        error={field('question')}
        required
      />
      <div className="as-grid">
        <SelectField
          id="add-area"
          label={x.areaCol}
          value={f.area}
          onChange={set('area')}
          options={Object.entries(c.areas).map(([value, label]) => ({ value, label }))}
        />
        <TextField
          id="add-clausePath"
          label={x.clause}
          value={f.clausePath}
          onChange={(e) => set('clausePath')(e.target.value)}
          error={field('clausePath')}
        />
        <SelectField
          id="add-respondentKind"
          label={x.respondent}
          value={f.respondentKind}
          onChange={set('respondentKind')}
          options={['roles', 'staff', 'default'].map((k) => ({ value: k, label: x.respondentKinds[k] }))}
        />
        {f.respondentKind === 'roles' && (
          <SelectField
            id="add-roleIds"
            label={x.role}
            value={f.roleId}
            onChange={set('roleId')}
            error={field('roleIds')}
            options={[{ value: '', label: '—' }, ...roles.map((r) => ({ value: r.id, label: r.name }))]}
          />
        )}
      </div>
      <div className="actions">
        <button type="submit" className="btn btn--secondary" disabled={busy}>
          {x.addItem}
        </button>
      </div>
    </form>
  );
}
