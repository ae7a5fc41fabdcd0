import { CheckField, TextField } from '../../../components/Field.tsx';
import { Form } from '../../../components/Form.tsx';
import { Section } from '../../../components/Section.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useFormState } from '../../../components/useFormState.ts';
import { useT } from '../../../i18n/index.tsx';
import type { ReadClause } from './api.ts';
import { correctionsTexts } from './texts.ts';
import { type FixProps, useFix } from './useCorrect.ts';

const KEEP = '\u0000keep';
const TOP = '\u0000top';

/** A clause's heading and its parent (its level follows from the parent). */
export function ClauseFix({ clauses, ...props }: FixProps & { clauses: ReadClause[] }) {
  const t = useT(correctionsTexts);
  const form = useFormState('corr', { path: '', title: '', notHeading: false, parentPath: KEEP });
  const { path, title, notHeading, parentPath: parent } = form.values;
  const { save, fixed } = useFix(
    props,
    'clause',
    () => pick(''),
    (c) => c.clausePath,
  );
  const current = clauses.find((c) => c.path === path);
  const name = (c: ReadClause) =>
    `${'\u3000'.repeat(Math.max(0, c.depth - 1))}${c.path}${c.title ? ` ${c.title}` : ''}${fixed.has(c.path) ? `（${t.corrected}）` : ''}`;
  function pick(p: string) {
    save.reset();
    form.setValues({
      path: p,
      title: clauses.find((c) => c.path === p)?.title ?? '',
      notHeading: false,
      parentPath: KEEP,
    });
  }
  function send() {
    if (!current) return;
    const body: Record<string, unknown> = { kind: 'clause', path: current.path };
    if (parent !== KEEP) body.parentPath = parent === TOP ? null : parent;
    if (notHeading) body.title = null;
    else if (title.trim() && title.trim() !== (current.title ?? '')) body.title = title.trim();
    void save.run(body);
  }
  return (
    <Section id="corr-clauses" title={t.clauses} lead={t.clausesLead} data-testid="fix-clauses">
      <Form onSend={send} error={save.error}>
        <SelectField
          label={t.clause}
          {...form.text('path', save.field)}
          onChange={(e) => pick(e.target.value)}
          required
        >
          <option value="">―</option>
          {clauseOptions(clauses, name)}
        </SelectField>
        {current && (
          <>
            <TextField label={t.heading} disabled={notHeading} maxLength={200} {...form.text('title')} />
            <CheckField label={t.notHeading} {...form.check('notHeading')} />
            <SelectField label={t.parent} {...form.text('parentPath', save.field)}>
              <option value={KEEP}>{t.keep}</option>
              <option value={TOP}>{t.top}</option>
              {clauseOptions(
                clauses.filter((c) => c.path !== current.path && !c.path.startsWith(`${current.path}/`)),
                name,
              )}
            </SelectField>
            <SubmitRow label={t.submit} busy={save.busy} />
          </>
        )}
      </Form>
    </Section>
  );
}

/** The clauses as a select's choices, each named by `name` (indented path and heading). */
function clauseOptions(clauses: ReadClause[], name: (c: ReadClause) => string) {
  return clauses.map((c) => (
    <option key={c.path} value={c.path}>
      {name(c)}
    </option>
  ));
}
