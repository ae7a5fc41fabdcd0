import { useEffect, useState } from 'react';
import { api } from './api.ts';
import { usePolicyText } from './i18n.ts';

interface Links {
  records: { kind: string; title: string; recordType: string | null; recordId: string | null }[];
  roles: { id: string; name: string; post: string | null }[];
  obligations: { modality: string; actors: string[]; approver: string[]; text: string }[];
}

/** "Which clause demands me?": the records, roles and duties a clause drives. */
export function ClauseLinks({ path, versionId }: { path: string; versionId: string }) {
  const p = usePolicyText();
  const [links, setLinks] = useState<Links | null>(null);
  useEffect(() => {
    setLinks(null);
    api
      .get<Links>(`/api/policy/clauses/${encodeURIComponent(path)}/links?versionId=${versionId}`)
      .then(setLinks)
      .catch(() => setLinks({ records: [], roles: [], obligations: [] }));
  }, [path, versionId]);
  if (!links) return null;
  const empty = !links.records.length && !links.roles.length && !links.obligations.length;
  return (
    <aside className="panel" aria-label={p.drives}>
      <h3>{p.drives}</h3>
      {empty && <p className="muted">{p.noLinks}</p>}
      <ul className="link-list">
        {links.records.map((r) => (
          <li key={`${r.kind}${r.title}`}>
            <span className="tag">{p.kind[r.kind] ?? r.kind}</span> {r.title}
          </li>
        ))}
        {links.roles
          .filter((r) => !links.records.some((x) => x.title === r.name))
          .map((r) => (
            <li key={r.id}>
              <span className="tag">{p.kind.roles}</span> {r.name}
            </li>
          ))}
        {links.obligations.map((o) => (
          <li key={o.text}>
            <span className="tag">{o.modality}</span> {o.actors.join('・')}
            {o.approver.length > 0 && `（→ ${o.approver.join('・')}）`}: {o.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
