import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/index.tsx';
import { registerPanelTexts } from '../systems/i18n.ts';
import { patch, RegisterPanel } from '../systems/RegisterPanel.tsx';
import type { Item } from '../systems/registerTypes.ts';
import { cloud, contracts, laws, social, vendors } from './configs.ts';

type Clause = { text: string; present: boolean };

/** The contract's clause checklist: each required clause ticked when the contract contains it (R-H2). */
function Checklist({ item, canWrite, reload }: { item: Item; canWrite: boolean; reload(): void }) {
  const s = useT(registerPanelTexts);
  const clauses = (item.clauses as Clause[]) ?? [];
  const missing = (item.missingClauses as string[]) ?? [];
  async function toggle(i: number) {
    const next = clauses.map((c, j) => (j === i ? { ...c, present: !c.present } : c));
    await patch(`/api/vendors/contracts/${item.id}`, { clauses: next });
    reload();
  }
  return (
    <details>
      <summary className={missing.length ? 'badge badge--warning' : 'badge'}>
        {missing.length ? `${s.missing}: ${missing.length}` : s.allPresent}
      </summary>
      <ul className="checklist">
        {clauses.map((c, i) => (
          <li key={c.text}>
            <label>
              <input
                type="checkbox"
                checked={c.present}
                disabled={!canWrite}
                onChange={() => void toggle(i)}
              />{' '}
              {c.text}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** 委託先・クラウド・SNS・法令: the outsourcing registers with the contract clause checklist. */
export default function Vendors() {
  const s = useT(registerPanelTexts);
  const { session } = useSession();
  const canWrite = !!session?.functions.includes('vendors.manage');
  const [clauseList, setClauseList] = useState<{ clauses: string[]; clausePath: string | null } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void api
      .get<{ clauses: string[]; clausePath: string | null }>('/api/vendors/clause-list')
      .then(setClauseList, () => setClauseList(null));
  }, []);
  const bump = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeading>{s.vendorsTitle}</PageHeading>
      <section aria-labelledby="clauses-h" className="alert alert--info">
        <h2 id="clauses-h">
          {s.clauseList}
          {clauseList?.clausePath ? `（${clauseList.clausePath}）` : ''}
        </h2>
        {clauseList && clauseList.clauses.length === 0 && <p>{s.noClauseList}</p>}
        <ol>
          {clauseList?.clauses.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      </section>
      <RegisterPanel config={vendors} canWrite={canWrite} version={version} onChange={bump} />
      <RegisterPanel
        config={contracts}
        canWrite={canWrite}
        version={version}
        extra={{
          ja: '必須条項',
          en: 'Required clauses',
          render: (it, reload) => <Checklist item={it} canWrite={canWrite} reload={reload} />,
        }}
      />
      <RegisterPanel config={cloud} canWrite={canWrite} version={version} />
      <RegisterPanel config={social} canWrite={canWrite} />
      <RegisterPanel config={laws} canWrite={canWrite} />
    </>
  );
}
