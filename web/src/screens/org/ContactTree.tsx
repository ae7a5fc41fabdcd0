import { useEffect, useState } from 'react';
import { useT } from '../../i18n/index.tsx';
import { orgApi } from './api.ts';
import { orgTexts } from './i18n.ts';
import { OrgFrame } from './parts.tsx';

interface Tier {
  tier: number;
  roles: {
    id: string;
    name: string;
    post: string | null;
    holders: {
      userId: string;
      displayName: string;
      post: string | null;
      unitName: string | null;
      phone: string | null;
      email: string | null;
      acting: boolean;
    }[];
  }[];
}

/** The emergency contact tree (R-A4), printable: roles top tier first, holders and how to reach them. */
export default function ContactTree() {
  const x = useT(orgTexts);
  const [tiers, setTiers] = useState<Tier[]>([]);
  useEffect(() => {
    orgApi.get<{ tiers: Tier[] }>('/api/org/contact-tree').then((r) => setTiers(r.tiers));
  }, []);
  return (
    <OrgFrame lead={x.contactLead}>
      <p className="no-print">
        <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
          {x.print}
        </button>
      </p>
      <ol className="contact-tree">
        {tiers.map((t) => (
          <li key={t.tier}>
            <h2>
              {x.tier.replace(/（.*）|\(.*\)/, '')} {t.tier}
            </h2>
            {t.roles.map((r) => (
              <section key={r.id} aria-label={r.name}>
                <h3>
                  {r.name}
                  {r.post && `（${r.post}）`}
                </h3>
                {r.holders.length === 0 ? (
                  <p className="muted">{x.noHolder}</p>
                ) : (
                  <table className="table">
                    <thead>
                      <tr>
                        <th>{x.displayName}</th>
                        <th>{x.unit}</th>
                        <th>{x.post}</th>
                        <th>{x.phone}</th>
                        <th>{x.email}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.holders.map((h) => (
                        <tr key={h.userId}>
                          <td>
                            {h.displayName}
                            {h.acting && `（${x.acting}）`}
                          </td>
                          <td>{h.unitName ?? '—'}</td>
                          <td>{h.post ?? '—'}</td>
                          <td>{h.phone ? <a href={`tel:${h.phone}`}>{h.phone}</a> : '—'}</td>
                          <td>{h.email ? <a href={`mailto:${h.email}`}>{h.email}</a> : '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            ))}
          </li>
        ))}
      </ol>
    </OrgFrame>
  );
}
