import { useEffect, useRef, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { api, type ProposalItem } from './api.ts';
import { ClauseRef } from './ClauseRef.tsx';
import { ProposalCorrected } from './corrections/ProposalCorrected.tsx';
import { correctionsTexts } from './corrections/texts.ts';
import { GapAnalysis } from './GapAnalysis.tsx';
import { usePolicyText } from './i18n.ts';

/** Groups in the order an administrator sets a body up; kinds from other providers follow. */
const ORDER = ['roles', 'classification', 'segments', 'request_types', 'check_items'];

/** Where a record created from a proposal is seen (by the record type the provider answered). */
export function recordHref(type: string | null, id: string | null): string | null {
  if (!type || !id) return null;
  switch (type) {
    case 'role':
      return `/organization/roles/${id}`;
    case 'committee':
      return `/organization/committees/${id}`;
    case 'classification_version':
      return '/registers/classification';
    case 'network_segment':
      return '/registers/systems';
    case 'request_type':
      return '/requests';
    case 'assessment_check_item':
      return '/inspections';
    default:
      return null;
  }
}

const keyOf = (i: ProposalItem) => `${i.kind}\u0000${i.key}`;
/** Groups longer than this are folded (check items run to hundreds). */
const LONG = 15;

/**
 * Import review for a first-time administrator: every module's proposals grouped by kind with what the kind
 * means, each linked to its clause; select all / none per group; a confirmation summary before anything is
 * recorded (all or nothing); afterwards, what was created with links.
 */
export default function PolicyProposals({ params }: ScreenProps) {
  const p = usePolicyText();
  const ct = useT(correctionsTexts);
  const { error, busy, run } = useAction();
  const [items, setItems] = useState<ProposalItem[] | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [msg, setMsg] = useState<string | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const createdRef = useRef<HTMLHeadingElement>(null);
  const load = () =>
    run(async () => {
      const list = (await api.get<{ items: ProposalItem[] }>(`/api/policy/versions/${params.id}/proposals`))
        .items;
      setItems(list);
      setTicked(new Set(list.filter((i) => !i.decision && !i.alreadyPresent).map(keyOf)));
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the version changes
  useEffect(() => void load(), [params.id]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const open = items?.filter((i) => !i.decision) ?? [];
  const present = [...new Set((items ?? []).map((i) => i.kind))];
  const kinds = [...ORDER.filter((k) => present.includes(k)), ...present.filter((k) => !ORDER.includes(k))];
  const accepting = open.filter((i) => ticked.has(keyOf(i)));
  const created = (items ?? []).filter((i) => i.decision?.decision === 'accepted');

  /** The first few titles (shortened) and how many more, for the confirmation summary. */
  const names = (xs: ProposalItem[]) => {
    const cut = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
    const head = xs
      .slice(0, 5)
      .map((i) => cut(i.title))
      .join('、');
    return xs.length > 5 ? `${head} ${fmt(p.gapMore, { n: xs.length - 5 })}` : head;
  };
  function setGroup(kind: string, on: boolean) {
    setTicked((s) => {
      const n = new Set(s);
      for (const i of open.filter((x) => x.kind === kind)) {
        if (on) n.add(keyOf(i));
        else n.delete(keyOf(i));
      }
      return n;
    });
  }
  function toggle(i: ProposalItem, on: boolean) {
    setTicked((s) => {
      const n = new Set(s);
      if (on) n.add(keyOf(i));
      else n.delete(keyOf(i));
      return n;
    });
  }
  function decide() {
    void run(async () => {
      const decisions = open.map((i) => ({ kind: i.kind, key: i.key, accept: ticked.has(keyOf(i)) }));
      await api.post(`/api/policy/versions/${params.id}/proposals/decide`, { decisions });
      setFresh(new Set(decisions.filter((d) => d.accept).map((d) => `${d.kind}\u0000${d.key}`)));
      setMsg(fmt(p.decided, { n: decisions.length }));
      setConfirming(false);
      await load();
      requestAnimationFrame(() => createdRef.current?.focus());
    });
  }

  /** The items of one group, each with its explanation and clause link. */
  const list = (k: string, group: ProposalItem[]) => (
    <ul className="link-list">
      {group.map((i) => {
        const id = `prop-${k}-${i.key}`;
        return (
          <li key={i.key} data-testid="proposal">
            <div className="checkbox" style={{ marginTop: 0, flexWrap: 'nowrap', alignItems: 'flex-start' }}>
              <input
                id={id}
                type="checkbox"
                disabled={!!i.decision}
                checked={i.decision ? i.decision.decision === 'accepted' : ticked.has(keyOf(i))}
                aria-describedby={`${id}-d`}
                onChange={(e) => toggle(i, e.target.checked)}
              />
              <label htmlFor={id}>
                <strong>{i.title}</strong>
              </label>
            </div>
            {i.decision && (
              <span className="tag">{i.decision.decision === 'accepted' ? p.accepted : p.rejected}</span>
            )}
            {i.alreadyPresent && <span className="tag tag--ok">{p.present}</span>}
            <div id={`${id}-d`} className="cell-sub" style={{ whiteSpace: 'pre-line' }}>
              {i.detail}
            </div>
            <ProposalCorrected item={i} />
            {i.clausePath && (
              <div className="cell-sub">
                {p.clause}: <ClauseRef versionId={params.id} path={i.clausePath} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );

  return (
    <>
      <PageHeading lead={p.reviewLead}>{p.proposals}</PageHeading>
      <div className="actions">
        <Link href={`/policies/versions/${params.id}`}>{p.open}</Link>
        <Link href={`/policies/versions/${params.id}/corrections`}>{ct.open}</Link>
        <a href="#gap">{p.gapOpen}</a>
      </div>
      <Status message={msg} />
      <FormAlert error={error} />
      {items && (
        <p>
          <strong>{open.length ? fmt(p.undecided, { n: open.length }) : p.decidedAll}</strong>
        </p>
      )}

      {created.length > 0 && (
        <section className="section" aria-labelledby="created">
          <h2 id="created" ref={createdRef} tabIndex={-1}>
            {p.created}（{created.length}）
          </h2>
          <p className="muted">{p.createdLead}</p>
          <div data-testid="created">
            {kinds.map((k) => {
              const xs = created.filter((i) => i.kind === k);
              if (!xs.length) return null;
              const ul = (
                <ul className="link-list">
                  {xs.map((i) => {
                    const href = recordHref(i.decision?.recordType ?? null, i.decision?.recordId ?? null);
                    return (
                      <li key={keyOf(i)}>
                        <span className="tag">{p.kind[i.kind] ?? i.kind}</span>{' '}
                        {href ? <Link href={href}>{i.title}</Link> : i.title}
                        {fresh.has(keyOf(i)) && <span className="tag tag--ok"> {p.accepted}</span>}
                        {i.clausePath && (
                          <span className="cell-sub">
                            {' '}
                            {p.clause}: <ClauseRef versionId={params.id} path={i.clausePath} />
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              );
              return (
                <div key={k}>
                  <h3>
                    {p.kind[k] ?? k}（{xs.length}）
                  </h3>
                  {xs.length > LONG ? (
                    <details>
                      <summary>{fmt(p.showList, { n: xs.length })}</summary>
                      {ul}
                    </details>
                  ) : (
                    ul
                  )}
                </div>
              );
            })}
          </div>
        </section>
      )}

      {!confirming &&
        kinds.map((k) => {
          const group = (items ?? []).filter((i) => i.kind === k);
          const groupOpen = group.filter((i) => !i.decision);
          const n = groupOpen.filter((i) => ticked.has(keyOf(i))).length;
          const hid = `kind-${k}`;
          return (
            <fieldset key={k} className="section" aria-describedby={`${hid}-help`} data-kind={k}>
              <legend className="section-title">
                <strong>{p.kind[k] ?? k}</strong>（{group.length}）
              </legend>
              <p id={`${hid}-help`} className="muted">
                {p.kindHelp[k] ?? ''}
              </p>
              {groupOpen.length > 0 && (
                <div className="actions">
                  <button
                    type="button"
                    className="btn btn--text btn--small"
                    onClick={() => setGroup(k, true)}
                  >
                    {p.selectAll}
                    <span className="visually-hidden">（{p.kind[k] ?? k}）</span>
                  </button>
                  <button
                    type="button"
                    className="btn btn--text btn--small"
                    onClick={() => setGroup(k, false)}
                  >
                    {p.selectNone}
                    <span className="visually-hidden">（{p.kind[k] ?? k}）</span>
                  </button>
                  <span className="muted" aria-live="polite">
                    {fmt(p.groupCount, { n: groupOpen.length, k: n })}
                  </span>
                </div>
              )}
              {group.length > LONG ? (
                <details>
                  <summary>{fmt(p.showList, { n: group.length })}</summary>
                  {list(k, group)}
                </details>
              ) : (
                list(k, group)
              )}
            </fieldset>
          );
        })}

      {!confirming && open.length > 0 && (
        <div className="actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {p.review}（{accepting.length}/{open.length}）
          </button>
        </div>
      )}

      {confirming && (
        <section className="section panel" aria-labelledby="confirm" data-testid="confirm">
          <h2 id="confirm" ref={confirmRef} tabIndex={-1}>
            {p.confirmTitle}
          </h2>
          {kinds.map((k) => {
            const groupOpen = open.filter((i) => i.kind === k);
            if (!groupOpen.length) return null;
            const acc = groupOpen.filter((i) => ticked.has(keyOf(i)));
            const linkOnly = acc.filter((i) => i.alreadyPresent);
            return (
              <div key={k}>
                <h3>{p.kind[k] ?? k}</h3>
                <ul>
                  <li>
                    {fmt(p.confirmAccept, { n: acc.length - linkOnly.length })}
                    {acc.length > linkOnly.length && `：${names(acc.filter((i) => !i.alreadyPresent))}`}
                  </li>
                  {linkOnly.length > 0 && <li>{fmt(p.confirmPresent, { n: linkOnly.length })}</li>}
                  <li>{fmt(p.confirmReject, { n: groupOpen.length - acc.length })}</li>
                </ul>
              </div>
            );
          })}
          <div className="actions">
            <button type="button" className="btn btn--primary" disabled={busy} onClick={decide}>
              {p.confirmBtn}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {p.back}
            </button>
          </div>
        </section>
      )}

      <div id="gap">
        <GapAnalysis versionId={params.id} />
      </div>
    </>
  );
}
