import type { Ref } from 'react';
import { Button } from '../../components/Button.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ProposalItem } from './api.ts';
import { policyTexts } from './i18n.ts';
import { keyOf } from './proposals.ts';

/** Before anything is recorded: per kind, how many will be created, linked only or rejected. */
export function ConfirmSummary({
  kinds,
  open,
  ticked,
  busy,
  headingRef,
  onConfirm,
  onBack,
}: {
  kinds: string[];
  open: ProposalItem[];
  ticked: Set<string>;
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onConfirm(): void;
  onBack(): void;
}) {
  const p = useT(policyTexts);
  /** The first few titles (shortened) and how many more. */
  const names = (xs: ProposalItem[]) => {
    const cut = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
    const head = xs
      .slice(0, 5)
      .map((i) => cut(i.title))
      .join('、');
    return xs.length > 5 ? `${head} ${fmt(p.gapMore, { n: xs.length - 5 })}` : head;
  };
  return (
    <section className="section panel" aria-labelledby="confirm" data-testid="confirm">
      <h2 id="confirm" ref={headingRef} tabIndex={-1}>
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
        <Button kind="primary" disabled={busy} onClick={onConfirm}>
          {p.confirmBtn}
        </Button>
        <Button disabled={busy} onClick={onBack}>
          {p.back}
        </Button>
      </div>
    </section>
  );
}
