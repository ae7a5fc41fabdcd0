import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { useAction } from '../../../components/useAction.ts';
import type { Correction, Reading } from './api.ts';
import { useCorrectionsText } from './i18n.ts';

/** A classification level: its order or description, a missing level added, a misread one removed. */
export function LevelFix({
  scheme,
  corrections,
  save,
}: {
  scheme: Reading['classification'];
  corrections: Correction[];
  save: (body: Record<string, unknown>) => Promise<void>;
}) {
  const t = useCorrectionsText();
  const { error, busy, run, field } = useAction();
  const [axis, setAxis] = useState('');
  const [label, setLabel] = useState('');
  const [rank, setRank] = useState('');
  const [definition, setDefinition] = useState('');
  const [remove, setRemove] = useState(false);
  const fixed = new Set(corrections.filter((c) => c.kind === 'level' && c.applied).map((c) => c.target));
  const levels = scheme?.levels ?? [];
  function submit(e: FormEvent) {
    e.preventDefault();
    const body: Record<string, unknown> = { kind: 'level', axis: axis.trim(), label: label.trim() };
    if (remove) body.remove = true;
    else {
      if (rank) body.rank = Number(rank);
      if (definition.trim()) body.definition = definition.trim();
    }
    void run(async () => {
      await save(body);
      setAxis('');
      setLabel('');
      setRank('');
      setDefinition('');
      setRemove(false);
    });
  }
  return (
    <section className="section" aria-labelledby="corr-levels" data-testid="fix-levels">
      <h2 id="corr-levels">{t.levels}</h2>
      <p className="muted">{t.levelsLead}</p>
      {levels.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.axis}</th>
                <th scope="col">{t.label}</th>
                <th scope="col">{t.rank}</th>
                <th scope="col">{t.definition}</th>
              </tr>
            </thead>
            <tbody>
              {levels.map((l) => (
                <tr key={`${l.axis}\u0000${l.label}`} data-level={`${l.axis}${l.label}`}>
                  <td>{l.axis}</td>
                  <td>
                    {l.label}
                    {fixed.has(`${l.axis}${l.label}`) && <span className="tag tag--ok"> {t.corrected}</span>}
                  </td>
                  <td>{l.rank}</td>
                  <td>{l.definition ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t.noScheme}</p>
      )}
      <form className="form" onSubmit={submit}>
        <FormAlert error={error} />
        <TextField
          id="corr-axis"
          label={t.axis}
          value={axis}
          required
          maxLength={50}
          list="corr-axes"
          onChange={(e) => setAxis(e.target.value)}
          error={field('axis')}
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
          error={field('label')}
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
          error={field('rank')}
        />
        <TextField
          id="corr-definition"
          label={t.definition}
          value={definition}
          maxLength={500}
          disabled={remove}
          onChange={(e) => setDefinition(e.target.value)}
          error={field('definition')}
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
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
