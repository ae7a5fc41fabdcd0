import { useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { api, type ProposalItem } from './api.ts';
import { usePolicyText } from './i18n.ts';

/** Import review: every module's proposals grouped by kind, ticked to accept, the rest rejected (all or nothing). */
export default function PolicyProposals({ params }: ScreenProps) {
  const p = usePolicyText();
  const { error, busy, run } = useAction();
  const [items, setItems] = useState<ProposalItem[] | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [msg, setMsg] = useState<string | null>(null);
  const id = (i: ProposalItem) => `${i.kind}\u0000${i.key}`;
  const load = () =>
    run(async () => {
      const list = (await api.get<{ items: ProposalItem[] }>(`/api/policy/versions/${params.id}/proposals`))
        .items;
      setItems(list);
      setTicked(new Set(list.filter((i) => !i.decision && !i.alreadyPresent).map(id)));
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the version changes
  useEffect(() => void load(), [params.id]);
  const open = items?.filter((i) => !i.decision) ?? [];
  const kinds = [...new Set((items ?? []).map((i) => i.kind))];
  function decide() {
    void run(async () => {
      const decisions = open.map((i) => ({ kind: i.kind, key: i.key, accept: ticked.has(id(i)) }));
      await api.post(`/api/policy/versions/${params.id}/proposals/decide`, { decisions });
      setMsg(fmt(p.decided, { n: decisions.length }));
      await load();
    });
  }
  return (
    <>
      <PageHeading lead={p.proposalsLead}>{p.proposals}</PageHeading>
      <p>
        <Link href={`/policies/versions/${params.id}`}>{p.open}</Link>
      </p>
      <Status message={msg} />
      <FormAlert error={error} />
      {kinds.map((k) => (
        <fieldset key={k} className="section">
          <legend className="section-title">{p.kind[k] ?? k}</legend>
          <ul className="link-list">
            {items
              ?.filter((i) => i.kind === k)
              .map((i) => (
                <li key={i.key}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      disabled={!!i.decision}
                      checked={i.decision ? i.decision.decision === 'accepted' : ticked.has(id(i))}
                      onChange={(e) =>
                        setTicked((s) => {
                          const n = new Set(s);
                          if (e.target.checked) n.add(id(i));
                          else n.delete(id(i));
                          return n;
                        })
                      }
                    />{' '}
                    <strong>{i.title}</strong>
                  </label>{' '}
                  {i.decision && (
                    <span className="tag">
                      {i.decision.decision === 'accepted' ? p.accepted : p.rejected}
                    </span>
                  )}
                  {i.alreadyPresent && <span className="tag tag--ok">{p.present}</span>}
                  <div className="cell-sub">
                    {i.detail}
                    {i.clausePath && (
                      <>
                        {' '}
                        / {p.clause}: <code>{i.clausePath}</code>
                      </>
                    )}
                  </div>
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
      {open.length > 0 && (
        <div className="actions">
          <button type="button" className="btn btn--primary" disabled={busy} onClick={decide}>
            {p.acceptSel}（{ticked.size}/{open.length}）
          </button>
        </div>
      )}
    </>
  );
}
