import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type Column, DataTable } from '../../../components/DataTable.tsx';
import { TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { Section } from '../../../components/Section.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useFormState } from '../../../components/useFormState.ts';
import { fmt, useT } from '../../../i18n/index.tsx';
import type { ReadRole } from './api.ts';
import { splitList } from './lists.ts';
import { correctionsTexts } from './texts.ts';
import { type FixProps, useFix } from './useCorrect.ts';

/** A role's post, tier and short names. */
export function RoleFix({ roles, ...props }: FixProps & { roles: ReadRole[] }) {
  const t = useT(correctionsTexts);
  const [role, setRole] = useState<ReadRole | null>(null);
  const form = useFormState('corr', { post: '', tier: '', aliases: '' });
  const { post, tier, aliases } = form.values;
  const { save, fixed } = useFix(props, 'role', () => setRole(null));
  function pick(r: ReadRole) {
    save.reset();
    setRole(r);
    form.setValues({
      post: r.post ?? '',
      tier: r.tier ? String(r.tier) : '',
      aliases: (r.aliases ?? []).join('、'),
    });
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!role) return;
    const body: Record<string, unknown> = { kind: 'role', name: role.name };
    if (post.trim() !== (role.post ?? '')) body.post = post.trim() || null;
    if (tier && Number(tier) !== role.tier) body.tier = Number(tier);
    const a = splitList(aliases);
    if (a.join() !== (role.aliases ?? []).join()) body.aliases = a;
    void save.run(body);
  }
  const columns: Column<ReadRole>[] = [
    {
      key: 'name',
      header: t.role,
      cell: (r) => (
        <>
          {r.name}
          {fixed.has(r.name) && <span className="tag tag--ok"> {t.corrected}</span>}
        </>
      ),
    },
    { key: 'post', header: t.post, value: (r) => r.post ?? '—' },
    { key: 'tier', header: t.tier, numeric: true, value: (r) => r.tier ?? null, cell: (r) => r.tier ?? '—' },
    { key: 'aliases', header: t.aliases, value: (r) => r.aliases?.join('、') || '—' },
    {
      key: 'fix',
      header: t.fix,
      sortable: false,
      value: () => '',
      cell: (r) => (
        <Button kind="text" small onClick={() => pick(r)}>
          {t.fix}
          <span className="visually-hidden">（{r.name}）</span>
        </Button>
      ),
    },
  ];
  return (
    <Section id="corr-roles" title={t.roles} lead={t.rolesLead} data-testid="fix-roles">
      <DataTable
        rows={roles}
        columns={columns}
        rowKey={(r) => r.name}
        label={t.roles}
        initialSort={{ key: 'tier' }}
      />
      {role && (
        <form className="form panel" onSubmit={submit} aria-labelledby="corr-role-form">
          <h3 id="corr-role-form">{fmt(t.fixOf, { name: role.name })}</h3>
          <FormAlert error={save.error} />
          <TextField label={t.post} maxLength={100} {...form.text('post', save.field)} />
          <TextField label={t.tier} type="number" min={1} max={20} {...form.text('tier', save.field)} />
          <TextField label={t.aliases} {...form.text('aliases', save.field)} />
          <SubmitRow label={t.submit} busy={save.busy} />
        </form>
      )}
    </Section>
  );
}
