import { useState } from 'react';
import { useMutate } from '../../api/query.ts';
import { TextField } from '../../components/Field.tsx';
import { Form } from '../../components/Form.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { useUnits } from '../../components/Pickers.tsx';
import { Section } from '../../components/Section.tsx';
import { useT } from '../../i18n/index.tsx';
import { NOTICES, orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { TextAreaField } from './parts.tsx';

/** The form to send a notice to all staff or chosen units. */
export function NoticeSend() {
  const x = useT(orgTexts);
  const { units } = useUnits();
  const [v, setV] = useState({
    title: '',
    body: '',
    audience: 'all' as 'all' | 'units',
    unitIds: [] as string[],
  });
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, run, field } = useMutate(() => orgApi.post(NOTICES, v), {
    invalidate: [NOTICES],
    onDone: () => {
      setV({ title: '', body: '', audience: 'all', unitIds: [] });
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
        <TextField
          id="ns-title"
          label={x.noticeTitle}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
          required
          error={field('title')}
        />
        <TextAreaField
          id="ns-body"
          label={x.noticeBody}
          value={v.body}
          onChange={(e) => setV({ ...v, body: e.target.value })}
          required
          error={field('body')}
        />
        <fieldset>
          <legend>{x.audience}</legend>
          {(['all', 'units'] as const).map((a) => (
            <div className="checkbox" key={a}>
              <input
                type="radio"
                name="ns-audience"
                id={`ns-aud-${a}`}
                checked={v.audience === a}
                onChange={() => setV({ ...v, audience: a })}
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
                  checked={v.unitIds.includes(u.id)}
                  onChange={(e) =>
                    setV({
                      ...v,
                      unitIds: e.target.checked ? [...v.unitIds, u.id] : v.unitIds.filter((i) => i !== u.id),
                    })
                  }
                />
                <label htmlFor={`ns-u-${u.id}`}>{u.label}</label>
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {x.send}
        </button>
      </Form>
    </Section>
  );
}
