/** The home page's part of 「わたしの仕事」: how many things wait, and the most urgent few. */
import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { MY_WORK, type WorkItem } from './api.ts';
import { myWorkTexts } from './texts.ts';
import { WorkShortList } from './WorkList.tsx';

const SHOWN = 5;

export function MyWorkCard() {
  const m = useT(myWorkTexts);
  const work = useData<{ count: number; items: WorkItem[] }>(MY_WORK);
  return (
    <section aria-labelledby="home-mywork" className="home-mywork">
      <h2 id="home-mywork" className="section-title">
        {m.homeHeading}
        {work.data && <span className="badge">{fmt(m.count, { n: work.data.count })}</span>}
      </h2>
      <Loaded query={work}>
        {(d) =>
          d.count === 0 ? (
            <p>{m.homeNone}</p>
          ) : (
            <>
              <WorkShortList items={d.items.slice(0, SHOWN)} />
              <p>
                <Link href="/my-work">{fmt(m.homeMore, { n: d.count })}</Link>
              </p>
            </>
          )
        }
      </Loaded>
    </section>
  );
}
