import { Link } from '../../app/router.tsx';
import { SelectField } from '../../components/Field.tsx';
import { fmt, useI18n, useT } from '../../i18n/index.tsx';
import { type ChainStep, type FunctionDef, fnLabel, type RoleChoice } from './api.ts';
import { requestTexts } from './i18n.ts';

const APPROVE = 'requests.approve.';

/**
 * The approval a chosen role gives for this kind of request: the one for the type's topic, else an approval
 * the role already holds, else the topic's (or "other") for the role to be given.
 */
export function approvalFor(role: RoleChoice, topic: string | null, current: string): string {
  const wanted = topic ? `${APPROVE}${topic}` : current.startsWith(APPROVE) ? current : '';
  if (wanted && role.functions.includes(wanted)) return wanted;
  return role.functions.find((f) => f.startsWith(APPROVE)) ?? (wanted || `${APPROVE}other`);
}

/** A chain step's approver, chosen by the role's name; says when the role cannot approve yet. */
export function ApproverRole({
  id,
  step,
  roles,
  fns,
  topic,
  onChange,
}: {
  id: string;
  step: ChainStep;
  roles: RoleChoice[];
  fns: FunctionDef[];
  topic: string | null;
  onChange(patch: ChainStep): void;
}) {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  const value = step.roles?.length === 1 ? step.roles[0] : step.roles?.length ? '*' : '';
  const fn = fnLabel(fns, step.function, lang);
  const chosen = roles.find((r) => r.name === value);
  const choose = (name: string) => {
    const { roles: _drop, ...rest } = step;
    const role = roles.find((r) => r.name === name);
    if (!role) onChange(rest);
    else onChange({ ...rest, roles: [role.name], function: approvalFor(role, topic, step.function) });
  };
  return (
    <div>
      <SelectField id={id} label={x.approverRole} value={value} onChange={(e) => choose(e.target.value)}>
        <option value="">{step.function ? fmt(x.anyRoleWith, { fn }) : x.chooseRole}</option>
        {value === '*' && <option value="*">{step.roles?.join('、')}</option>}
        {roles.map((r) => (
          <option key={r.id} value={r.name}>
            {r.name}
          </option>
        ))}
      </SelectField>
      {step.function && <p className="field__hint">{fmt(x.approvesWith, { fn })}</p>}
      {chosen && !chosen.functions.includes(step.function) && (
        <p className="alert alert--info">
          {fmt(x.roleLacks, { role: chosen.name, fn })}{' '}
          <Link href={`/org/roles/${chosen.id}`}>{x.openRole}</Link>
        </p>
      )}
    </div>
  );
}
