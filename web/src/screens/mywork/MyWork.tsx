/** わたしの仕事: everything waiting for the signed-in person, the soonest due first. */
import { useData, useMutate } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { DIGEST, MY_WORK, myWorkApi, type WorkItem } from './api.ts';
import { myWorkTexts } from './texts.ts';
import { WorkTable } from './WorkList.tsx';

export default function MyWork() {
  const m = useT(myWorkTexts);
  const work = useData<{ count: number; items: WorkItem[] }>(MY_WORK);
  return (
    <>
      <PageHeading lead={m.lead}>
        {m.title}
        {work.data ? `（${fmt(m.count, { n: work.data.count })}）` : ''}
      </PageHeading>
      <Loaded query={work}>{(d) => <WorkTable items={d.items} />}</Loaded>
      <DigestSetting />
    </>
  );
}

/** Whether the body sends the list by e-mail each morning; whoever sets up the organization may change it. */
function DigestSetting() {
  const m = useT(myWorkTexts);
  const can = useCan();
  const digest = useData<{ enabled: boolean }>(DIGEST);
  const save = useMutate((enabled: boolean) => myWorkApi.setDigest(enabled), { invalidate: [DIGEST] });
  if (!digest.data) return null;
  const on = digest.data.enabled;
  return (
    <section aria-labelledby="mywork-digest">
      <h2 id="mywork-digest" className="section-title">
        {m.digest.heading}
      </h2>
      <p>{on ? m.digest.on : m.digest.off}</p>
      {can('org.admin') && (
        <button
          type="button"
          className="btn btn--secondary"
          disabled={save.busy}
          onClick={() => void save.run(!on)}
        >
          {on ? m.digest.turnOff : m.digest.turnOn}
        </button>
      )}
      <FormAlert error={save.error} />
    </section>
  );
}
