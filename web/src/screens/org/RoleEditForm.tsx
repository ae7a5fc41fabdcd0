import { useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { orgApi, type Role } from './api.ts';
import { orgTexts } from './i18n.ts';
import { orNull, TextAreaField } from './parts.tsx';

/** Edits a role's name, tier, post, duties, clause and kind (optional / designated). */
export function RoleEditForm({ role, onSaved }: { role: Role; onSaved(): void }) {
  const { t } = useI18n();
  const x = useT(orgTexts);
  const [v, setV] = useState({
    name: role.name,
    tier: String(role.tier),
    post: role.post ?? '',
    duties: role.duties ?? '',
    clausePath: role.clausePath ?? '',
    optional: role.optional,
    designated: role.designated,
  });
  const { error, busy, run, field } = useAction();
  const labels = { name: x.name, tier: x.tier, post: x.postFills, duties: x.duties, clausePath: x.clause };
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        run(async () => {
          await orgApi.patch(`/api/org/roles/${role.id}`, {
            ...v,
            tier: Number(v.tier),
            post: orNull(v.post),
            duties: orNull(v.duties),
            clausePath: orNull(v.clausePath),
          });
          onSaved();
        });
      }}
    >
      <FormAlert error={error} idPrefix="re" labels={labels} />
      <TextField
        id="re-name"
        label={x.name}
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.target.value })}
        required
        error={field('name')}
      />
      <TextField
        id="re-tier"
        type="number"
        min={1}
        max={20}
        label={x.tier}
        value={v.tier}
        onChange={(e) => setV({ ...v, tier: e.target.value })}
        required
        error={field('tier')}
      />
      <TextField
        id="re-post"
        label={x.postFills}
        value={v.post}
        onChange={(e) => setV({ ...v, post: e.target.value })}
        error={field('post')}
      />
      <TextAreaField
        id="re-duties"
        label={x.duties}
        value={v.duties}
        onChange={(e) => setV({ ...v, duties: e.target.value })}
        error={field('duties')}
      />
      <TextField
        id="re-clausePath"
        label={x.clause}
        value={v.clausePath}
        onChange={(e) => setV({ ...v, clausePath: e.target.value })}
        error={field('clausePath')}
      />
      <div className="checkbox">
        <input
          type="checkbox"
          id="re-optional"
          checked={v.optional}
          onChange={(e) => setV({ ...v, optional: e.target.checked })}
        />
        <label htmlFor="re-optional">{x.optional}</label>
      </div>
      <div className="checkbox">
        <input
          type="checkbox"
          id="re-designated"
          checked={v.designated}
          onChange={(e) => setV({ ...v, designated: e.target.checked })}
        />
        <label htmlFor="re-designated">{x.designated}</label>
      </div>
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {t.common.save}
      </button>
    </form>
  );
}
