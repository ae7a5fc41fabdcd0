import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { useMutate } from '../../api/query.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { changes, filled } from './cells.tsx';
import { FieldInput } from './FieldInput.tsx';
import { registerPanelTexts } from './i18n.ts';
import type { Item, RegisterConfig } from './registerTypes.ts';

interface Props {
  config: RegisterConfig;
  /** 'new' to add a record, or the record to edit. */
  target: Item | 'new';
  idPrefix: string;
  /** Paths to reload after saving. */
  invalidate: string[];
  onSaved(): void;
  onCancel(): void;
}

/** The add or edit form of one register record; only changed fields are sent on edit. */
export function RegisterForm({ config, target, idPrefix, invalidate, onSaved, onCancel }: Props) {
  const { lang } = useI18n();
  const s = useT(registerPanelTexts);
  const editable = config.fields.filter((f) => !f.computed);
  const [draft, setDraft] = useState<Record<string, unknown>>(() =>
    target === 'new' ? {} : Object.fromEntries(editable.map((f) => [f.key, target[f.key]])),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const save = useMutate(
    () =>
      target === 'new'
        ? api.post(config.url, filled(editable, draft))
        : api.patch(`${config.url}/${target.id}`, changes(editable, target, draft)),
    { invalidate, onDone: onSaved },
  );
  const nameKey = config.fields[0]?.key;
  const labels = Object.fromEntries(config.fields.map((f) => [f.key, f[lang]]));
  return (
    <form
      id={`${idPrefix}-form`}
      className="register-form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <h3 ref={heading} tabIndex={-1} className="register-form__title">
        {target === 'new'
          ? fmt(s.adding, { register: config[lang] })
          : fmt(s.editing, { name: String(target[nameKey] ?? '') })}
      </h3>
      <FormAlert error={save.error} idPrefix={idPrefix} labels={labels} />
      <div className="register-form__grid">
        {editable.map((f) => (
          <FieldInput
            key={f.key}
            idPrefix={idPrefix}
            field={f}
            value={draft[f.key]}
            error={save.field(f.key)}
            onChange={(v) => setDraft((d) => ({ ...d, [f.key]: v }))}
          />
        ))}
      </div>
      <div className="actions">
        <button className="btn btn--primary" type="submit" disabled={save.busy}>
          {s.save}
        </button>
        <button className="btn btn--secondary" type="button" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
