/** わたしの仕事: everything waiting for the signed-in person, the soonest due first. */
import { useData, useMutate } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { SelectField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { DIGEST, type DigestSetting as DigestSettingData, MY_WORK, myWorkApi, type WorkItem } from './api.ts';
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

/** Whether the body sends the list by e-mail each day and at which hour; whoever sets up the organization may change it. */
function DigestSetting() {
  const m = useT(myWorkTexts);
  const can = useCan();
  const digest = useData<DigestSettingData>(DIGEST);
  const save = useMutate((s: DigestSettingData) => myWorkApi.setDigest(s), { invalidate: [DIGEST] });
  if (!digest.data) return null;
  const { enabled: on, hour } = digest.data;
  const hours = Array.from({ length: 24 }, (_, h) => ({
    value: String(h),
    label: fmt(m.digest.hourOption, { hour: h }),
  }));
  return (
    <section aria-labelledby="mywork-digest">
      <h2 id="mywork-digest" className="section-title">
        {m.digest.heading}
      </h2>
      <p>{on ? fmt(m.digest.on, { hour }) : m.digest.off}</p>
      {can('org.admin') && (
        <div className="actions">
          <SelectField
            id="mywork-digest-hour"
            label={m.digest.hour}
            value={String(hour)}
            disabled={save.busy}
            options={hours}
            onChange={(e) => void save.run({ enabled: on, hour: Number(e.target.value) })}
          />
          <button
            type="button"
            className="btn btn--secondary"
            disabled={save.busy}
            onClick={() => void save.run({ enabled: !on, hour })}
          >
            {on ? m.digest.turnOff : m.digest.turnOn}
          </button>
        </div>
      )}
      <FormAlert error={save.error} />
    </section>
  );
}
