import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { useRegisterTabs } from '../registers/tabs.ts';
import { Findings } from '../systems/Findings.tsx';
import { registerPanelTexts } from '../systems/i18n.ts';
import { RegisterPanel } from '../systems/RegisterPanel.tsx';
import type { Item } from '../systems/registerTypes.ts';
import { cloud, contracts, laws, social, vendors } from './configs.ts';

type Clause = { text: string; present: boolean };

/** The contract's clause checklist: each required clause ticked when the contract contains it (R-H2). */
function Checklist({ item, canWrite }: { item: Item; canWrite: boolean }) {
  const s = useT(registerPanelTexts);
  const clauses = (item.clauses as Clause[]) ?? [];
  const missing = (item.missingClauses as string[]) ?? [];
  const save = useMutate(
    (next: Clause[]) => api.patch(`/api/vendors/contracts/${item.id}`, { clauses: next }),
    {
      invalidate: ['/api/vendors'],
    },
  );
  const toggle = (i: number) =>
    void save.run(clauses.map((c, j) => (j === i ? { ...c, present: !c.present } : c)));
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
                disabled={!canWrite || save.busy}
                onChange={() => toggle(i)}
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
  const canWrite = useCan()('vendors.manage');
  const clauseList = useData<{ clauses: string[]; clausePath: string | null }>(
    '/api/vendors/clause-list',
  ).data;
  return (
    <AreaFrame {...useRegisterTabs()} title={s.vendorsTitle}>
      <Findings
        id="clauses-h"
        tone="info"
        ordered
        title={`${s.clauseList}${clauseList?.clausePath ? `（${clauseList.clausePath}）` : ''}`}
        empty={s.noClauseList}
        items={clauseList?.clauses ?? null}
        keyOf={(c) => c}
        render={(c) => c}
      />
      <RegisterPanel config={vendors} canWrite={canWrite} />
      <RegisterPanel
        config={contracts}
        canWrite={canWrite}
        extra={{
          ja: '必須条項',
          en: 'Required clauses',
          render: (it) => <Checklist item={it} canWrite={canWrite} />,
        }}
      />
      <RegisterPanel config={cloud} canWrite={canWrite} />
      <RegisterPanel config={social} canWrite={canWrite} />
      <RegisterPanel config={laws} canWrite={canWrite} />
    </AreaFrame>
  );
}
