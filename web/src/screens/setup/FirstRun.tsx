import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData } from '../../api/query.ts';
import type { Organization } from '../../api/types.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useSetupText } from './i18n.ts';
import { Passwords } from './steps/Passwords.tsx';

interface SamplePerson {
  loginId: string;
  displayName: string;
  role: string | null;
  password: string;
}

/**
 * The system administrator's first-run choice on the home page, shown while no public body exists:
 * set up one's own body (guided) or set up the sample organizations to try mamori.
 */
export function FirstRun() {
  const s = useSetupText();
  const orgs = useData<{ items: Organization[] }>('/api/system/organizations');
  const [people, setPeople] = useState<SamplePerson[] | null>(null);
  const samples = useAction();
  // Shown only once the list has loaded (a failed load shows nothing: the home page's other parts remain).
  const bodies = orgs.data ? orgs.data.items.filter((o) => o.kind === 'body').length : null;

  if (bodies === null || (bodies > 0 && !people)) return null;
  return (
    <section className="section" aria-labelledby="first-run">
      <h2 id="first-run" className="section-title">
        {s.firstRunTitle}
      </h2>
      <p>{s.firstRunLead}</p>
      <ul className="cards">
        <li className="card">
          <Link href="/setup" className="card__link">
            <span className="card__title">{s.startBody}</span>
            <span className="card__body">{s.startBodyHint}</span>
          </Link>
        </li>
        <li className="card">
          <button
            type="button"
            className="card__link"
            disabled={samples.busy || !!people}
            onClick={() =>
              void samples.run(async () => {
                setPeople((await api.post<{ people: SamplePerson[] }>('/api/system/samples', {})).people);
              })
            }
          >
            <span className="card__title">{s.trySamples}</span>
            <span className="card__body">{s.trySamplesHint}</span>
          </button>
        </li>
      </ul>
      <Status message={samples.busy ? s.samplesBusy : null} />
      <FormAlert error={samples.error} />
      {people && <SamplePeople people={people} />}
    </section>
  );
}

/** The sample organizations' people, with the one-time password and sign-in link to hand over. */
function SamplePeople({ people }: { people: SamplePerson[] }) {
  const s = useSetupText();
  if (!people.length) return <p role="status">{s.samplesNone}</p>;
  const items = people.map((p) => ({
    label: `${p.loginId}（${p.displayName}・${p.role ?? s.staff}）`,
    value: p.password,
    loginId: p.loginId,
  }));
  return (
    <>
      <p role="status">{s.samplesMade}</p>
      <Passwords items={items} />
    </>
  );
}
