import { useData } from '../../api/query.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import { importTexts } from './i18n.ts';

interface Plan {
  id: string;
  title: string;
  fiscalYear: number;
  sessions: { id: string; heldOn: string; place: string | null }[];
}

/** What a register needs besides the file: the training session, or the assessment's fiscal year. */
export function ImportContext({
  register,
  value,
  onChange,
}: {
  register: string;
  value: Record<string, unknown>;
  onChange(v: Record<string, unknown>): void;
}) {
  const x = useT(importTexts);
  const f = useFormat();
  const training = register === 'training.attendance';
  const plans = useData<Plan[]>(training ? '/api/training/plans' : null).data ?? [];
  if (training)
    return (
      <SelectField
        id="import-session"
        label={x.session}
        value={String(value.sessionId ?? '')}
        onChange={(e) => onChange({ sessionId: e.target.value })}
        placeholder=""
        options={plans.flatMap((p) =>
          p.sessions.map((s) => ({
            value: s.id,
            label: `${p.title} ${f.date(s.heldOn)} ${s.place ?? ''}`,
          })),
        )}
      />
    );
  if (register === 'assessment.answers')
    return (
      <>
        <TextField
          id="import-fy"
          label={x.fiscalYear}
          inputMode="numeric"
          value={String(value.fiscalYear ?? '')}
          onChange={(e) =>
            onChange({ ...value, fiscalYear: Number(e.target.value.normalize('NFKC')) || undefined })
          }
        />
        <TextField
          id="import-title"
          label={x.campaignTitle}
          value={String(value.title ?? '')}
          onChange={(e) => onChange({ ...value, title: e.target.value || undefined })}
        />
      </>
    );
  return null;
}
