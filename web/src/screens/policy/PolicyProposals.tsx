import { useEffect, useRef, useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { Button } from '../../components/Button.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { type ProposalItem, policyApi, policyPaths } from './api.ts';
import { ConfirmSummary } from './ConfirmSummary.tsx';
import { CreatedList } from './CreatedList.tsx';
import { correctionsTexts } from './corrections/texts.ts';
import { GapAnalysis } from './GapAnalysis.tsx';
import { policyTexts } from './i18n.ts';
import { ProposalGroup } from './ProposalGroup.tsx';
import { keyOf, kindsOf } from './proposals.ts';

/**
 * Import review for a first-time administrator: every module's proposals grouped by kind with what the kind
 * means, each linked to its clause; select all / none per group; a confirmation summary before anything is
 * recorded (all or nothing); afterwards, what was created with links.
 */
export default function PolicyProposals({ params }: ScreenProps) {
  const p = useT(policyTexts);
  const ct = useT(correctionsTexts);
  const q = useData<{ items: ProposalItem[] }>(policyPaths.proposals(params.id));
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [msg, setMsg] = useState<string | null>(null);
  const items = q.data?.items;
  // The choices start again from the proposals still open each time decisions are recorded.
  const round = `${params.id}:${items?.filter((i) => i.decision).length}`;
  return (
    <>
      <PageHeading lead={p.reviewLead}>{p.proposals}</PageHeading>
      <div className="actions">
        <Link href={`/policies/versions/${params.id}`}>{p.open}</Link>
        <Link href={`/policies/versions/${params.id}/corrections`}>{ct.open}</Link>
        <a href="#gap">{p.gapOpen}</a>
      </div>
      <Status message={msg} />
      <FormAlert error={q.error} />
      {items && (
        <ProposalReview
          key={round}
          versionId={params.id}
          items={items}
          fresh={fresh}
          onDecided={(accepted, n) => {
            setFresh(accepted);
            setMsg(fmt(p.decided, { n }));
          }}
        />
      )}
      <div id="gap">
        <GapAnalysis versionId={params.id} />
      </div>
    </>
  );
}

function ProposalReview({
  versionId,
  items,
  fresh,
  onDecided,
}: {
  versionId: string;
  items: ProposalItem[];
  fresh: Set<string>;
  onDecided(accepted: Set<string>, n: number): void;
}) {
  const p = useT(policyTexts);
  const [ticked, setTicked] = useState(
    () => new Set(items.filter((i) => !i.decision && !i.alreadyPresent).map(keyOf)),
  );
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const createdRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const decide = useMutate(
    (decisions: { kind: string; key: string; accept: boolean }[]) => policyApi.decide(versionId, decisions),
    {
      invalidate: [policyPaths.proposals(versionId)],
      onDone: (_r, decisions) => {
        onDecided(new Set(decisions.filter((d) => d.accept).map(keyOf)), decisions.length);
        requestAnimationFrame(() => document.getElementById('created')?.focus());
      },
    },
  );
  const open = items.filter((i) => !i.decision);
  const kinds = kindsOf(items);
  const accepting = open.filter((i) => ticked.has(keyOf(i)));
  const created = items.filter((i) => i.decision?.decision === 'accepted');
  function tick(xs: ProposalItem[], on: boolean) {
    setTicked((s) => {
      const n = new Set(s);
      for (const i of xs) {
        if (on) n.add(keyOf(i));
        else n.delete(keyOf(i));
      }
      return n;
    });
  }
  return (
    <>
      <FormAlert error={decide.error} />
      <p>
        <strong>{open.length ? fmt(p.undecided, { n: open.length }) : p.decidedAll}</strong>
      </p>
      {created.length > 0 && (
        <CreatedList
          versionId={versionId}
          kinds={kinds}
          created={created}
          fresh={fresh}
          headingRef={createdRef}
        />
      )}
      {!confirming &&
        kinds.map((k) => (
          <ProposalGroup
            key={k}
            versionId={versionId}
            kind={k}
            group={items.filter((i) => i.kind === k)}
            ticked={ticked}
            onTick={tick}
          />
        ))}
      {!confirming && open.length > 0 && (
        <div className="actions">
          <Button kind="primary" onClick={() => setConfirming(true)}>
            {p.review}（{accepting.length}/{open.length}）
          </Button>
        </div>
      )}
      {confirming && (
        <ConfirmSummary
          kinds={kinds}
          open={open}
          ticked={ticked}
          busy={decide.busy}
          headingRef={confirmRef}
          onBack={() => setConfirming(false)}
          onConfirm={() =>
            void decide.run(open.map((i) => ({ kind: i.kind, key: i.key, accept: ticked.has(keyOf(i)) })))
          }
        />
      )}
    </>
  );
}
