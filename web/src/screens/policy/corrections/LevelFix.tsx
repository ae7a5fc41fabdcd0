import { type FormEvent, useState } from 'react';
import { type Column, DataTable } from '../../../components/DataTable.tsx';
import { TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { Correction, Reading, ReadLevel } from './api.ts';
import { correctionsTexts } from './texts.ts';
import { useCorrect } from './useCorrect.ts';

/** A classification level: its order or description, a missing level added, a misread one removed. */
export function LevelFix({
  versionId,
  scheme,
  corrections,
  onSaved,
}: {
  versionId: string;
  scheme: Reading['classification'];
  corrections: Correction[];
  onSaved: () => void;
}) {
  const t = useT(correctionsTexts);
  const [axis, setAxis] = useState('');
  const [label, setLabel] = useState('');
  const [rank, setRank] = useState('');
  const [definition, setDefinition] = useState('');
  const [remove, setRemove] = useState(false);
  const save = useCorrect(versionId, () => {
    setAxis('');
    setLabel('');
    setRank('');
    setDefinition('');
    setRemove(false);
    onSaved();
  });
  const fixed = new Set(corrections.filter((c) => c.kind === 'level' && c.applied).map((c) => c.target));
  // The levels of a renamed axis are corrected too.
  const renamed = new Set(
    corrections.filter((c) => c.kind === 'axis' && c.applied).map((c) => c.change.name),
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
    <section className="section" aria-labelledby="corr-levels" data-testid="fix-levels">
      <h2 id="corr-levels">{t.levels}</h2>
      <p className="muted">{t.levelsLead}</p>
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
          id="corr-axis"
          label={t.axis}
          value={axis}
          required
          maxLength={50}
          list="corr-axes"
          onChange={(e) => setAxis(e.target.value)}
          error={save.field('axis')}
        />
        <datalist id="corr-axes">
          {(scheme?.axes ?? []).map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <TextField
          id="corr-label"
          label={t.label}
          value={label}
          required
          maxLength={50}
          onChange={(e) => setLabel(e.target.value)}
          error={save.field('label')}
        />
        <TextField
          id="corr-rank"
          label={t.rank}
          type="number"
          min={1}
          max={20}
          value={rank}
          disabled={remove}
          onChange={(e) => setRank(e.target.value)}
          error={save.field('rank')}
        />
        <TextField
          id="corr-definition"
          label={t.definition}
          value={definition}
          maxLength={500}
          disabled={remove}
          onChange={(e) => setDefinition(e.target.value)}
          error={save.field('definition')}
        />
        <div className="checkbox">
          <input
            id="corr-remove"
            type="checkbox"
            checked={remove}
            onChange={(e) => setRemove(e.target.checked)}
          />
          <label htmlFor="corr-remove">{t.remove}</label>
        </div>
        <SubmitRow label={t.submit} busy={save.busy} />
      </form>
    </section>
  );
}
