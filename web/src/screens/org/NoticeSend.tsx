import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { useUnits } from '../../components/Pickers.tsx';
import { Section } from '../../components/Section.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useFormState } from '../../components/useFormState.ts';
import { useT } from '../../i18n/index.tsx';
import { NOTICES, orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { TextAreaField } from './parts.tsx';

/** The form to send a notice to all staff or chosen units. */
export function NoticeSend() {
  const x = useT(orgTexts);
  const { units } = useUnits();
  const form = useFormState('ns', { title: '', body: '', audience: 'all' });
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const v = { ...form.values, unitIds };
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run, field } = useMutate(() => orgApi.post(NOTICES, v), {
    invalidate: [NOTICES],
    onDone: () => {
      form.reset();
      setUnitIds([]);
      setDone(x.saved);
    },
  });
  return (
    <Section id="nt-send" title={x.send}>
      <Form
        onSend={() => void run()}
        error={error}
        idPrefix="ns"
        labels={{ title: x.noticeTitle, body: x.noticeBody, unitIds: x.unit }}
      >
        <Status message={done} />
        <TextField label={x.noticeTitle} required {...form.text('title', field)} />
        <TextAreaField label={x.noticeBody} required {...form.text('body', field)} />
        <fieldset>
          <legend>{x.audience}</legend>
          {(['all', 'units'] as const).map((a) => (
            <div className="checkbox" key={a}>
              <input
                type="radio"
                name="ns-audience"
                id={`ns-aud-${a}`}
                checked={v.audience === a}
                onChange={() => form.set('audience')(a)}
              />
              <label htmlFor={`ns-aud-${a}`}>{a === 'all' ? x.audienceAll : x.audienceUnits}</label>
            </div>
          ))}
        </fieldset>
        {v.audience === 'units' && (
          <fieldset id="ns-unitIds">
            <legend>{x.unit}</legend>
            {field('unitIds') && <p className="field__error">{field('unitIds')}</p>}
            {units.map((u) => (
              <div className="checkbox" key={u.id}>
                <input
                  type="checkbox"
                  id={`ns-u-${u.id}`}
                  checked={unitIds.includes(u.id)}
                  onChange={(e) =>
                    setUnitIds(e.target.checked ? [...unitIds, u.id] : unitIds.filter((i) => i !== u.id))
                  }
                />
                <label htmlFor={`ns-u-${u.id}`}>{u.label}</label>
              </div>
            ))}
          </fieldset>
        )}
        <SubmitRow label={x.send} busy={busy} />
      </Form>
    </Section>
  );
}
