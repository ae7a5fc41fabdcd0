import { useData } from '../../api/query.ts';
import './setup.css';
import { Link } from '../../app/router.tsx';
import { Button } from '../../components/Button.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { SETUP_STATUS, type SetupStatus } from './api.ts';
import { RefusedRoles } from './RefusedRoles.tsx';
import { setupTexts } from './texts.ts';
import { useAssignRoles } from './useAssignRoles.ts';

/**
 * The home page's list of what is left until the body runs, each a link into its set-up step; gone when done.
 * While a role the body must fill has nobody, its item names those roles, each a link to assign a person, and
 * gives the roles whose post someone holds to those people with one button.
 */
export function SetupChecklist() {
  const s = useT(setupTexts);
  const status = useData<SetupStatus>(SETUP_STATUS);
  const st = status.data;
  const rolesOpen = !!st?.steps.some((x) => x.key === 'roles' && !x.done);
  const roles = useAssignRoles(undefined, rolesOpen);
  if (!st?.next) return null;
  return (
    <section className="section panel" aria-labelledby="home-setup" data-testid="setup-checklist">
      <h2 id="home-setup" className="section-title">
        {s.checklistTitle}
      </h2>
      <p className="muted">{s.checklistLead}</p>
      <Status message={roles.done} />
      <FormAlert error={roles.assign.error} />
      <RefusedRoles refusal={roles.refusal} />
      <ul className="setup-checklist">
        {st.steps.map((x) => (
          <li key={x.key} className={x.done ? 'setup-checklist__done' : undefined}>
            <span className={`tag${x.done ? ' tag--ok' : ''}`}>{x.done ? s.done : s.todo}</span>{' '}
            {x.done ? s.steps[x.key] : <Link href={`/setup?step=${x.key}`}>{s.steps[x.key]}</Link>}
            {x.key === 'roles' && st.roles.empty.length > 0 && (
              <span className="setup-checklist__note" data-testid="setup-empty-roles">
                {' '}
                {s.emptyRoles}
                {st.roles.empty.map((r, i) => (
                  <span key={r.id}>
                    {i > 0 && '、'}
                    <Link href={`/org/roles/${r.id}`} aria-label={fmt(s.assignRole, { role: r.name })}>
                      {r.name}
                    </Link>
                  </span>
                ))}
              </span>
            )}
            {x.key === 'roles' && !x.done && roles.suggestions.length > 0 && (
              <>
                {' '}
                <Button small disabled={roles.assign.busy} onClick={() => void roles.byPost()}>
                  {s.checklistAssign}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/setup" className="btn btn--primary">
          {s.checklistOpen}
        </Link>
      </p>
    </section>
  );
}
