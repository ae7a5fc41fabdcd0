import { CheckField, SelectField, TextField } from '../../components/Field.tsx';
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
          <TextField
            id="te-due"
            label={x.dueDays}
            type="number"
            min={0}
            max={250}
            value={rt.dueBusinessDays}
            onChange={(e) =>
              onChange({ returnTracking: { ...rt, dueBusinessDays: Number(e.target.value) || 0 } })
            }
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
          <TextField
            id="te-confirm-count"
            label={x.confirmCount}
            type="number"
            min={1}
            max={10}
            value={conf.count}
            onChange={(e) => onChange({ confirmations: { ...conf, count: Number(e.target.value) || 1 } })}
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
      <TextField
        id="te-escalate"
        label={x.escalate}
        type="number"
        min={1}
        max={60}
        value={def.escalateAfterDays}
        onChange={(e) => onChange({ escalateAfterDays: Number(e.target.value) || 1 })}
      />
    </fieldset>
  );
}
