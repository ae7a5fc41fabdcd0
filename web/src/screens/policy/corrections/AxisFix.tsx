import { type FormEvent, useState } from 'react';
import { SelectField, TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { Section } from '../../../components/Section.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { Reading } from './api.ts';
import { correctionsTexts } from './texts.ts';
import { useCorrect } from './useCorrect.ts';

/** A classification axis renamed (its levels and their order stay with it). */
export function AxisFix({
  versionId,
  scheme,
  onSaved,
}: {
  versionId: string;
  scheme: Reading['classification'];
  onSaved: () => void;
}) {
  const t = useT(correctionsTexts);
  const axes = scheme?.axes ?? [];
  const [axis, setAxis] = useState('');
  const [name, setName] = useState('');
  const save = useCorrect(versionId, () => {
    setAxis('');
    setName('');
    onSaved();
  });
  if (axes.length === 0) return null;
  function submit(e: FormEvent) {
    e.preventDefault();
    void save.run({ kind: 'axis', axis: axis || axes[0], name: name.trim() });
  }
  return (
    <Section id="corr-axis-name" title={t.axisRename} lead={t.axisRenameLead} data-testid="fix-axis">
      <form className="form" onSubmit={submit}>
        <FormAlert error={save.error} />
        <SelectField
          id="corr-axis-from"
          label={t.axisFrom}
          value={axis || axes[0]}
          onChange={(e) => setAxis(e.target.value)}
          error={save.field('axis')}
          options={axes.map((a) => ({ value: a, label: a }))}
        />
        <TextField
          id="corr-axis-to"
          label={t.axisTo}
          value={name}
          required
          maxLength={50}
          onChange={(e) => setName(e.target.value)}
          error={save.field('name') ?? save.field('kind')}
        />
        <SubmitRow label={t.axisSubmit} busy={save.busy} />
      </form>
    </Section>
  );
}
