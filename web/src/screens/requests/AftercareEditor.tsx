import { CheckField, SelectField } from '../../components/Field.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/index.tsx';
import type { FunctionDef, TypeDefinition } from './api.ts';
import { FnSelect } from './FnSelect.tsx';
import { requestTexts } from './i18n.ts';

type Aftercare = Pick<TypeDefinition, 'returnTracking' | 'confirmations' | 'escalateAfterDays' | 'fields'>;

/** After approval: return tracking (due days, from which date), checks after the return, and escalation. */
export function AftercareEditor({
  def,
  fns,
  onChange,
}: {
  def: Aftercare;
  fns: FunctionDef[];
  onChange(patch: Partial<TypeDefinition>): void;
}) {
  const x = useT(requestTexts);
  const dateFields = def.fields.filter((f) => f.type === 'date');
  const rt = def.returnTracking;
  const conf = def.confirmations;
  return (
    <fieldset>
      <legend className="section-title">{x.aftercare}</legend>
      <CheckField
        id="te-return"
        label={x.returnTracking}
        checked={!!rt}
        onChange={(on) =>
          onChange({ returnTracking: on ? { dueBusinessDays: 0, fromField: dateFields.at(-1)?.key } : null })
        }
      />
      {rt && (
        <div className="rq-row">
          <NumberField
            id="te-due"
            label={x.dueDays}
            min={0}
            max={250}
            value={rt.dueBusinessDays}
            onChange={(n) => onChange({ returnTracking: { ...rt, dueBusinessDays: n } })}
          />
          <SelectField
            id="te-from"
            label={x.fromField}
            value={rt.fromField ?? ''}
            onChange={(e) =>
              onChange({
                returnTracking: {
                  dueBusinessDays: rt.dueBusinessDays,
                  fromField: e.target.value || undefined,
                },
              })
            }
            placeholder={x.fromApproval}
            options={dateFields.map((f) => ({ value: f.key, label: f.label.ja }))}
          />
        </div>
      )}
      <CheckField
        id="te-confirm"
        label={x.confirmations}
        checked={!!conf}
        onChange={(on) =>
          onChange({ confirmations: on ? { count: 2, function: 'requests.confirm_return' } : null })
        }
      />
      {conf && (
        <div className="rq-row">
          <NumberField
            id="te-confirm-count"
            label={x.confirmCount}
            min={1}
            max={10}
            value={conf.count}
            onChange={(n) => onChange({ confirmations: { ...conf, count: n } })}
          />
          <FnSelect
            id="te-confirm-fn"
            label={x.confirmFn}
            value={conf.function}
            fns={fns}
            onChange={(v) => onChange({ confirmations: { ...conf, function: v } })}
          />
        </div>
      )}
      <NumberField
        id="te-escalate"
        label={x.escalate}
        min={1}
        max={60}
        value={def.escalateAfterDays}
        onChange={(n) => onChange({ escalateAfterDays: n })}
      />
    </fieldset>
  );
}
