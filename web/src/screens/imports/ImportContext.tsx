import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/date.ts';
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
  const { lang } = useI18n();
  const [plans, setPlans] = useState<Plan[]>([]);
  useEffect(() => {
    if (register === 'training.attendance')
      void api.get<Plan[]>('/api/training/plans').then(setPlans, () => setPlans([]));
  }, [register]);
  if (register === 'training.attendance')
    return (
      <div className="field">
        <label className="field__label" htmlFor="import-session">
          {x.session}
        </label>
        <select
          id="import-session"
          className="input"
          value={String(value.sessionId ?? '')}
          onChange={(e) => onChange({ sessionId: e.target.value })}
        >
          <option value="" />
          {plans.flatMap((p) =>
            p.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {p.title} {formatDate(`${s.heldOn}T00:00:00+09:00`, lang)} {s.place ?? ''}
              </option>
            )),
          )}
        </select>
      </div>
    );
  if (register === 'assessment.answers')
    return (
      <>
        <div className="field">
          <label className="field__label" htmlFor="import-fy">
            {x.fiscalYear}
          </label>
          <input
            id="import-fy"
            className="input"
            inputMode="numeric"
            value={String(value.fiscalYear ?? '')}
            onChange={(e) =>
              onChange({ ...value, fiscalYear: Number(e.target.value.normalize('NFKC')) || undefined })
            }
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="import-title">
            {x.campaignTitle}
          </label>
          <input
            id="import-title"
            className="input"
            value={String(value.title ?? '')}
            onChange={(e) => onChange({ ...value, title: e.target.value || undefined })}
          />
        </div>
      </>
    );
  return null;
}
