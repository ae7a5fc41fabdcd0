import type { Organization } from '../../api/types.ts';
import './setup.css';
import { useData } from '../../api/query.ts';
import { Link, navigate, useSearch } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/Button.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { SETUP_STATUS, type SetupStatus, STEP_KEYS, type StepKey } from './api.ts';
import { StepPanel } from './StepPanel.tsx';
import { CreateBody } from './steps/CreateBody.tsx';
import { setupTexts } from './texts.ts';

/**
 * 団体の初期設定: the steps from the body's name to its first register entry and the hand-over, each
 * open in turn. Where it stands is read from the body itself (`/api/setup/status`), so coming back
 * continues where it stopped; `?step=` opens a step again, `?after=` the first step not done after one.
 */
export default function SetupWizard() {
  const s = useT(setupTexts);
  const { session } = useSession();
  const orgs = useData<{ items: Organization[] }>(
    session?.isSystemAdmin ? '/api/system/organizations' : null,
  );
  const acting = orgs.data?.items.find((o) => o.id === session?.organization.id);
  const search = new URLSearchParams(useSearch());
  // A hosting administrator in their own organization starts by creating the body (`?new=1`: another one).
  const creating =
    !!session?.isSystemAdmin && (!orgs.data || acting?.kind === 'system' || search.get('new') === '1');
  const status = useData<SetupStatus>(creating ? null : SETUP_STATUS);
  const asked = search.get('step') as StepKey | null;
  const after = STEP_KEYS.indexOf(search.get('after') as StepKey);
  return (
    <>
      <PageHeading lead={s.lead}>{s.title}</PageHeading>
      {creating ? (
        orgs.data && <CreateBody />
      ) : (
        <Loaded query={status}>
          {(st) => {
            const open =
              asked && STEP_KEYS.includes(asked)
                ? asked
                : after >= 0
                  ? (st.steps.find((x, i) => i > after && !x.done)?.key ?? st.next)
                  : st.next;
            return (
              <>
                {!st.next && <p className="alert alert--success">{s.allDone}</p>}
                <ol className="setup-steps">
                  {st.steps.map((step, i) => (
                    <li
                      key={step.key}
                      className={`setup-step${step.key === open ? ' setup-step--open' : ''}`}
                    >
                      <div className="setup-step__head">
                        <span className="setup-step__n">
                          {fmt(s.stepOf, { n: i + 1, total: st.steps.length })}
                        </span>
                        <h2 className="setup-step__title" id={`step-${step.key}`}>
                          {s.steps[step.key]}
                        </h2>
                        <span className={`tag${step.done ? ' tag--ok' : ''}`}>
                          {step.done ? s.done : s.todo}
                        </span>
                        {step.key !== open && (
                          <Button kind="text" small onClick={() => navigate(`/setup?step=${step.key}`)}>
                            {step.done ? s.redo : s.open}
                            <span className="visually-hidden">（{s.steps[step.key]}）</span>
                          </Button>
                        )}
                      </div>
                      {step.key === open && <StepPanel step={step.key} status={st} />}
                    </li>
                  ))}
                </ol>
              </>
            );
          }}
        </Loaded>
      )}
      {session?.isSystemAdmin && !creating && (
        <p>
          <Link href="/setup?new=1">{s.another}</Link>
        </p>
      )}
    </>
  );
}
