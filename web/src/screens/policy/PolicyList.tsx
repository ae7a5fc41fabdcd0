import { useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { AckBanner } from './AckBanner.tsx';
import { api, type DocumentItem } from './api.ts';
import { day } from './dates.ts';
import { usePolicyText } from './i18n.ts';

/** ポリシー: the documents the user may read, with the version in force (和暦 dates). */
export default function PolicyList() {
  const p = usePolicyText();
  const { lang } = useI18n();
  const { session } = useSession();
  const fns = session?.functions ?? [];
  const manage = fns.includes('policy.manage');
  const { error, run } = useAction();
  const [docs, setDocs] = useState<DocumentItem[] | null>(null);
  useEffect(() => {
    const url = manage || fns.includes('policy.read') ? '/api/policy/documents' : '/api/policy/public';
    void run(async () => setDocs((await api.get<{ items: DocumentItem[] }>(url)).items));
  }, [run, manage, fns]);
  return (
    <>
      <PageHeading lead={p.lead}>{p.title}</PageHeading>
      <AckBanner />
      {manage && (
        <div className="actions">
          <Link className="btn btn--primary" href="/policies/import">
            {p.import}
          </Link>
          <Link className="btn btn--secondary" href="/policies/reviews">
            {p.reviews}
          </Link>
        </div>
      )}
      <FormAlert error={error} />
      <section className="section" aria-labelledby="policy-docs">
        <h2 id="policy-docs">{p.documents}</h2>
        {docs && docs.length === 0 && <p className="empty">{p.empty}</p>}
        {docs && docs.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{p.document}</th>
                  <th scope="col">{p.kinds}</th>
                  <th scope="col">{p.visibility}</th>
                  <th scope="col">{p.inForce}</th>
                  <th scope="col">{p.effective}</th>
                  <th scope="col">{p.latest}</th>
                </tr>
              </thead>
              <tbody>
                {docs.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <Link href={`/policies/documents/${d.id}`}>{d.title}</Link>
                    </td>
                    <td>{d.kinds.join('・')}</td>
                    <td>
                      <span className="tag">{p.vis[d.visibility]}</span>
                    </td>
                    <td>
                      {d.inForce ? (
                        <Link href={`/policies/versions/${d.inForce.id}`}>
                          {fmt(p.version, { n: d.inForce.number })}
                        </Link>
                      ) : (
                        p.none
                      )}
                    </td>
                    <td>{day(d.inForce?.effectiveOn, lang)}</td>
                    <td>
                      {d.latest && (
                        <Link href={`/policies/versions/${d.latest.id}`}>
                          {fmt(p.version, { n: d.latest.number })}（{p.status[d.latest.status]}）
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
