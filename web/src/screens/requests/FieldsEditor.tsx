import { Button } from '../../components/Button.tsx';
import { CheckField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { MoveButtons, moveItem } from '../../components/ListEditing.tsx';
import { useT } from '../../i18n/index.tsx';
import type { FieldSpec, FieldType } from './api.ts';
import { requestTexts } from './i18n.ts';

const FIELD_TYPES: FieldType[] = ['text', 'textarea', 'date', 'select', 'asset', 'checklist'];
const MAX_FIELDS = 30;

/** A field's inner name nobody sees or types: the first `field_N` not yet taken. */
function freeKey(fields: FieldSpec[]): string {
  let n = fields.length + 1;
  while (fields.some((f) => f.key === `field_${n}`)) n++;
  return `field_${n}`;
}

/** The form a request type asks the requester to fill: kind, labels in both languages, options. */
export function FieldsEditor({ fields, onChange }: { fields: FieldSpec[]; onChange(f: FieldSpec[]): void }) {
  const x = useT(requestTexts);
  const setField = (i: number, patch: Partial<FieldSpec>) =>
    onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset>
      <legend className="section-title">{x.fields}</legend>
      {fields.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fields are positional while edited
        <fieldset key={i} className="rq-step">
          <legend>
            {i + 1}. {f.label.ja}
          </legend>
          <div className="rq-row">
            <SelectField
              id={`te-f-${i}-type`}
              label={x.fieldType}
              value={f.type}
              onChange={(e) => setField(i, { type: e.target.value as FieldType })}
              options={FIELD_TYPES.map((k) => ({ value: k, label: x.fieldTypes[k] }))}
            />
            <TextField
              id={`te-f-${i}-ja`}
              label={x.fieldLabelJa}
              value={f.label.ja}
              onChange={(e) => setField(i, { label: { ...f.label, ja: e.target.value } })}
            />
            <TextField
              id={`te-f-${i}-en`}
              label={x.fieldLabelEn}
              value={f.label.en}
              onChange={(e) => setField(i, { label: { ...f.label, en: e.target.value } })}
            />
          </div>
          {(f.type === 'select' || f.type === 'checklist') && (
            <TextAreaField
              id={`te-f-${i}-opts`}
              label={x.fieldOptions}
              value={(f.options ?? []).join('\n')}
              onChange={(e) => setField(i, { options: e.target.value.split('\n') })}
              onBlur={() => setField(i, { options: (f.options ?? []).map((o) => o.trim()).filter(Boolean) })}
            />
          )}
          {f.type === 'date' && (
            <CheckField
              id={`te-f-${i}-today`}
              label={x.fieldToday}
              checked={f.initial === 'today'}
              onChange={(v) => setField(i, { initial: v ? 'today' : undefined })}
            />
          )}
          <CheckField
            id={`te-f-${i}-req`}
            label={x.required}
            checked={f.required}
            onChange={(v) => setField(i, { required: v })}
          />
          <MoveButtons
            index={i}
            count={fields.length}
            onMove={(by) => onChange(moveItem(fields, i, by))}
            onRemove={() => onChange(fields.filter((_, j) => j !== i))}
            removeLabel={x.removeField}
          />
        </fieldset>
      ))}
      {fields.length < MAX_FIELDS && (
        <Button
          onClick={() =>
            onChange([
              ...fields,
              { key: freeKey(fields), type: 'text', label: { ja: '', en: '' }, required: false },
            ])
          }
        >
          {x.addField}
        </Button>
      )}
    </fieldset>
  );
}
