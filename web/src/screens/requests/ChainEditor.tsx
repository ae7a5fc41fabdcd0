import { Button } from '../../components/Button.tsx';
import { CheckField, SelectField } from '../../components/Field.tsx';
import { MoveButtons, moveItem } from '../../components/ListEditing.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { ApproverRole } from './ApproverRole.tsx';
import type { ChainStep, FunctionDef, RoleChoice } from './api.ts';
import { FnSelect } from './FnSelect.tsx';
import { requestTexts } from './i18n.ts';

const MAX_STEPS = 6;

/**
 * The approver chain of a request type: each step's approving role (by its name, when the body's roles are
 * known; else the function), whether any or all decide, and unit scope.
 */
export function ChainEditor({
  chain,
  fns,
  roles,
  topic,
  onChange,
}: {
  chain: ChainStep[];
  fns: FunctionDef[];
  roles?: RoleChoice[];
  topic: string | null;
  onChange(c: ChainStep[]): void;
}) {
  const x = useT(requestTexts);
  const setStep = (i: number, patch: Partial<ChainStep>) =>
    onChange(chain.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset>
      <legend className="section-title">{x.chainEditor}</legend>
      {chain.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional
        <fieldset key={i} className="rq-step">
          <legend>{fmt(x.stepN, { n: i + 1 })}</legend>
          <div className="rq-row">
            {roles ? (
              <ApproverRole
                id={`te-step-${i}-role`}
                step={s}
                roles={roles}
                fns={fns}
                topic={topic}
                onChange={(step) => onChange(chain.map((c, j) => (j === i ? step : c)))}
              />
            ) : (
              <FnSelect
                id={`te-step-${i}-fn`}
                label={x.fn}
                value={s.function}
                fns={fns}
                onChange={(v) => setStep(i, { function: v })}
              />
            )}
            <SelectField
              id={`te-step-${i}-mode`}
              label={x.mode}
              value={s.mode}
              onChange={(e) => setStep(i, { mode: e.target.value as ChainStep['mode'] })}
              options={[
                { value: 'any', label: x.modeAny },
                { value: 'all', label: x.modeAll },
              ]}
            />
          </div>
          <CheckField
            id={`te-step-${i}-unit`}
            label={x.scoped}
            checked={s.unitScoped}
            onChange={(v) => setStep(i, { unitScoped: v })}
          />
          <MoveButtons
            index={i}
            count={chain.length}
            onMove={(by) => onChange(moveItem(chain, i, by))}
            onRemove={() => onChange(chain.filter((_, j) => j !== i))}
            removeLabel={x.removeStep}
            canRemove={chain.length > 1}
          />
        </fieldset>
      ))}
      {chain.length < MAX_STEPS && (
        <Button onClick={() => onChange([...chain, { function: '', mode: 'any', unitScoped: false }])}>
          {x.addStep}
        </Button>
      )}
    </fieldset>
  );
}
