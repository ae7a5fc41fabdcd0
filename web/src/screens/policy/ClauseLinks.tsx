import { useData } from '../../api/query.ts';
import { useT } from '../../i18n/index.tsx';
import { policyTexts } from './i18n.ts';

interface Links {
  records: { kind: string; title: string; recordType: string | null; recordId: string | null }[];
  roles: { id: string; name: string; post: string | null }[];
  obligations: {
    modality: string;
    actors: string[];
    approver: string[];
    /** approvers chosen by the asset's level (機密性3 → 責任者 / 機密性2 → 管理者) */
    approverByLevel?: Record<string, string[]> | null;
    text: string;
  }[];
}

/** "Which clause demands me?": the records, roles and duties a clause drives. */
export function ClauseLinks({ path, versionId }: { path: string; versionId: string }) {
  const p = useT(policyTexts);
  const q = useData<Links>(`/api/policy/clauses/${encodeURIComponent(path)}/links?versionId=${versionId}`);
  if (q.isPending) return null;
  const links = q.data ?? { records: [], roles: [], obligations: [] };
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
            {approversOf(o)}: {o.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Who approves: per level when the policy makes it depend on the level (機密性3 → A / 機密性2 → B), else the roles. */
function approversOf(o: Links['obligations'][number]): string {
  const levels = Object.entries(o.approverByLevel ?? {});
  if (levels.length > 0) return `（${levels.map(([l, r]) => `${l} → ${r.join('・')}`).join(' / ')}）`;
  return o.approver.length > 0 ? `（→ ${o.approver.join('・')}）` : '';
}
