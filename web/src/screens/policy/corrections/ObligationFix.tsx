import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { Section } from '../../../components/Section.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useFormState } from '../../../components/useFormState.ts';
import { fmt, useT } from '../../../i18n/index.tsx';
import type { ReadObligation } from './api.ts';
import { modalityLabel } from './describe.ts';
import { splitList } from './lists.ts';
import { correctionsTexts } from './texts.ts';
import { type FixProps, useFix } from './useCorrect.ts';

const SHOWN = 20;
const MODALITIES = ['must', 'must_not', 'shall', 'endeavor', 'may'];
const approversOf = (o: ReadObligation) => [
  ...new Set([...(o.approver ?? []), ...Object.values(o.approverByLevel ?? {}).flat()]),
];

/** Who must act in a sentence, the kind of obligation and who gives permission. */
export function ObligationFix({ obligations, ...props }: FixProps & { obligations: ReadObligation[] }) {
  const t = useT(correctionsTexts);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<ReadObligation | null>(null);
  const form = useFormState('corr', { actors: '', modality: '', approver: '' });
  const { actors, modality, approver } = form.values;
  const { save, fixed } = useFix(props, 'actor', () => setOpen(null));
  const words = q.trim();
  const matching = obligations
    .filter((o) => !words || o.text.includes(words) || o.path.includes(words))
    .sort((a, b) => Number(b.actors.length === 0) - Number(a.actors.length === 0));
  function pick(o: ReadObligation) {
    save.reset();
    setOpen(o);
    form.setValues({
      actors: o.actors.join('、'),
      modality: o.modality,
      approver: approversOf(o).join('、'),
    });
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!open) return;
    const body: Record<string, unknown> = { kind: 'actor', path: open.path, sentence: open.text };
    const a = splitList(actors);
    if (a.length && a.join() !== open.actors.join()) body.actors = a;
    if (modality !== open.modality) body.modality = modality;
    const ap = splitList(approver);
    if (ap.join() !== approversOf(open).join()) body.approver = ap;
    void save.run(body);
  }
  return (
    <Section
      id="corr-obligations"
      title={t.obligations}
      lead={t.obligationsLead}
      data-testid="fix-obligations"
    >
      <div className="form form--inline">
        <TextField
          id="corr-filter"
          type="search"
          label={t.filter}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <span aria-live="polite">
          {fmt(t.shown, { n: matching.length, k: Math.min(SHOWN, matching.length) })}
        </span>
      </div>
      <ul className="row-list">
        {matching.slice(0, SHOWN).map((o) => (
          <li key={`${o.path}\u0000${o.text}`} data-testid="obligation">
            <div>{o.text}</div>
            <div className="cell-sub">
              {t.clauseOf}: <code>{o.path}</code>・
              {o.actors.length ? (
                o.actors.join('、')
              ) : (
                <span className="tag tag--warn">{t.unknownActor}</span>
              )}
              ・{modalityLabel(t, o.modality)}
              {approversOf(o).length > 0 && `・${t.approverOf}: ${approversOf(o).join('、')}`}
              {fixed.has(o.text) && <span className="tag tag--ok"> {t.corrected}</span>}
            </div>
            {open && open.path === o.path && open.text === o.text ? (
              <form className="form panel" onSubmit={submit}>
                <FormAlert error={save.error} />
                <TextField label={t.actors} {...form.text('actors', save.field)} />
                <SelectField
                  label={t.modality}
                  {...form.text('modality', save.field)}
                  options={MODALITIES.map((m) => ({ value: m, label: modalityLabel(t, m) }))}
                />
                <TextField label={t.approver} {...form.text('approver', save.field)} />
                <SubmitRow label={t.submit} busy={save.busy}>
                  <Button onClick={() => setOpen(null)}>{t.keep}</Button>
                </SubmitRow>
              </form>
            ) : (
              <Button kind="text" small onClick={() => pick(o)}>
                {t.fix}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
