import type { FormEvent } from 'react';
import { type Column, DataTable } from '../../../components/DataTable.tsx';
import { CheckField, TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { Section } from '../../../components/Section.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useFormState } from '../../../components/useFormState.ts';
import { useT } from '../../../i18n/index.tsx';
import type { Reading, ReadLevel } from './api.ts';
import { correctionsTexts } from './texts.ts';
import { type FixProps, useFix } from './useCorrect.ts';

/** A classification level: its order or description, a missing level added, a misread one removed. */
export function LevelFix({ scheme, ...props }: FixProps & { scheme: Reading['classification'] }) {
  const t = useT(correctionsTexts);
  const form = useFormState('corr', { axis: '', label: '', rank: '', definition: '', remove: false });
  const { axis, label, rank, definition, remove } = form.values;
  const { save, fixed } = useFix(props, 'level', () => form.reset());
  // The levels of a renamed axis are corrected too.
  const renamed = new Set(
    props.corrections.filter((c) => c.kind === 'axis' && c.applied).map((c) => c.change.name),
  );
  const levels = scheme?.levels ?? [];
  const columns: Column<ReadLevel>[] = [
    { key: 'axis', header: t.axis },
    {
      key: 'label',
      header: t.label,
      cell: (l) => (
        <>
          {l.label}
          {(fixed.has(`${l.axis}${l.label}`) || renamed.has(l.axis)) && (
            <span className="tag tag--ok"> {t.corrected}</span>
          )}
        </>
      ),
    },
    { key: 'rank', header: t.rank, numeric: true },
    { key: 'definition', header: t.definition, value: (l) => l.definition ?? '—' },
  ];
  function submit(e: FormEvent) {
    e.preventDefault();
    const body: Record<string, unknown> = { kind: 'level', axis: axis.trim(), label: label.trim() };
    if (remove) body.remove = true;
    else {
      if (rank) body.rank = Number(rank);
      if (definition.trim()) body.definition = definition.trim();
    }
    void save.run(body);
  }
  return (
    <Section id="corr-levels" title={t.levels} lead={t.levelsLead} data-testid="fix-levels">
      <DataTable
        rows={levels}
        columns={columns}
        rowKey={(l) => `${l.axis}\u0000${l.label}`}
        label={t.levels}
        empty={<p className="empty">{t.noScheme}</p>}
      />
      <form className="form" onSubmit={submit}>
        <FormAlert error={save.error} />
        <TextField
          label={t.axis}
          required
          maxLength={50}
          list="corr-axes"
          {...form.text('axis', save.field)}
        />
        <datalist id="corr-axes">
          {(scheme?.axes ?? []).map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <TextField label={t.label} required maxLength={50} {...form.text('label', save.field)} />
        <TextField
          label={t.rank}
          type="number"
          min={1}
          max={20}
          disabled={remove}
          {...form.text('rank', save.field)}
        />
        <TextField
          label={t.definition}
          maxLength={500}
          disabled={remove}
          {...form.text('definition', save.field)}
        />
        <CheckField label={t.remove} {...form.check('remove')} />
        <SubmitRow label={t.submit} busy={save.busy} />
      </form>
    </Section>
  );
}
