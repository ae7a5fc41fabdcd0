import { useMutate } from '../../api/query.ts';
import { CheckField, TextAreaField, TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { orgApi, ROLES, type Role } from './api.ts';
import { orgTexts } from './i18n.ts';
import { orNull } from './parts.tsx';

/** Edits a role's name, tier, post, duties, clause and kind (optional / designated). */
export function RoleEditForm({ role, onSaved }: { role: Role; onSaved(): void }) {
  const { t } = useI18n();
  const x = useT(orgTexts);
  const form = useFormState('re', {
    name: role.name,
    tier: String(role.tier),
    post: role.post ?? '',
    duties: role.duties ?? '',
    clausePath: role.clausePath ?? '',
    optional: role.optional,
    designated: role.designated,
  });
  const v = form.values;
  const save = useMutate(
    () =>
      orgApi.patch(`${ROLES}/${role.id}`, {
        ...v,
        tier: Number(v.tier),
        post: orNull(v.post),
        duties: orNull(v.duties),
        clausePath: orNull(v.clausePath),
      }),
    { onDone: onSaved },
  );
  const labels = { name: x.name, tier: x.tier, post: x.postFills, duties: x.duties, clausePath: x.clause };
  return (
    <Form onSend={() => void save.run()} error={save.error} idPrefix="re" labels={labels}>
      <TextField label={x.name} required {...form.text('name', save.field)} />
      <TextField type="number" min={1} max={20} label={x.tier} required {...form.text('tier', save.field)} />
      <TextField label={x.postFills} {...form.text('post', save.field)} />
      <TextAreaField label={x.duties} {...form.text('duties', save.field)} />
      <TextField label={x.clause} {...form.text('clausePath', save.field)} />
      <CheckField label={x.optional} {...form.check('optional')} />
      <CheckField label={x.designated} {...form.check('designated')} />
      <SubmitRow label={t.common.save} busy={save.busy} />
    </Form>
  );
}
